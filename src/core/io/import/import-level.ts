/**
 * A unit level from a polygon file (issue 12; domain.md § Planning units): 街道, 社区 or any planning units, read by
 * exactly the districts' path (import-districts.ts: formats, CRS incl. GCJ-02, repair, limits), with the planner's
 * name, code and parent fields. The cells are assigned later, against the dataset's grid (replace-dataset.ts).
 */
import type { District } from '../../model/district';
import { ok, type Result } from '../../model/result';
import { ID_FIELD_CANDIDATES } from '../districts';
import { importDistricts } from './import-districts';
import type { ImportedLevel, ImportOptions } from './import-types';
import { importFail } from './messages';
import type { RawFeature, VectorSource } from './vector-source';

/** Parent-code fields tried in order: generic names, then OSM/mapchina's prefecture code (a county's parent). */
const PARENT_FIELD_CANDIDATES = [
  'parent',
  'PARENT',
  'parent_id',
  'parentId',
  'parent_code',
  'PARENT_CODE',
  'Code_Perfecture',
];

/** Non-empty text of a string or number property, else undefined (the districts reader's rule). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function presentInEvery(features: readonly RawFeature[], field: string): boolean {
  return features.length > 0 && features.every((feature) => textOf(feature.properties[field]) !== undefined);
}

/**
 * The code and parent fields a level import would suggest: the first code candidate present with unique values in
 * every feature, and the first parent candidate present in every feature other than the code field.
 */
export function detectLevelFields(features: readonly RawFeature[]): {
  codeField?: string;
  parentField?: string;
} {
  const codeField = ID_FIELD_CANDIDATES.find((field) => {
    if (!presentInEvery(features, field)) return false;
    const values = features.map((feature) => textOf(feature.properties[field]));
    return new Set(values).size === values.length;
  });
  const parentField = PARENT_FIELD_CANDIDATES.find(
    (field) => field !== codeField && presentInEvery(features, field),
  );
  return { ...(codeField ? { codeField } : {}), ...(parentField ? { parentField } : {}) };
}

/** Id of an imported level: one per name, never the districts' own `districts`. */
export function levelIdOf(levelName: string): string {
  return `import:${levelName}`;
}

/**
 * Reads a {@link VectorSource} as a unit level: `options.levelName` (trimmed; `level-name-missing` when empty),
 * units read as districts are (`options.nameField`, `options.codeField` as the unique id, `options.crs`; every
 * error of {@link importDistricts}), and `parentId` from `options.parentField` where a unit has a value.
 */
export function importLevel(
  source: VectorSource,
  options: ImportOptions,
  fileName: string,
): Result<ImportedLevel> {
  const levelName = options.levelName?.trim() ?? '';
  if (levelName === '') return importFail('level-name-missing');
  const { codeField, parentField, ...rest } = options;
  const read = importDistricts(
    source,
    { ...rest, kind: 'districts', ...(codeField ? { idField: codeField } : {}) },
    fileName,
  );
  if (!read.ok) return read;
  const units: District[] = read.value.districts.map((unit, index) => {
    const parent = parentField ? textOf(source.features[index]?.properties[parentField]) : undefined;
    return parent === undefined ? unit : { ...unit, parentId: parent };
  });
  const { districts: _districts, kind: _kind, ...common } = read.value;
  return ok({
    ...common,
    kind: 'level',
    levelId: levelIdOf(levelName),
    levelName,
    units,
    ...(codeField ? { codeField } : {}),
    ...(parentField ? { parentField } : {}),
  });
}
