/**
 * The facility presets of domain.md § Facility presets (GB 50180-2018 appendix; values marked "(verify)" there are
 * kept as editable defaults, not as law), plus a hospital type for the plans that count doctors or beds of all
 * medical institutions. A preset gives a new facility its radius and a typical capacity (floor or land area, beds,
 * places), shown as assumptions the planner edits, never a silent 0; the engine itself only reads each facility's
 * own figures.
 */

/** Life-circle level of domain.md § Life circles. Levels do not nest. */
export type LifeCircle = '5-min' | '10-min' | '15-min';

/** Which capacity figure the type usually carries (see `FacilityCapacity` in model/facility.ts). */
export type CapacityKind = 'beds' | 'places' | 'doctors';

/**
 * What a new facility of the type starts with: an assumed typical size, editable. Floor or land area in m², beds and
 * places as counts; absent figures are not carried by the type.
 */
export interface TypicalCapacity {
  floorAreaSquareMeters?: number;
  landAreaSquareMeters?: number;
  beds?: number;
  places?: number;
  doctors?: number;
}

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
  /** True when GB 50180-2018 sets no radius for the type and `radiusMeters` is this app's assumption. */
  radiusAssumed: boolean;
  /** Building floor area range in m², or null where domain.md gives none. */
  floorAreaSquareMeters: AreaRangeSquareMeters | null;
  /** Land (site) area range in m², for types measured by land rather than floor area (outdoor fitness ground). */
  landAreaSquareMeters: AreaRangeSquareMeters | null;
  /** Capacity figure usually recorded for the type, if any. */
  capacityKind: CapacityKind | null;
  /** What a new facility of the type starts with (an editable assumption, see {@link TypicalCapacity}). */
  typical: TypicalCapacity;
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
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 700, max: 1500 },
    landAreaSquareMeters: null,
    capacityKind: null,
    typical: { floorAreaSquareMeters: 700 },
    color: '#1f77b4',
  },
  {
    id: 'community_service_station',
    nameZh: '社区服务站',
    nameEn: 'Community service station',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 600, max: 1000 },
    landAreaSquareMeters: null,
    capacityKind: null,
    typical: { floorAreaSquareMeters: 600 },
    color: '#6baed6',
  },
  {
    id: 'health_service_centre',
    nameZh: '社区卫生服务中心',
    nameEn: 'Community health service centre',
    circle: '15-min',
    radiusMeters: 1000,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 1700, max: 2000 },
    landAreaSquareMeters: null,
    capacityKind: 'doctors',
    // The doctors of new health facilities (10 and 2) are this app's assumptions, not GB 50180 figures.
    typical: { floorAreaSquareMeters: 1700, doctors: 10 },
    color: '#d62728',
  },
  {
    id: 'health_service_station',
    nameZh: '社区卫生服务站',
    nameEn: 'Community health service station',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 120, max: 270 },
    landAreaSquareMeters: null,
    capacityKind: 'doctors',
    typical: { floorAreaSquareMeters: 120, doctors: 2 },
    color: '#ff9896',
  },
  {
    id: 'elderly_day_care',
    nameZh: '老年人日间照料中心',
    nameEn: 'Elderly day-care centre',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 350, max: 750 },
    landAreaSquareMeters: null,
    capacityKind: 'beds',
    // Day care has day places, not residential beds; Zibo counts them among 养老设施 beds, Xiaoshan does not.
    typical: { floorAreaSquareMeters: 350, beds: 20 },
    color: '#9467bd',
  },
  {
    id: 'nursing_home',
    nameZh: '养老院',
    nameEn: 'Nursing home',
    circle: '15-min',
    radiusMeters: 1000,
    radiusAssumed: true,
    floorAreaSquareMeters: { min: 7000, max: 17500 },
    landAreaSquareMeters: null,
    capacityKind: 'beds',
    // GB 50180-2018: 养老院 7000–17500 m², 200–500 beds; a new one starts at the lower end.
    typical: { floorAreaSquareMeters: 7000, beds: 200 },
    color: '#5e3c99',
  },
  {
    id: 'kindergarten',
    nameZh: '幼儿园',
    nameEn: 'Kindergarten',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 3150, max: 4550 },
    landAreaSquareMeters: null,
    capacityKind: 'places',
    // GB 50180-2018: 3150–4550 m² for 6–9 classes; 6 classes × 30 children = 180 places.
    typical: { floorAreaSquareMeters: 3150, places: 180 },
    color: '#ff7f0e',
  },
  {
    id: 'nursery',
    nameZh: '托儿所',
    nameEn: 'Nursery',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: null,
    capacityKind: 'places',
    // No GB 50180 size for a nursery: 40 places (two groups) in 500 m² is this app's assumption.
    typical: { floorAreaSquareMeters: 500, places: 40 },
    color: '#fdae6b',
  },
  {
    id: 'culture_station',
    nameZh: '文化活动站',
    nameEn: 'Culture station',
    // GB 50180-2018 gives 文化活动站 a service radius of 500 m: the 10-minute circle's walking distance (§ Life
    // circles, "~500 m"), so it is a 10-minute type and is not read as meeting a 5-minute (300 m) requirement.
    circle: '10-min',
    radiusMeters: 500,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 250, max: 1200 },
    landAreaSquareMeters: null,
    capacityKind: null,
    typical: { floorAreaSquareMeters: 250 },
    color: '#e377c2',
  },
  {
    id: 'fitness_ground',
    nameZh: '室外综合健身场地',
    nameEn: 'Outdoor fitness ground',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: false,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: { min: 150, max: 750 },
    capacityKind: null,
    typical: { floorAreaSquareMeters: 0, landAreaSquareMeters: 150 },
    color: '#2ca02c',
  },
  {
    id: 'sports_centre',
    nameZh: '体育馆/全民健身中心',
    nameEn: 'Sports centre',
    circle: '15-min',
    radiusMeters: 1000,
    radiusAssumed: false,
    floorAreaSquareMeters: { min: 2000, max: 5000 },
    landAreaSquareMeters: null,
    capacityKind: null,
    typical: { floorAreaSquareMeters: 2000 },
    color: '#006d2c',
  },
  {
    id: 'community_canteen',
    nameZh: '社区食堂',
    nameEn: 'Community canteen',
    circle: '5-min',
    radiusMeters: 300,
    radiusAssumed: true,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: null,
    capacityKind: null,
    // No GB 50180 size for a canteen: 200 m² is this app's assumption.
    typical: { floorAreaSquareMeters: 200 },
    color: '#8c564b',
  },
  {
    // Not a GB 50180 life-circle facility: Xinji's "3.6 doctors per 1,000" counts doctors of all medical
    // institutions, hospitals included (domain.md § Readings of the plans). Radius and size are assumptions.
    id: 'hospital',
    nameZh: '医院',
    nameEn: 'Hospital',
    circle: '15-min',
    radiusMeters: 1000,
    radiusAssumed: true,
    floorAreaSquareMeters: null,
    landAreaSquareMeters: null,
    capacityKind: 'doctors',
    typical: { floorAreaSquareMeters: 10_000, beds: 100, doctors: 40 },
    color: '#7f7f7f',
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
