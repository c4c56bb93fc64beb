/**
 * Facilities from attribute records (CSV rows, or features without the facility schema) through a field mapping to
 * name / type / status / area / radius / capacity (issue #5). Chinese headers and type names (幼儿园 …) are
 * understood; the result uses the one facility schema of model/facility.ts.
 */
import { validateFacility } from '../../analysis/validate-facility';
import { type Facility, type FacilityCapacity, facilityStatusOf } from '../../model/facility';
import { ok, type Result } from '../../model/result';
import { facilityTypeIdOf, findFacilityPreset } from '../../rules/facility-presets';
import { numberOf } from './field-values';
import type { FacilityFieldMapping, ImportOptions } from './import-types';
import { importFail } from './messages';

/** One record with WGS 84 coordinates already converted. */
export interface FacilityRecord {
  item: number;
  lon: number;
  lat: number;
  values: Record<string, unknown>;
}

/** Header names tried for each schema field, compared case-insensitively. */
const FIELD_CANDIDATES: Record<keyof FacilityFieldMapping, string[]> = {
  id: ['id', 'fid', 'facility_id', '编号', '设施编号'],
  name: ['name', 'name_zh', 'name_poi', '名称', '设施名称', '名字'],
  type: ['type', 'facility_type', '类型', '设施类型'],
  status: ['status', '状态', '现状/规划', '建设状态'],
  area: ['area_m2', 'floor_area_m2', 'floor_area', 'area', '建筑面积', '面积'],
  radius: ['radius_m', 'radius', 'service_radius', '服务半径', '半径'],
  beds: ['beds', '床位', '床位数'],
  places: ['places', '学位', '学位数', '托位'],
  doctors: ['doctors', '医生', '医生数'],
  land: ['land_m2', 'land_area', '用地面积', '占地面积'],
};

/** The mapping detected from `fieldNames`, completed by `given` (given entries win). */
export function detectFacilityFields(
  fieldNames: readonly string[],
  given: FacilityFieldMapping = {},
): FacilityFieldMapping {
  const lower = fieldNames.map((name) => name.trim().toLowerCase());
  const mapping: FacilityFieldMapping = {};
  for (const [field, candidates] of Object.entries(FIELD_CANDIDATES) as [
    keyof FacilityFieldMapping,
    string[],
  ][]) {
    const index = candidates.map((candidate) => lower.indexOf(candidate)).find((found) => found >= 0);
    if (index !== undefined) mapping[field] = fieldNames[index] as string;
  }
  return { ...mapping, ...given };
}

/** Schema fields that have neither a mapped column nor a default (type and area; radius falls back to presets). */
export function missingFacilityFields(
  mapping: FacilityFieldMapping,
  options: ImportOptions,
): (keyof FacilityFieldMapping)[] {
  const missing: (keyof FacilityFieldMapping)[] = [];
  if (mapping.type === undefined && options.defaultFacilityType === undefined) missing.push('type');
  if (mapping.area === undefined && options.defaultFloorAreaSquareMeters === undefined) missing.push('area');
  return missing;
}

function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

type Reading = Result<number | undefined>;

function readNumber(
  record: FacilityRecord,
  field: string | undefined,
  what: string,
  positive: boolean,
): Reading {
  if (field === undefined) return ok(undefined);
  const raw = record.values[field];
  const value = numberOf(raw);
  if (value === undefined) return ok(undefined);
  if (Number.isNaN(value) || value < 0 || (positive && value === 0)) {
    return importFail('facilities-value-invalid', { item: record.item, field, value: textOf(raw), what });
  }
  return ok(value);
}

function readFacility(
  record: FacilityRecord,
  mapping: FacilityFieldMapping,
  options: ImportOptions,
): Result<Facility> {
  const typeText =
    mapping.type === undefined ? (options.defaultFacilityType ?? '') : textOf(record.values[mapping.type]);
  if (typeText === '') {
    return importFail('facilities-value-invalid', {
      item: record.item,
      field: mapping.type ?? 'type',
      value: '',
      what: 'facility type',
    });
  }
  const type = facilityTypeIdOf(typeText);
  const statusText = mapping.status === undefined ? '' : textOf(record.values[mapping.status]).toLowerCase();
  const status = statusText === '' ? 'existing' : facilityStatusOf(statusText);
  if (status === undefined) {
    return importFail('facilities-value-invalid', {
      item: record.item,
      field: mapping.status ?? 'status',
      value: statusText,
      what: 'status',
    });
  }
  const area = readNumber(record, mapping.area, 'floor area in m²', false);
  if (!area.ok) return area;
  const floorArea = area.value ?? options.defaultFloorAreaSquareMeters;
  if (floorArea === undefined) {
    return importFail('facilities-value-invalid', {
      item: record.item,
      field: mapping.area ?? 'area',
      value: '',
      what: 'floor area in m²',
    });
  }
  const radius = readNumber(record, mapping.radius, 'radius in metres', true);
  if (!radius.ok) return radius;
  const radiusMeters = radius.value ?? findFacilityPreset(type)?.radiusMeters;
  if (radiusMeters === undefined) {
    return importFail('facilities-value-invalid', {
      item: record.item,
      field: mapping.radius ?? 'radius',
      value: '',
      what: 'radius in metres',
    });
  }
  const facility: Facility = {
    id:
      mapping.id === undefined || textOf(record.values[mapping.id]) === ''
        ? `facility-${record.item}`
        : textOf(record.values[mapping.id]),
    name: mapping.name === undefined ? '' : textOf(record.values[mapping.name]),
    type,
    status,
    lon: record.lon,
    lat: record.lat,
    floorAreaSquareMeters: floorArea,
    radiusMeters,
  };
  const capacity: FacilityCapacity = {};
  for (const key of ['beds', 'places', 'doctors'] as const) {
    const value = readNumber(record, mapping[key], 'number ≥ 0', false);
    if (!value.ok) return value;
    if (value.value !== undefined) capacity[key] = value.value;
  }
  if (Object.keys(capacity).length > 0) facility.capacity = capacity;
  const land = readNumber(record, mapping.land, 'land area in m²', false);
  if (!land.ok) return land;
  if (land.value !== undefined) facility.landAreaSquareMeters = land.value;
  // The engine's own check, so a file that reads also evaluates (a 20 km radius, a latitude of 87°).
  return validateFacility(facility, record.item) ?? ok(facility);
}

/**
 * Builds facilities from records with `mapping` (complete it with {@link detectFacilityFields}). Missing status
 * means existing; 现状/规划 are accepted; a missing radius takes the type's preset radius. Ids come from the id
 * field or `facility-<row>`. Errors: `facilities-missing-fields`, `facilities-value-invalid`,
 * `facilities-duplicate-id`, `invalid-facility` (the engine's ranges, naming the row, the field and the range).
 */
export function facilitiesFromRecords(
  records: readonly FacilityRecord[],
  mapping: FacilityFieldMapping,
  options: ImportOptions,
): Result<Facility[]> {
  const missing = missingFacilityFields(mapping, options);
  if (missing.length > 0) return importFail('facilities-missing-fields', { fields: missing.join(', ') });
  const facilities: Facility[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const facility = readFacility(record, mapping, options);
    if (!facility.ok) return facility;
    if (seen.has(facility.value.id))
      return importFail('facilities-duplicate-id', { item: record.item, id: facility.value.id });
    seen.add(facility.value.id);
    facilities.push(facility.value);
  }
  return ok(facilities);
}
