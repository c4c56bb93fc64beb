/**
 * The twelve facility presets of domain.md § Facility presets (GB 50180-2018 appendix; values marked "(verify)" there
 * are kept as editable defaults, not as law). A preset gives a new facility its radius and a typical size; the
 * engine itself only reads each facility's own `radiusMeters` and `floorAreaSquareMeters`.
 */

/** Life-circle level of domain.md § Life circles. Levels do not nest. */
export type LifeCircle = '5-min' | '10-min' | '15-min';

/** Which capacity figure the type usually carries (see `FacilityCapacity` in model/facility.ts). */
export type CapacityKind = 'beds' | 'places' | 'doctors';

/** An inclusive range in square metres. */
export interface AreaRangeSquareMeters {
  min: number;
  max: number;
}

/** One facility type as in domain.md § Facility presets. */
export interface FacilityPreset {
  /** Stable type id, used as `Facility.type`. */
  id: string;
  nameZh: string;
  nameEn: string;
  circle: LifeCircle;
  /** Default service radius, metres (domain.md § Facility presets, column "radius m"). */
  radiusMeters: number;
  /** Building floor area range in m², or null where domain.md gives none. */
  floorAreaSquareMeters: AreaRangeSquareMeters | null;
  /** Land (site) area range in m², for types measured by land rather than floor area (outdoor fitness ground). */
  landAreaSquareMeters: AreaRangeSquareMeters | null;
  /** Capacity figure usually recorded for the type, if any. */
  capacityKind: CapacityKind | null;
  /** Map colour, `#rrggbb`; chosen to stay distinguishable for common colour-vision deficiencies. */
  color: string;
}

/** The presets in domain.md's table order. Shared and read-only: copy a preset before editing it. */
export const FACILITY_PRESETS: readonly Readonly<FacilityPreset>[] = Object.freeze([
  {
    id: 'street_service_centre',
    nameZh: '街道社区服务中心',
    nameEn: 'Sub-district community service centre',
    circle: '15-min',
    radiusMeters: 1000,
    floorAreaSquareMeters: { min: 700, max: 1500 },
    landAreaSquareMeters: null,
    capacityKind: null,
    color: '#1f77b4',
  },
  {
    id: 'community_service_station',
    nameZh: '社区服务站',
    nameEn: 'Community service station',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: { min: 600, max: 1000 },
    landAreaSquareMeters: null,
    capacityKind: null,
    color: '#6baed6',
  },
  {
    id: 'health_service_centre',
    nameZh: '社区卫生服务中心',
    nameEn: 'Community health service centre',
    circle: '15-min',
    radiusMeters: 1000,
    floorAreaSquareMeters: { min: 1700, max: 2000 },
    landAreaSquareMeters: null,
    capacityKind: 'doctors',
    color: '#d62728',
  },
  {
    id: 'health_service_station',
    nameZh: '社区卫生服务站',
    nameEn: 'Community health service station',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: { min: 120, max: 270 },
    landAreaSquareMeters: null,
    capacityKind: 'doctors',
    color: '#ff9896',
  },
  {
    id: 'elderly_day_care',
    nameZh: '老年人日间照料中心',
    nameEn: 'Elderly day-care centre',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: { min: 350, max: 750 },
    landAreaSquareMeters: null,
    capacityKind: 'beds',
    color: '#9467bd',
  },
  {
    id: 'nursing_home',
    nameZh: '养老院',
    nameEn: 'Nursing home',
    circle: '15-min',
    radiusMeters: 1000,
    floorAreaSquareMeters: { min: 7000, max: 17500 },
    landAreaSquareMeters: null,
    capacityKind: 'beds',
    color: '#5e3c99',
  },
  {
    id: 'kindergarten',
    nameZh: '幼儿园',
    nameEn: 'Kindergarten',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: { min: 3150, max: 4550 },
    landAreaSquareMeters: null,
    capacityKind: 'places',
    color: '#ff7f0e',
  },
  {
    id: 'nursery',
    nameZh: '托儿所',
    nameEn: 'Nursery',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: null,
    capacityKind: 'places',
    color: '#fdae6b',
  },
  {
    id: 'culture_station',
    nameZh: '文化活动站',
    nameEn: 'Culture station',
    circle: '5-min',
    radiusMeters: 500,
    floorAreaSquareMeters: { min: 250, max: 1200 },
    landAreaSquareMeters: null,
    capacityKind: null,
    color: '#e377c2',
  },
  {
    id: 'fitness_ground',
    nameZh: '室外综合健身场地',
    nameEn: 'Outdoor fitness ground',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: { min: 150, max: 750 },
    capacityKind: null,
    color: '#2ca02c',
  },
  {
    id: 'sports_centre',
    nameZh: '体育馆/全民健身中心',
    nameEn: 'Sports centre',
    circle: '15-min',
    radiusMeters: 1000,
    floorAreaSquareMeters: { min: 2000, max: 5000 },
    landAreaSquareMeters: null,
    capacityKind: null,
    color: '#006d2c',
  },
  {
    id: 'community_canteen',
    nameZh: '社区食堂',
    nameEn: 'Community canteen',
    circle: '5-min',
    radiusMeters: 300,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: null,
    capacityKind: null,
    color: '#8c564b',
  },
] satisfies FacilityPreset[]);

/** The preset type ids in table order; results list coverage for each of them (0 when absent). */
export const PRESET_FACILITY_TYPE_IDS: readonly string[] = Object.freeze(
  FACILITY_PRESETS.map((preset) => preset.id),
);

/** The preset with this type id, or undefined for a user-defined type. */
export function findFacilityPreset(typeId: string): FacilityPreset | undefined {
  return FACILITY_PRESETS.find((preset) => preset.id === typeId);
}

/**
 * The type id a file's word means: a preset id as it is, or a preset's Chinese name (幼儿园) or English name (any
 * case); any other text trimmed, as a user-defined type. Every reader of facility files uses this one vocabulary.
 */
export function facilityTypeIdOf(word: string): string {
  const trimmed = word.trim();
  if (findFacilityPreset(trimmed)) return trimmed;
  const lower = trimmed.toLowerCase();
  const preset = FACILITY_PRESETS.find(
    (candidate) => candidate.nameZh === trimmed || candidate.nameEn.toLowerCase() === lower,
  );
  return preset?.id ?? trimmed;
}
