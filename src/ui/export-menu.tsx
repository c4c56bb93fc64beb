import { useState } from 'preact/hooks';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import { useApp, useT } from './app-context';
import { downloadBlob, downloadScenarioGeoJson } from './download';
import { type ResultsExportKind, resultsExportFile } from './level-export';
import { levelNameOf } from './unit-rows';

/**
 * The header's Export menu: the scenario as GeoJSON, the results of the chosen unit level as GeoJSON and as CSV
 * (issue #5; issue 12: the districts or any finer level), and every level's files in one zip when there are levels.
 */
export function ExportMenu() {
  const { store } = useApp();
  const t = useT();
  const [open, setOpen] = useState(false);
  const results = store.results.value;
  const summary = store.summary.value;
  const scenario = store.activeScenario.value;
  const levelId = store.unitLevelId.value;
  const atDistricts = levelId === DISTRICT_LEVEL_ID;
  const level = levelNameOf(summary, levelId, t);
  const hasLevels = (summary?.levels.length ?? 0) > 0;
  const saveScenario = () => {
    setOpen(false);
    downloadScenarioGeoJson(scenario, new Date());
  };
  const saveResults = (kind: ResultsExportKind) => {
    setOpen(false);
    if (!results || !summary) return;
    const file = resultsExportFile(
      kind,
      { results, summary, levelId, scenarioName: scenario.name },
      { districtResults: t('exportResultsSuffix'), results: t('exportLevelResultsSuffix') },
      new Date(),
    );
    if (!file) return;
    // A copy of the zip's bytes: Blob takes views of an ArrayBuffer only.
    const part = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
    downloadBlob(new Blob([part], { type: file.type }), file.fileName);
  };
  const unavailable = !results || !summary;
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
          <button type="button" role="menuitem" data-testid="export-scenario" onClick={saveScenario}>
            {t('exportScenario')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="export-results-geojson"
            data-level={levelId}
            disabled={unavailable}
            title={unavailable ? t('exportNoResults') : undefined}
            onClick={() => saveResults('geojson')}
          >
            {atDistricts ? t('exportResultsGeoJson') : t('exportLevelResultsGeoJson', { level })}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="export-results-csv"
            data-level={levelId}
            disabled={unavailable}
            title={unavailable ? t('exportNoResults') : undefined}
            onClick={() => saveResults('csv')}
          >
            {atDistricts ? t('exportResultsCsv') : t('exportLevelResultsCsv', { level })}
          </button>
          {hasLevels ? (
            <button
              type="button"
              role="menuitem"
              data-testid="export-results-all-levels"
              disabled={unavailable}
              onClick={() => saveResults('all-levels')}
            >
              {t('exportAllLevels')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
