import { useState } from 'preact/hooks';
import { resultsToCsv } from '../core/io/results-csv';
import { resultsToGeoJson } from '../core/io/results-geojson';
import type { District } from '../core/model/district';
import type { DatasetSummary } from '../core/session/dataset-summary';
import { useApp, useT } from './app-context';
import { downloadScenarioGeoJson, downloadText, exportFileName } from './download';

function districtsOf(summary: DatasetSummary): District[] {
  return summary.districtsGeoJson.features.map((feature) => ({
    id: feature.properties.id,
    name: feature.properties.name,
    geometry: feature.geometry,
  }));
}

/** The header's Export menu: the scenario as GeoJSON, the district results as GeoJSON and as CSV (issue #5). */
export function ExportMenu() {
  const { store } = useApp();
  const t = useT();
  const [open, setOpen] = useState(false);
  const results = store.results.value;
  const summary = store.summary.value;
  const scenario = store.activeScenario.value;
  const save = (kind: 'scenario' | 'results-geojson' | 'results-csv') => {
    setOpen(false);
    const now = new Date();
    if (kind === 'scenario') {
      downloadScenarioGeoJson(scenario, now);
      return;
    }
    if (!results || !summary) return;
    if (kind === 'results-geojson') {
      const json = JSON.stringify(resultsToGeoJson(results, districtsOf(summary)));
      downloadText(
        json,
        exportFileName(`${scenario.name}-${t('exportResultsSuffix')}`, now, 'geojson'),
        'application/geo+json',
      );
    } else {
      // resultsToCsv starts with a byte-order mark, so Excel reads the Chinese names as UTF-8.
      downloadText(
        resultsToCsv(results),
        exportFileName(`${scenario.name}-${t('exportResultsSuffix')}`, now, 'csv'),
        'text/csv',
      );
    }
  };
  return (
    <div class="export-menu">
      <button
        type="button"
        class="button-quiet"
        data-testid="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⤒ {t('exportButton')}
      </button>
      {open ? (
        <div class="export-menu-list" role="menu" data-testid="export-menu">
          <button
            type="button"
            role="menuitem"
            data-testid="export-scenario"
            onClick={() => save('scenario')}
          >
            {t('exportScenario')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="export-results-geojson"
            disabled={!results || !summary}
            title={!results ? t('exportNoResults') : undefined}
            onClick={() => save('results-geojson')}
          >
            {t('exportResultsGeoJson')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="export-results-csv"
            disabled={!results}
            title={!results ? t('exportNoResults') : undefined}
            onClick={() => save('results-csv')}
          >
            {t('exportResultsCsv')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
