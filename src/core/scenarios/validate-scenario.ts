/**
 * Checks scenario content from outside the program (a share link, a stored autosave) and rebuilds it as fresh
 * objects, so a hostile or damaged input becomes an error value, never a NaN in a sum or a polluted prototype.
 * Facility ranges are the engine's own (analysis/validate-facility.ts), so anything accepted here evaluates.
 */
import { validateFacility } from '../analysis/validate-facility';
import type { Facility, FacilityCapacity } from '../model/facility';
import { fail, ok, type Result, type ResultError } from '../model/result';
import type { Scenario, ScenarioParameters } from '../model/scenario';
import type { ScenarioContent } from './scenario-commands';
import type { ScenarioList } from './scenario-list';

const CAPACITY_KEYS: readonly (keyof FacilityCapacity)[] = [
  'beds',
  'places',
  'doctors',
  'generalPractitioners',
];

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string): { ok: false; error: ResultError } {
  return fail('invalid-scenario', message);
}

function readParameters(value: unknown): Result<ScenarioParameters> {
  if (!isRecord(value)) return invalid('parameters is not an object');
  const speed = value.walkingSpeedMetersPerMinute;
  if (typeof speed !== 'number' || !(Number.isFinite(speed) && speed > 0)) {
    return invalid('parameters.walkingSpeedMetersPerMinute is not a positive number');
  }
  const method = value.coverageMethod;
  if (method !== 'centroid' && method !== 'area-weighted') {
    return invalid('parameters.coverageMethod is not centroid or area-weighted');
  }
  const overrides = value.thresholdOverrides;
  if (!isRecord(overrides)) return invalid('parameters.thresholdOverrides is not an object');
  const entries = Object.entries(overrides);
  if (entries.some(([, threshold]) => typeof threshold !== 'number' || !Number.isFinite(threshold))) {
    return invalid('parameters.thresholdOverrides holds a value that is not a finite number');
  }
  // Object.fromEntries defines own properties, so a key "__proto__" stays a plain key.
  const parameters: ScenarioParameters = {
    walkingSpeedMetersPerMinute: speed,
    thresholdOverrides: Object.fromEntries(entries) as Record<string, number>,
    coverageMethod: method,
  };
  const householdSize = value.householdSize;
  if (householdSize !== undefined) {
    if (typeof householdSize !== 'number' || !(Number.isFinite(householdSize) && householdSize > 0)) {
      return invalid('parameters.householdSize is not a positive number');
    }
    parameters.householdSize = householdSize;
  }
  // Absent (every file before issue 13) and `great-circle` both mean straight-line; absent is the stored form.
  const distance = value.distance;
  if (distance !== undefined && distance !== 'great-circle' && distance !== 'network') {
    return invalid('parameters.distance is not great-circle or network');
  }
  if (distance === 'network') parameters.distance = 'network';
  return ok(parameters);
}

function readCapacity(value: unknown, where: string): Result<FacilityCapacity | undefined> {
  if (value === undefined) return ok(undefined);
  if (!isRecord(value)) return invalid(`${where}: capacity is not an object`);
  const capacity: FacilityCapacity = {};
  for (const key of CAPACITY_KEYS) {
    const amount = value[key];
    if (amount === undefined) continue;
    if (typeof amount !== 'number') return invalid(`${where}: capacity.${key} is not a number`);
    capacity[key] = amount;
  }
  return ok(capacity);
}

/**
 * One stored facility (the `index`-th of its scenario, 0-based) read as untrusted data: a fresh object with the
 * known fields, or `invalid-scenario` naming the facility and its first bad field (the engine's ranges).
 */
export function validateStoredFacility(value: unknown, index: number): Result<Facility> {
  const where = `facility ${index + 1}`;
  if (!isRecord(value)) return invalid(`${where} is not an object`);
  const { id, name, type, status, lon, lat, floorAreaSquareMeters, radiusMeters, landAreaSquareMeters } =
    value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof type !== 'string') {
    return invalid(`${where}: id, name and type must be text`);
  }
  if (status !== 'existing' && status !== 'proposed') {
    return invalid(`${where}: status is not existing or proposed`);
  }
  const numbers = [lon, lat, floorAreaSquareMeters, radiusMeters];
  if (numbers.some((number) => typeof number !== 'number')) {
    return invalid(`${where}: lon, lat, floor area and radius must be numbers`);
  }
  if (landAreaSquareMeters !== undefined && typeof landAreaSquareMeters !== 'number') {
    return invalid(`${where}: land area is not a number`);
  }
  const capacity = readCapacity(value.capacity, where);
  if (!capacity.ok) return capacity;
  const facility: Facility = {
    id,
    name,
    type,
    status,
    lon: lon as number,
    lat: lat as number,
    floorAreaSquareMeters: floorAreaSquareMeters as number,
    radiusMeters: radiusMeters as number,
  };
  if (capacity.value) facility.capacity = capacity.value;
  if (landAreaSquareMeters !== undefined) facility.landAreaSquareMeters = landAreaSquareMeters;
  if (typeof value.addedPopulation === 'number' && Number.isFinite(value.addedPopulation)) {
    facility.addedPopulation = value.addedPopulation;
  }
  const rejected = validateFacility(facility);
  if (rejected && !rejected.ok) return invalid(`${where}: ${rejected.error.message}`);
  return ok(facility);
}

/**
 * Reads scenario content (a scenario without its id) from untrusted JSON. Returns fresh objects holding only the
 * known fields, or `invalid-scenario` naming the first bad field. Facility ranges are the engine's (longitude
 * −180…180, latitude −85…85, radius in (0, 10 km], areas and capacities ≥ 0); facility ids must be unique.
 */
export function validateScenarioContent(value: unknown): Result<ScenarioContent> {
  if (!isRecord(value)) return invalid('scenario is not an object');
  const { name, datasetId, ruleSetId } = value;
  if (typeof name !== 'string' || typeof datasetId !== 'string' || typeof ruleSetId !== 'string') {
    return invalid('name, datasetId and ruleSetId must be text');
  }
  const parameters = readParameters(value.parameters);
  if (!parameters.ok) return parameters;
  if (!Array.isArray(value.facilities)) return invalid('facilities is not a list');
  const facilities: Facility[] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.facilities.entries()) {
    const facility = validateStoredFacility(item, index);
    if (!facility.ok) return facility;
    if (seen.has(facility.value.id))
      return invalid(`facility ${index + 1}: duplicate id ${facility.value.id}`);
    seen.add(facility.value.id);
    facilities.push(facility.value);
  }
  return ok({ name, datasetId, ruleSetId, parameters: parameters.value, facilities });
}

/** Like {@link validateScenarioContent}, with a non-empty text `id`: for a stored scenario. */
export function validateScenario(value: unknown): Result<Scenario> {
  const content = validateScenarioContent(value);
  if (!content.ok) return content;
  const id = (value as Fields).id;
  if (typeof id !== 'string' || id === '') return invalid('scenario id is not text');
  return ok({ id, ...content.value });
}

/**
 * Reads a stored scenario list (the autosave): at least one valid scenario, unique ids. An active id that names no
 * scenario falls back to the first one rather than failing, since it carries no work.
 */
export function validateScenarioList(value: unknown): Result<ScenarioList> {
  if (!isRecord(value) || !Array.isArray(value.scenarios) || value.scenarios.length === 0) {
    return invalid('scenario list is not a non-empty list of scenarios');
  }
  const scenarios: Scenario[] = [];
  for (const [index, item] of value.scenarios.entries()) {
    const scenario = validateScenario(item);
    if (!scenario.ok) return invalid(`scenario ${index + 1}: ${scenario.error.message}`);
    if (scenarios.some((s) => s.id === scenario.value.id)) {
      return invalid(`scenario ${index + 1}: duplicate id ${scenario.value.id}`);
    }
    scenarios.push(scenario.value);
  }
  const active = value.activeScenarioId;
  const first = scenarios[0] as Scenario;
  const activeScenarioId =
    typeof active === 'string' && scenarios.some((s) => s.id === active) ? active : first.id;
  return ok({ scenarios, activeScenarioId });
}
