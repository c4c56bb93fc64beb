/**
 * Results files per unit level (issue 12 exports from the app): the CSV or GeoJSON of one level, through the same
 * writers as the districts' files (results-csv.ts, results-geojson.ts), and every level's files in one zip.
 */
import { strToU8, zipSync } from 'fflate';
import type { District } from '../model/district';
import type { Results } from '../model/results';
import { DISTRICT_LEVEL_ID } from '../model/unit-level';
import { resultsAtLevel } from './level-results';
import { resultsToCsv } from './results-csv';
import { resultsToGeoJson } from './results-geojson';

/** The two per-level formats. */
export type LevelFileFormat = 'csv' | 'geojson';

/** The polygons of one level (`districts` for the districts), as the GeoJSON writer takes them. */
export interface LevelPolygons {
  id: string;
  /** Shown name, e.g. `街道`. */
  name: string;
  /** True for generated units (hexagons). */
  generated?: boolean;
  units: readonly District[];
}

/** Label of the `outside` row of a finer level's CSV: residents in no unit of that level. */
const OUTSIDE_UNITS_NAME = 'outside units 单元外';

/**
 * The text of level `levelId`'s results file: the districts' file for `districts`, else the units of that level in
 * place of the districts (one row or feature per unit; the CSV's `outside` row = residents in no unit of the level).
 * Null when the results hold no such level.
 */
export function levelResultsText(
  results: Results,
  levelId: string,
  format: LevelFileFormat,
  polygons: readonly District[],
): string | null {
  const districts = levelId === DISTRICT_LEVEL_ID;
  const atLevel = districts ? results : resultsAtLevel(results, levelId);
  if (!atLevel) return null;
  if (format === 'csv') return resultsToCsv(atLevel, districts ? {} : { outsideName: OUTSIDE_UNITS_NAME });
  return JSON.stringify(resultsToGeoJson(atLevel, polygons));
}

/**
 * A short ASCII tag naming a level in file names: `districts`, `hexagons` for generated units, else the level's id
 * with characters other than letters, digits, `-` and `_` replaced by `_`.
 */
export function levelFileTag(level: { id: string; generated?: boolean }): string {
  if (level.id === DISTRICT_LEVEL_ID) return 'districts';
  if (level.generated) return 'hexagons';
  return level.id.replace(/[^A-Za-z0-9_-]+/g, '_') || 'level';
}

/**
 * One zip holding, for each level of `levels` present in `results` (the districts first when given), the CSV and
 * the GeoJSON named `<tag>.csv` / `<tag>.geojson` (tags from {@link levelFileTag}; a repeated tag gets `-2`, `-3`…).
 * Levels absent from the results are left out.
 */
export function allLevelsZip(results: Results, levels: readonly LevelPolygons[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  for (const level of levels) {
    const csv = levelResultsText(results, level.id, 'csv', level.units);
    const geoJson = levelResultsText(results, level.id, 'geojson', level.units);
    if (csv === null || geoJson === null) continue;
    const base = levelFileTag(level);
    let tag = base;
    for (let repeat = 2; used.has(tag); repeat++) tag = `${base}-${repeat}`;
    used.add(tag);
    entries[`${tag}.csv`] = strToU8(csv);
    entries[`${tag}.geojson`] = strToU8(geoJson);
  }
  return zipSync(entries);
}
