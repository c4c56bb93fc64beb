/**
 * The seven rule-set presets of domain.md § Rule sets from the planning documents, as data.
 *
 * Counted types, chosen here and stated so a reviewer can disagree:
 * - "Community-service facility" (社区服务设施, the documents' m²-per-100-households figure) counts the two
 *   comprehensive service types, `street_service_centre` and `community_service_station`. The national plans
 *   measure 社区综合服务设施; counting health, elderly or sports buildings as well would meet the figure with
 *   floor area the documents regulate separately.
 * - Health figures count `health_service_centre` and `health_service_station`; Xinji's doctors also count `hospital`.
 * - Elderly beds: Xiaoshan counts residential institutions (`nursing_home`) only, Zibo all 养老设施 beds (day care too).
 * - Sports area counts `fitness_ground` (land area) and `sports_centre`.
 * The 综合覆盖率 of "XX city" and the facility coverage of the 2011–2015 national plan count communities with a
 * facility (zone coverage, judged at the finest unit level); the other 覆盖率 figures are population coverage.
 * Each reading quotes the plan's words in its TSDoc (domain.md § Readings of the plans).
 */

import { FACILITY_PRESETS } from './facility-presets';
import type { IndicatorKind, IndicatorRule, PopulationRole, RuleSet } from './rule-set';

/** Types counted as "community-service facility" floor area (see the file comment for why). */
const COMMUNITY_SERVICE_TYPES: readonly string[] = ['street_service_centre', 'community_service_station'];
const HEALTH_TYPES = ['health_service_centre', 'health_service_station'];
/** Zibo: "养老床位占老年人口比例 1.5%" counts the beds of all 养老设施, day-care centres included. */
const ELDERLY_BED_TYPES = ['nursing_home', 'elderly_day_care'];
/**
 * Xiaoshan: "每千名老人拥有养老床位20张" counts beds of residential institutions (养老机构: nursing homes); day-care
 * centres (日间照料) offer day places, not beds, so one day-care centre cannot meet the figure.
 */
const RESIDENTIAL_CARE_TYPES = ['nursing_home'];
/**
 * Xinji: "每千人医生数3.6" counts doctors of all medical institutions, hospitals included; with the community health
 * types alone the figure is partial and says so (`partialWithout`).
 */
const ALL_MEDICAL_TYPES = [...HEALTH_TYPES, 'hospital'];
/** GB 50180-2018's life-circle types: every preset but the hospital, which the standard does not list. */
const LIFE_CIRCLE_PRESETS = FACILITY_PRESETS.filter((preset) => preset.id !== 'hospital');
const SPORTS_TYPES = ['fitness_ground', 'sports_centre'];

const UNITS: Record<IndicatorKind, string> = {
  areaPer100Households: 'm²/100 households',
  coveragePercent: '%',
  zoneCoveragePercent: '%',
  bedsPer1000Elderly: 'beds/1,000 elderly',
  doctorsPer1000: 'doctors/1,000 residents',
  gpsPer10000: 'GPs/10,000 residents',
  sportsAreaPerPerson: 'm²/person',
  minimumSize: 'm²',
  inclusiveKindergartenPercent: '%',
};

function indicator(
  id: string,
  kind: IndicatorKind,
  names: [string, string],
  facilityTypes: readonly string[],
  threshold: number,
  extra: { populationLayer?: PopulationRole; radiusMeters?: number; partialWithout?: string[] } = {},
): IndicatorRule {
  const rule: IndicatorRule = {
    id,
    kind,
    nameZh: names[0],
    nameEn: names[1],
    facilityTypes: [...facilityTypes],
    populationLayer: extra.populationLayer ?? 'resident',
    threshold,
    unit: UNITS[kind],
    comparison: 'atLeast',
  };
  if (extra.radiusMeters !== undefined) rule.radiusMeters = extra.radiusMeters;
  if (extra.partialWithout !== undefined) rule.partialWithout = [...extra.partialWithout];
  return rule;
}

const areaPer100 = (threshold: number): IndicatorRule =>
  indicator(
    'community-service-area',
    'areaPer100Households',
    ['每百户社区服务设施面积', 'Community-service floor area per 100 households'],
    COMMUNITY_SERVICE_TYPES,
    threshold,
  );

const minimumSize = (typeId: string, threshold: number, names: [string, string]): IndicatorRule =>
  indicator(`minimum-size-${typeId}`, 'minimumSize', names, [typeId], threshold);

const RULE_SETS: RuleSet[] = [
  {
    id: 'national-2011-2015',
    nameZh: '社区服务体系建设规划（2011—2015年）',
    nameEn: 'National community service system plan 2011–2015',
    source: '国务院办公厅《社区服务体系建设规划（2011—2015年）》',
    indicators: [
      areaPer100(20),
      // "城市社区综合服务设施覆盖率达到90%": the share of communities that have a facility, not of residents.
      indicator(
        'community-service-zone-coverage',
        'zoneCoveragePercent',
        ['社区综合服务设施覆盖率', 'Share of zones with a community-service facility'],
        COMMUNITY_SERVICE_TYPES,
        90,
      ),
    ],
    notes: [],
  },
  {
    id: 'national-2021-2025',
    nameZh: '“十四五”城乡社区服务体系建设规划',
    nameEn: 'National urban and rural community service plan 2021–2025 (guidance)',
    source: '国务院办公厅《“十四五”城乡社区服务体系建设规划》',
    indicators: [areaPer100(30)],
    notes: [
      {
        zh: '“其中用于居民活动的面积不低于60%”未计算：需要每处设施的面积用途分项。',
        en: '"Of which ≥ 60% for residents\' activities" is not evaluated: it needs each facility\'s floor-area use split.',
      },
    ],
  },
  {
    id: 'xx-city-13th-five-year',
    nameZh: 'XX市“十三五”社区服务体系规划',
    nameEn: '"XX city" 13th five-year community service plan',
    source: 'XX市“十三五”社区服务体系建设规划（模板，见 domain.md）',
    indicators: [
      areaPer100(20),
      // "社区服务设施综合覆盖率达到93%": the share of communities with a community-service facility (zone coverage
      // at the finest unit level, domain.md § Readings of the plans), not the share of residents within a radius.
      indicator(
        'community-service-zone-coverage',
        'zoneCoveragePercent',
        ['社区服务设施综合覆盖率', 'Share of communities with a community-service facility'],
        COMMUNITY_SERVICE_TYPES,
        93,
      ),
      minimumSize('community_service_station', 300, [
        '社区服务站最小面积',
        'Community service station minimum size',
      ]),
      minimumSize('street_service_centre', 800, ['街道服务中心最小面积', 'Sub-district centre minimum size']),
    ],
    notes: [],
  },
  {
    id: 'xiaoshan',
    nameZh: '萧山区社区服务设施规划',
    nameEn: 'Xiaoshan community facility plan',
    source: '杭州市萧山区社区服务设施规划（指标见 domain.md）',
    indicators: [
      areaPer100(30),
      indicator(
        'elderly-beds',
        'bedsPer1000Elderly',
        ['每千名老人养老机构床位', 'Residential-care beds per 1,000 elderly'],
        RESIDENTIAL_CARE_TYPES,
        20,
        {
          populationLayer: 'elderly',
        },
      ),
      indicator(
        'home-elderly-10-minute-circle',
        'coveragePercent',
        ['10分钟居家养老服务圈覆盖率', 'Elderly within the 10-minute home-care circle'],
        ['elderly_day_care'],
        100,
        { populationLayer: 'elderly', radiusMeters: 500 },
      ),
    ],
    notes: [
      {
        zh: '10分钟居家养老服务圈按500米、目标100%计算。',
        en: 'The 10-minute home-care circle is evaluated at 500 m with a 100% target.',
      },
    ],
  },
  {
    id: 'zibo-2003-2007',
    nameZh: '淄博市社区服务发展规划（2003—2007年）',
    nameEn: 'Zibo community service plan 2003–2007',
    source: '淄博市社区服务发展规划（2003—2007年）',
    indicators: [
      minimumSize('street_service_centre', 600, [
        '街道社区服务中心最小面积',
        'Sub-district centre minimum size',
      ]),
      minimumSize('community_service_station', 200, [
        '社区服务设施最小面积',
        'Community facility minimum size',
      ]),
      indicator(
        'elderly-beds',
        'bedsPer1000Elderly',
        ['养老床位占老年人口比例', 'Elderly beds per 1,000 elderly (1.5%)'],
        ELDERLY_BED_TYPES,
        15,
        {
          populationLayer: 'elderly',
        },
      ),
      indicator(
        'general-practitioners',
        'gpsPer10000',
        ['每万居民全科医生数', 'GPs per 10,000 residents'],
        HEALTH_TYPES,
        2,
      ),
      indicator(
        'health-service-coverage',
        'coveragePercent',
        ['社区卫生服务人口覆盖率', 'Population covered by community health services'],
        HEALTH_TYPES,
        70,
      ),
    ],
    notes: [
      {
        zh: '市、区级社区服务中心≥2000平方米未计算：设施预设中没有市、区级中心类型。',
        en: 'City and district centres ≥ 2000 m² are not evaluated: the presets have no city- or district-level centre type.',
      },
      {
        zh: '卫生服务人口覆盖率：区70%，县65%；本规则集按70%，县请复制后修改。',
        en: 'Health-service coverage is 70% for districts and 65% for counties; this rule set uses 70% (copy it for counties).',
      },
    ],
  },
  {
    id: 'xinji-2022-2025',
    nameZh: '辛集市公共服务设施规划（2022—2025年）',
    nameEn: 'Xinji public service plan 2022–2025',
    source: '辛集市公共服务设施规划（2022—2025年）（指标见 domain.md）',
    indicators: [
      indicator(
        'doctors',
        'doctorsPer1000',
        ['每千人医生数', 'Doctors per 1,000 residents'],
        ALL_MEDICAL_TYPES,
        3.6,
        { partialWithout: ['hospital'] },
      ),
      indicator(
        'sports-area',
        'sportsAreaPerPerson',
        ['人均体育场地面积', 'Sports ground per person'],
        SPORTS_TYPES,
        2.61,
      ),
      // "普惠性幼儿园覆盖率达到85%": the share of enrolled children in public or 普惠 kindergartens. It needs places by
      // kind and a child layer; without them it is "not evaluable", never a radius coverage.
      indicator(
        'inclusive-kindergarten-coverage',
        'inclusiveKindergartenPercent',
        ['普惠性幼儿园覆盖率', 'Children with a place in a public or 普惠 kindergarten'],
        ['kindergarten'],
        85,
        { populationLayer: 'child' },
      ),
      indicator(
        'fitness-15-minute-circle',
        'coveragePercent',
        ['15分钟健身圈覆盖率', 'Residents within the 15-minute fitness circle'],
        SPORTS_TYPES,
        100,
        { radiusMeters: 1000 },
      ),
    ],
    notes: [
      {
        zh: '15分钟健身圈按1000米、目标100%计算。',
        en: 'The 15-minute fitness circle is evaluated at 1000 m with a 100% target.',
      },
    ],
  },
  {
    id: 'gb50180-2018',
    nameZh: 'GB 50180-2018 城市居住区规划设计标准（生活圈）',
    nameEn: 'GB 50180-2018 life circles',
    source: 'GB 50180-2018《城市居住区规划设计标准》附录',
    indicators: LIFE_CIRCLE_PRESETS.map((preset) =>
      indicator(
        `life-circle-${preset.id}`,
        'coveragePercent',
        [`${preset.nameZh}服务半径覆盖率`, `${preset.nameEn} within its life-circle radius`],
        [preset.id],
        100,
        { radiusMeters: preset.radiusMeters },
      ),
    ),
    notes: [
      {
        zh: '标准规定服务半径而非覆盖率目标；此处以100%为目标。',
        en: 'The standard sets radii, not coverage targets; 100% is used as the target.',
      },
    ],
  },
];

/** All rule-set presets in domain.md's table order. Read-only: copy a rule set before editing it. */
export const RULE_SET_PRESETS: readonly RuleSet[] = RULE_SETS;

/** The rule set used when none is chosen (the current national guidance). */
export const DEFAULT_RULE_SET_ID = 'national-2021-2025';

/** The preset with this id, or undefined. */
export function findRuleSet(id: string): RuleSet | undefined {
  return RULE_SETS.find((ruleSet) => ruleSet.id === id);
}
