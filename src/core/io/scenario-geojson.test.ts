import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Facility } from '../model/facility';
import type { Scenario } from '../model/scenario';
import { importFile } from './import/import-file';
import { SCENARIO_FILE_VERSION, scenarioFromGeoJson, scenarioToGeoJson } from './scenario-geojson';

const finite = (min: number, max: number) =>
  fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((value) => (Object.is(value, -0) ? 0 : value));
const capacity = fc
  .record(
    {
      beds: finite(0, 1e4),
      places: finite(0, 1e4),
      doctors: finite(0, 1e3),
      generalPractitioners: finite(0, 1e3),
    },
    { requiredKeys: [] },
  )
  .filter((value) => Object.keys(value).length > 0);
const facility: fc.Arbitrary<Facility> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 12 }),
    name: fc.string({ maxLength: 20 }),
    type: fc.oneof(
      fc.constantFrom('kindergarten', 'nursing_home', '养老院'),
      fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim() === t && t !== ''),
    ),
    status: fc.constantFrom('existing' as const, 'proposed' as const),
    lon: finite(-180, 180),
    // The engine's ranges (analysis/validate-facility.ts), which the reader now applies.
    lat: finite(-85, 85),
    floorAreaSquareMeters: finite(0, 1e6),
    radiusMeters: finite(1e-3, 1e4),
    capacity,
    landAreaSquareMeters: finite(0, 1e6),
  },
  { requiredKeys: ['id', 'name', 'type', 'status', 'lon', 'lat', 'floorAreaSquareMeters', 'radiusMeters'] },
);
const scenario: fc.Arbitrary<Scenario> = fc.record({
  id: fc.string(),
  name: fc.string(),
  datasetId: fc.string(),
  ruleSetId: fc.string(),
  parameters: fc.record(
    {
      householdSize: finite(0.5, 10),
      walkingSpeedMetersPerMinute: finite(1, 200),
      thresholdOverrides: fc.dictionary(fc.string(), finite(-1e6, 1e6)),
      coverageMethod: fc.constantFrom('centroid' as const, 'area-weighted' as const),
    },
    { requiredKeys: ['walkingSpeedMetersPerMinute', 'thresholdOverrides', 'coverageMethod'] },
  ),
  facilities: fc.uniqueArray(facility, { selector: (f) => f.id, maxLength: 8 }),
});

describe('scenario GeoJSON', () => {
  it('import(export(s)) = s, through JSON text and through importFile', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const text = JSON.stringify(scenarioToGeoJson(s));
        const back = scenarioFromGeoJson(JSON.parse(text));
        expect(back).toEqual({ ok: true, value: s });
        const imported = await importFile({ name: 's.geojson', bytes: new TextEncoder().encode(text) });
        expect(imported.ok && imported.value.kind === 'scenario' && imported.value.scenario).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });

  it('writes an RFC 7946 FeatureCollection with the facility schema and the lifecircle header', () => {
    const file = scenarioToGeoJson({
      id: 's1',
      name: '方案一',
      datasetId: 'wuhan-2020',
      ruleSetId: 'national-2011',
      parameters: {
        walkingSpeedMetersPerMinute: 60,
        thresholdOverrides: { area: 30 },
        coverageMethod: 'centroid',
      },
      facilities: [
        {
          id: 'f1',
          name: '幼儿园',
          type: 'kindergarten',
          status: 'proposed',
          lon: 114.3,
          lat: 30.6,
          floorAreaSquareMeters: 3150,
          radiusMeters: 300,
          capacity: { places: 270 },
        },
      ],
    });
    expect(file.lifecircle).toEqual({
      format: 'lifecircle-scenario',
      version: SCENARIO_FILE_VERSION,
      scenario: { id: 's1', name: '方案一' },
      ruleSetId: 'national-2011',
      parameters: {
        walkingSpeedMetersPerMinute: 60,
        thresholdOverrides: { area: 30 },
        coverageMethod: 'centroid',
      },
      dataset: { id: 'wuhan-2020' },
    });
    expect(file.features[0]).toEqual({
      type: 'Feature',
      id: 'f1',
      geometry: { type: 'Point', coordinates: [114.3, 30.6] },
      properties: {
        name: '幼儿园',
        type: 'kindergarten',
        status: 'proposed',
        area_m2: 3150,
        radius_m: 300,
        capacity: { places: 270 },
      },
    });
  });

  it('keeps a "__proto__" threshold override as data', () => {
    const json = JSON.parse(
      '{"type":"FeatureCollection","features":[],"lifecircle":{"format":"lifecircle-scenario","version":1,"scenario":{"id":"a","name":"b"},"ruleSetId":"r","dataset":{"id":"d"},"parameters":{"walkingSpeedMetersPerMinute":60,"coverageMethod":"centroid","thresholdOverrides":{"__proto__":5}}}}',
    );
    const back = scenarioFromGeoJson(json);
    expect(back.ok && Object.getPrototypeOf(back.value.parameters.thresholdOverrides)).toBe(Object.prototype);
    expect(back.ok && Object.entries(back.value.parameters.thresholdOverrides)).toEqual([['__proto__', 5]]);
  });

  it('refuses files without the header or from a newer version', () => {
    expect(scenarioFromGeoJson({ type: 'FeatureCollection', features: [] })).toMatchObject({
      ok: false,
      error: { code: 'scenario-invalid' },
    });
    const newer = scenarioToGeoJson({
      id: 'a',
      name: 'b',
      datasetId: 'd',
      ruleSetId: 'r',
      parameters: { walkingSpeedMetersPerMinute: 60, thresholdOverrides: {}, coverageMethod: 'centroid' },
      facilities: [],
    });
    newer.lifecircle.version = 3;
    expect(scenarioFromGeoJson(newer)).toMatchObject({
      ok: false,
      error: { code: 'scenario-version-unsupported' },
    });
  });
});
