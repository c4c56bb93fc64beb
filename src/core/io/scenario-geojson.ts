/**
 * Scenarios as files planners can exchange (issue #5): an RFC 7946 FeatureCollection whose features are the
 * facilities (facilities-geojson.ts schema) and whose top-level `lifecircle` member (a foreign member, allowed by
 * RFC 7946 § 6.1) holds the format version, the scenario's name, rule set, parameters and the dataset it was made on.
 */
import type { FeatureCollection, Point } from 'geojson';
import { ok, type Result } from '../model/result';
import type { Scenario, ScenarioParameters } from '../model/scenario';
import {
  type FacilityFeatureProperties,
  facilityToFeature,
  parseFacilitiesGeoJson,
} from './facilities-geojson';
import { importFail } from './import/messages';

/** Value of `lifecircle.format`, identifying the file. */
const SCENARIO_FILE_FORMAT = 'lifecircle-scenario';
/**
 * Version written for a straight-line scenario; files of this or an older version are read. A scenario in
 * walking-network mode is written as {@link SCENARIO_FILE_NETWORK_VERSION}, so a build without the network refuses it
 * (`scenario-version-unsupported`) rather than reading its figures as straight-line.
 */
export const SCENARIO_FILE_VERSION = 1;
/** Version 1 plus `parameters.distance: "network"` (issue 13). */
const SCENARIO_FILE_NETWORK_VERSION = 2;

/** The `lifecircle` member of a scenario file. */
export interface ScenarioFileHeader {
  format: typeof SCENARIO_FILE_FORMAT;
  version: number;
  scenario: { id: string; name: string };
  ruleSetId: string;
  parameters: ScenarioParameters;
  /** The dataset the scenario was made on; the grid itself never travels with a scenario. */
  dataset: { id: string };
}

/** A scenario file: facilities as features plus the header. */
export interface ScenarioGeoJson extends FeatureCollection<Point, FacilityFeatureProperties> {
  lifecircle: ScenarioFileHeader;
}

function copyParameters(parameters: ScenarioParameters): ScenarioParameters {
  const copy: ScenarioParameters = {
    walkingSpeedMetersPerMinute: parameters.walkingSpeedMetersPerMinute,
    thresholdOverrides: Object.fromEntries(Object.entries(parameters.thresholdOverrides)),
    coverageMethod: parameters.coverageMethod,
  };
  if (parameters.householdSize !== undefined) copy.householdSize = parameters.householdSize;
  if (parameters.distance === 'network') copy.distance = 'network';
  return copy;
}

/**
 * The scenario as a GeoJSON FeatureCollection (WGS 84 lon/lat, full precision): one Point feature per facility, in
 * scenario order, with the facility schema properties `name, type, status, area_m2, radius_m, capacity, land_m2`, and
 * the `lifecircle` header. {@link scenarioFromGeoJson} of the result (or of its JSON text, parsed) equals `scenario`.
 */
export function scenarioToGeoJson(scenario: Scenario): ScenarioGeoJson {
  return {
    type: 'FeatureCollection',
    lifecircle: {
      format: SCENARIO_FILE_FORMAT,
      version:
        scenario.parameters.distance === 'network' ? SCENARIO_FILE_NETWORK_VERSION : SCENARIO_FILE_VERSION,
      scenario: { id: scenario.id, name: scenario.name },
      ruleSetId: scenario.ruleSetId,
      parameters: copyParameters(scenario.parameters),
      dataset: { id: scenario.datasetId },
    },
    features: scenario.facilities.map(facilityToFeature),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const invalid = (reason: string) => importFail('scenario-invalid', { reason });

function positiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function readParameters(value: unknown): Result<ScenarioParameters> {
  if (!isRecord(value)) return invalid('"lifecircle.parameters" is missing');
  if (!positiveNumber(value.walkingSpeedMetersPerMinute)) {
    return invalid('walkingSpeedMetersPerMinute must be a number > 0');
  }
  if (value.coverageMethod !== 'centroid' && value.coverageMethod !== 'area-weighted') {
    return invalid('coverageMethod must be "centroid" or "area-weighted"');
  }
  if (value.householdSize !== undefined && !positiveNumber(value.householdSize)) {
    return invalid('householdSize must be a number > 0');
  }
  const overrides = value.thresholdOverrides ?? {};
  if (!isRecord(overrides)) return invalid('thresholdOverrides must be an object');
  const entries = Object.entries(overrides);
  const bad = entries.find(([, threshold]) => typeof threshold !== 'number' || !Number.isFinite(threshold));
  if (bad) return invalid(`threshold override "${bad[0]}" is not a number`);
  const parameters: ScenarioParameters = {
    walkingSpeedMetersPerMinute: value.walkingSpeedMetersPerMinute,
    // fromEntries defines own properties, so a "__proto__" key stays data instead of replacing the prototype.
    thresholdOverrides: Object.fromEntries(entries as [string, number][]),
    coverageMethod: value.coverageMethod,
  };
  if (value.householdSize !== undefined) parameters.householdSize = value.householdSize;
  // Files before issue 13 have no `distance`: straight-line, the stored form of which is no key.
  if (value.distance !== undefined && value.distance !== 'great-circle' && value.distance !== 'network') {
    return invalid('distance must be "great-circle" or "network"');
  }
  if (value.distance === 'network') parameters.distance = 'network';
  return ok(parameters);
}

function readHeader(json: Record<string, unknown>): Result<Omit<Scenario, 'facilities'>> {
  const header = json.lifecircle;
  if (!isRecord(header) || header.format !== SCENARIO_FILE_FORMAT) {
    return invalid(`no "lifecircle" member with format "${SCENARIO_FILE_FORMAT}"`);
  }
  if (typeof header.version !== 'number' || !Number.isInteger(header.version) || header.version < 1) {
    return invalid('"lifecircle.version" must be a positive integer');
  }
  if (header.version > SCENARIO_FILE_NETWORK_VERSION) {
    return importFail('scenario-version-unsupported', {
      version: header.version,
      supported: SCENARIO_FILE_NETWORK_VERSION,
    });
  }
  const scenario = header.scenario;
  if (!isRecord(scenario) || typeof scenario.id !== 'string' || typeof scenario.name !== 'string') {
    return invalid('"lifecircle.scenario" needs a text id and name');
  }
  if (typeof header.ruleSetId !== 'string') return invalid('"lifecircle.ruleSetId" must be text');
  if (!isRecord(header.dataset) || typeof header.dataset.id !== 'string') {
    return invalid('"lifecircle.dataset.id" must be text');
  }
  const parameters = readParameters(header.parameters);
  if (!parameters.ok) return parameters;
  return ok({
    id: scenario.id,
    name: scenario.name,
    datasetId: header.dataset.id,
    ruleSetId: header.ruleSetId,
    parameters: parameters.value,
  });
}

/**
 * Reads a scenario file (parsed JSON) written by {@link scenarioToGeoJson}. Facilities are read by the facility
 * reader (its `facilities-…` codes name the feature). Errors: `scenario-invalid` (not a FeatureCollection, no or a
 * malformed `lifecircle` header), `scenario-version-unsupported` (written by a newer version).
 */
export function scenarioFromGeoJson(json: unknown): Result<Scenario> {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return invalid('not a GeoJSON FeatureCollection');
  }
  const header = readHeader(json);
  if (!header.ok) return header;
  const facilities = parseFacilitiesGeoJson(json);
  if (!facilities.ok) return facilities;
  return ok({ ...header.value, facilities: facilities.value });
}
