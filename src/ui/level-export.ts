/**
 * What the Export menu writes for the unit levels (issue 12): the results of the chosen level as CSV or GeoJSON, or
 * every level's CSV and GeoJSON in one zip, each file named after the scenario, the level and the day. Plain data in
 * and out (no DOM), so the names and contents are tested in Node; the menu only hands the file to the browser.
 */
import {
  allLevelsZip,
  type LevelPolygons,
  levelFileTag,
  levelResultsText,
} from '../core/io/level-result-files';
import type { District } from '../core/model/district';
import type { Results } from '../core/model/results';
import { DISTRICT_LEVEL_ID } from '../core/model/unit-level';
import type { DatasetSummary, UnitsGeoJson } from '../core/session/dataset-summary';
import { exportFileName } from './download';

/** The three results exports. */
export type ResultsExportKind = 'csv' | 'geojson' | 'all-levels';

/** Words of the file names, in the interface language. */
export interface ResultsExportWords {
  /** The districts' files, as before the levels: e.g. `各区结果`. */
  districtResults: string;
  /** Any other level's files and the zip: e.g. `结果`, followed by the level's tag. */
  results: string;
}

/** A file ready for the browser. */
export interface ResultsExportFile {
  fileName: string;
  type: string;
  content: string | Uint8Array;
}

/** Tag of the zip holding every level, in its file name. */
const ALL_LEVELS_TAG = 'all-levels';

function unitsOf(geoJson: UnitsGeoJson): District[] {
  return geoJson.features.map((feature) => ({
    id: feature.properties.id,
    name: feature.properties.name,
    geometry: feature.geometry,
  }));
}

/** The districts, then every finer level of the summary, with their polygons. */
export function levelPolygonsOf(summary: DatasetSummary): LevelPolygons[] {
  return [
    { id: DISTRICT_LEVEL_ID, name: DISTRICT_LEVEL_ID, units: unitsOf(summary.districtsGeoJson) },
    ...summary.levels.map((level) => ({
      id: level.id,
      name: level.name,
      generated: level.generated,
      units: unitsOf(level.geoJson),
    })),
  ];
}

/**
 * The file of export `kind` for level `levelId` (`all-levels`: every level of the summary, the level ignored):
 * `<scenario>-<districtResults>-<day>.<csv|geojson>` at the districts, `<scenario>-<results>-<tag>-<day>.…` at a
 * finer level (tag from core/io/level-result-files.ts, e.g. `hexagons`), `<scenario>-<results>-all-levels-<day>.zip`.
 * Null when the results or the summary lack the level.
 */
export function resultsExportFile(
  kind: ResultsExportKind,
  input: { results: Results; summary: DatasetSummary; levelId: string; scenarioName: string },
  words: ResultsExportWords,
  date: Date,
): ResultsExportFile | null {
  const levels = levelPolygonsOf(input.summary);
  if (kind === 'all-levels') {
    return {
      fileName: exportFileName(`${input.scenarioName}-${words.results}-${ALL_LEVELS_TAG}`, date, 'zip'),
      type: 'application/zip',
      content: allLevelsZip(input.results, levels),
    };
  }
  const level = levels.find((candidate) => candidate.id === input.levelId);
  if (!level) return null;
  const content = levelResultsText(input.results, level.id, kind, level.units);
  if (content === null) return null;
  const stem =
    level.id === DISTRICT_LEVEL_ID
      ? `${input.scenarioName}-${words.districtResults}`
      : `${input.scenarioName}-${words.results}-${levelFileTag(level)}`;
  return {
    fileName: exportFileName(stem, date, kind),
    // The CSV starts with a byte-order mark, so Excel reads the Chinese names as UTF-8.
    type: kind === 'csv' ? 'text/csv' : 'application/geo+json',
    content,
  };
}
