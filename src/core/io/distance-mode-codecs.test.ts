/**
 * The distance mode (issue 13) through every codec that carries a scenario: scenario GeoJSON, share links and the
 * validator autosave reads with. Absent means straight-line (every file written before the mode existed).
 */
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import { defaultScenarioParameters, type Scenario } from '../model/scenario';
import { validateScenarioContent } from '../scenarios/validate-scenario';
import { scenarioFromGeoJson, scenarioToGeoJson } from './scenario-geojson';
import { decodeShareFragment, encodeShareFragment } from './share-link';
import { decodeBase64Url } from './share-link-bytes';

const station: Facility = {
  id: 'f1',
  name: '长江边社区服务站',
  type: 'community_service_station',
  status: 'proposed',
  lon: 114.2987,
  lat: 30.5712,
  floorAreaSquareMeters: 800,
  radiusMeters: 1000,
};

const walking: Scenario = {
  id: 's1',
  name: '步行路网',
  datasetId: 'wuhan',
  ruleSetId: 'national-2021-2025',
  parameters: { ...defaultScenarioParameters(), distance: 'network' },
  facilities: [station],
};
const straight: Scenario = { ...walking, parameters: defaultScenarioParameters() };

function versionByte(fragment: string): number | undefined {
  const bytes = decodeBase64Url(fragment.slice('s='.length));
  return bytes?.[0];
}

describe('distance mode in scenario files', () => {
  it('round-trips walking-network mode and writes it as version 2', () => {
    const file = scenarioToGeoJson(walking);
    expect(file.lifecircle.version).toBe(2);
    expect(file.lifecircle.parameters.distance).toBe('network');
    expect(scenarioFromGeoJson(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: walking });
  });

  it('reads an old file (no distance, version 1) as straight-line, and writes straight-line as version 1', () => {
    const file = scenarioToGeoJson(straight);
    expect(file.lifecircle.version).toBe(1);
    expect('distance' in file.lifecircle.parameters).toBe(false);
    const read = scenarioFromGeoJson(JSON.parse(JSON.stringify(file)));
    expect(read.ok && read.value.parameters.distance).toBeUndefined();
  });

  it('refuses a distance it does not know', () => {
    const file = JSON.parse(JSON.stringify(scenarioToGeoJson(walking)));
    file.lifecircle.parameters.distance = 'crow';
    const read = scenarioFromGeoJson(file);
    expect(read.ok ? null : read.error.code).toBe('scenario-invalid');
  });
});

describe('distance mode in share links', () => {
  it('round-trips walking-network mode as layout version 2', () => {
    const fragment = encodeShareFragment(walking);
    if (!fragment.ok) throw new Error(fragment.error.message);
    expect(versionByte(fragment.value)).toBe(2);
    const { id: _id, ...content } = walking;
    expect(decodeShareFragment(fragment.value)).toEqual({ ok: true, value: content });
  });

  it('keeps straight-line links at version 1, read back with no distance', () => {
    const fragment = encodeShareFragment(straight);
    if (!fragment.ok) throw new Error(fragment.error.message);
    expect(versionByte(fragment.value)).toBe(1);
    const decoded = decodeShareFragment(fragment.value);
    expect(decoded.ok && decoded.value.parameters.distance).toBeUndefined();
  });
});

describe('distance mode in stored scenarios (autosave)', () => {
  const { id: _id, ...content } = walking;
  it('keeps network mode, reads no distance or great-circle as straight-line, refuses anything else', () => {
    expect(validateScenarioContent(content)).toEqual({ ok: true, value: content });
    const old = validateScenarioContent({ ...content, parameters: defaultScenarioParameters() });
    expect(old.ok && 'distance' in old.value.parameters).toBe(false);
    const explicit = validateScenarioContent({
      ...content,
      parameters: { ...defaultScenarioParameters(), distance: 'great-circle' },
    });
    expect(explicit.ok && 'distance' in explicit.value.parameters).toBe(false);
    const bad = validateScenarioContent({
      ...content,
      parameters: { ...defaultScenarioParameters(), distance: 1 },
    });
    expect(bad.ok ? null : bad.error.code).toBe('invalid-scenario');
  });
});
