/**
 * The compact JSON form of a scenario inside a share link, version 1: arrays instead of keyed objects, facility
 * types of the presets as their index in `FACILITY_PRESETS`, status as 0/1.
 *
 * ```
 * [name, datasetId, ruleSetId, [walkingSpeed, coverageMethod 0|1, householdSize|null, {overrides}, network 1?],
 *  [facility…]]
 * facility = [id, name, type index|type id, status 0|1, lon, lat, floorArea, radius, {c?: {b,p,d,g}, l?}?]
 * ```
 * Numbers are written in full (JSON's shortest round-trip form), so nothing is quantised; −0, which JSON cannot
 * spell, is written as the string "-0" in a number position. Once fixed, version 1 never changes: a new layout
 * takes a new version byte (share-link.ts). Version 2 (issue 13) is version 1 with a fifth parameter, 1, for a
 * scenario in walking-network mode; it is written only then, so straight-line links stay version 1 byte for byte.
 */
import type { Facility, FacilityCapacity } from '../model/facility';
import { FACILITY_PRESETS } from '../rules/facility-presets';
import type { ScenarioContent } from '../scenarios/scenario-commands';

const COVERAGE_METHODS = ['centroid', 'area-weighted'] as const;
const STATUSES = ['existing', 'proposed'] as const;
const CAPACITY_KEYS: readonly [keyof FacilityCapacity, string][] = [
  ['beds', 'b'],
  ['places', 'p'],
  ['doctors', 'd'],
  ['generalPractitioners', 'g'],
];

type CompactNumber = number | '-0';

function writeNumber(value: number): CompactNumber {
  return Object.is(value, -0) ? '-0' : value;
}

/** A number from a number position, or NaN (rejected later by validation) for anything else. */
function readNumber(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (value === '-0') return -0;
  return typeof value === 'number' ? value : Number.NaN;
}

function writeNumbers(record: Record<string, number>): Record<string, CompactNumber> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, writeNumber(value)]));
}

function writeFacility(facility: Facility): unknown[] {
  const typeIndex = FACILITY_PRESETS.findIndex((preset) => preset.id === facility.type);
  const row: unknown[] = [
    facility.id,
    facility.name,
    typeIndex >= 0 ? typeIndex : facility.type,
    STATUSES.indexOf(facility.status),
    writeNumber(facility.lon),
    writeNumber(facility.lat),
    writeNumber(facility.floorAreaSquareMeters),
    writeNumber(facility.radiusMeters),
  ];
  const extra: Record<string, unknown> = {};
  if (facility.capacity) {
    const capacity: Record<string, CompactNumber> = {};
    for (const [key, short] of CAPACITY_KEYS) {
      const value = facility.capacity[key];
      if (value !== undefined) capacity[short] = writeNumber(value);
    }
    extra.c = capacity;
  }
  if (facility.landAreaSquareMeters !== undefined) extra.l = writeNumber(facility.landAreaSquareMeters);
  if (Object.keys(extra).length > 0) row.push(extra);
  return row;
}

/** The compact form of a scenario's content (the scenario id is not written: a link always makes a new one). */
export function toCompactScenario(content: ScenarioContent): unknown[] {
  const { parameters } = content;
  return [
    content.name,
    content.datasetId,
    content.ruleSetId,
    [
      writeNumber(parameters.walkingSpeedMetersPerMinute),
      COVERAGE_METHODS.indexOf(parameters.coverageMethod),
      parameters.householdSize === undefined ? null : writeNumber(parameters.householdSize),
      writeNumbers(parameters.thresholdOverrides),
      ...(parameters.distance === 'network' ? [1] : []),
    ],
    content.facilities.map(writeFacility),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFacility(row: unknown): unknown {
  if (!Array.isArray(row)) return null;
  const [id, name, type, status, lon, lat, area, radius, extra] = row;
  const facility: Record<string, unknown> = {
    id,
    name,
    type: typeof type === 'number' ? FACILITY_PRESETS[type]?.id : type,
    status: typeof status === 'number' ? STATUSES[status] : undefined,
    lon: readNumber(lon),
    lat: readNumber(lat),
    floorAreaSquareMeters: readNumber(area),
    radiusMeters: readNumber(radius),
  };
  if (isRecord(extra) && isRecord(extra.c)) {
    const source = extra.c;
    facility.capacity = Object.fromEntries(
      CAPACITY_KEYS.filter(([, short]) => source[short] !== undefined).map(([key, short]) => [
        key,
        readNumber(source[short]),
      ]),
    );
  }
  if (isRecord(extra) && extra.l !== undefined) facility.landAreaSquareMeters = readNumber(extra.l);
  return facility;
}

/**
 * The model-shaped object of a compact scenario, not yet checked: pass it to `validateScenarioContent`. A value
 * that is not the compact form gives null.
 */
export function fromCompactScenario(compact: unknown): unknown {
  if (!Array.isArray(compact)) return null;
  const [name, datasetId, ruleSetId, parameters, facilities] = compact;
  if (!Array.isArray(parameters) || !Array.isArray(facilities)) return null;
  const [speed, method, householdSize, overrides, network] = parameters;
  const readParameters: Record<string, unknown> = {
    walkingSpeedMetersPerMinute: readNumber(speed),
    coverageMethod: typeof method === 'number' ? COVERAGE_METHODS[method] : undefined,
    thresholdOverrides: isRecord(overrides)
      ? Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, readNumber(value)]))
      : null,
  };
  if (householdSize !== null) readParameters.householdSize = readNumber(householdSize);
  if (network !== undefined) readParameters.distance = network === 1 ? 'network' : network;
  return { name, datasetId, ruleSetId, parameters: readParameters, facilities: facilities.map(readFacility) };
}
