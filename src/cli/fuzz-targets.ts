/**
 * Fuzz targets (issue 15, "Fuzzing as a habit"): every parser and decoder of untrusted input, each with a fast-check
 * arbitrary of hostile inputs — real files from test/fixtures mutated (bytes flipped, cut, repeated, inserted) and
 * structured JSON whose members are anything (`__proto__` keys included). A target's run must end in a Result:
 * `ok`, or a refusal with a string code. A thrown exception, a non-Result or a run past {@link HANG_MS} is a crash.
 * Used by fuzz-targets.test.ts (1,000 runs each in `npm test`) and fuzz.ts (`npm run fuzz`, 100,000 each).
 */
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { writeTiff } from '../../test/fixtures/grid/write-tiff';
import { importFile } from '../core/io/import/import-file';
import type { ImportKind } from '../core/io/import/import-types';
import { decodeShareFragment, encodeShareFragment } from '../core/io/share-link';
import { DEFAULT_DATASET_ID } from '../core/model/dataset';
import { defaultScenarioParameters, type Scenario } from '../core/model/scenario';
import { createScenarioList } from '../core/scenarios/scenario-list';
import { autosaveRecordOf, readAutosaveRecord } from '../state/autosave-record';
import { applyEdit, edit, fraction, mutatedBytes, seedFiles } from './fuzz-mutation';

/** A run longer than this is a hang. */
const HANG_MS = 5000;

/** What one input did. */
export type FuzzOutcome = 'accepted' | 'refused' | 'crashed';

/** One parser under fuzzing: its inputs and how to run one. */
interface FuzzTarget<T> {
  name: string;
  inputs: fc.Arbitrary<T>;
  run(input: T): Promise<unknown> | unknown;
}

const hostileKey = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'type'));
const anything = fc.anything({ key: hostileKey, maxDepth: 4, maxKeys: 5, withNullPrototype: true });
const coordinate = fc.oneof(
  fc.double({ min: -200, max: 200, noNaN: true }),
  fc.constantFrom(114.3, 30.6, Number.NaN, Number.POSITIVE_INFINITY, 1e308, -0),
);
const position = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(coordinate, coordinate) },
  { weight: 1, arbitrary: anything },
);
const ring = fc.array(position, { maxLength: 8 });
const geometry: fc.Arbitrary<unknown> = fc.letrec<{ geometry: unknown }>((tie) => ({
  geometry: fc.oneof(
    { depthSize: 'small' },
    fc.record({ type: fc.constant('Point'), coordinates: position }),
    fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
    fc.record({
      type: fc.constant('MultiPolygon'),
      coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }),
    }),
    fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: fc.array(tie('geometry'), { maxLength: 3 }),
    }),
    anything,
  ),
})).geometry;
const properties = fc.dictionary(
  fc.oneof(hostileKey, fc.constantFrom('name', 'type', 'status', 'population', 'radius', 'area')),
  fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.constantFrom('__proto__', 'constructor', '幼儿园')),
  { maxKeys: 5 },
);
const feature = fc.record({ type: fc.constant('Feature'), properties, geometry });

const vectorKind = fc.constantFrom<ImportKind | undefined>(
  undefined,
  'districts',
  'grid',
  'facilities',
  'scenario',
);
const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? 'null');

/** importFile over `bytes` named `name`, read as `kind`. */
function importTarget(
  name: string,
  bytes: fc.Arbitrary<Uint8Array>,
  fileName: string,
  kind: fc.Arbitrary<ImportKind | undefined> = vectorKind,
): FuzzTarget<[Uint8Array, ImportKind | undefined]> {
  return {
    name,
    inputs: fc.tuple(bytes, kind),
    run: ([input, chosen]) =>
      importFile({ name: fileName, bytes: input }, chosen === undefined ? {} : { kind: chosen }),
  };
}

function geoJsonInputs(): fc.Arbitrary<Uint8Array> {
  const structured = fc
    .record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 4 }) })
    .map(text);
  return fc.oneof(structured, mutatedBytes(seedFiles(['.geojson', '.json'])));
}

function topologyInputs(): fc.Arbitrary<Uint8Array> {
  const arcReference = fc.integer({ min: -4, max: 4 });
  const topologyGeometry = fc.oneof(
    fc.record({
      type: fc.constant('Polygon'),
      arcs: fc.array(fc.array(arcReference, { maxLength: 3 }), { maxLength: 2 }),
    }),
    fc.record({ type: fc.constant('LineString'), arcs: fc.array(arcReference, { maxLength: 3 }) }),
    fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(anything, { maxLength: 2 }) }),
    anything,
  );
  const structured = fc
    .record({
      type: fc.constant('Topology'),
      arcs: fc.array(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), {
          maxLength: 5,
        }),
        {
          maxLength: 4,
        },
      ),
      objects: fc.dictionary(
        hostileKey,
        fc.record({
          type: fc.constant('GeometryCollection'),
          geometries: fc.array(topologyGeometry, { maxLength: 3 }),
        }),
        {
          minKeys: 1,
          maxKeys: 2,
        },
      ),
      transform: fc.option(
        fc.record({ scale: fc.tuple(fc.double(), fc.double()), translate: fc.tuple(coordinate, coordinate) }),
      ),
    })
    .map(text);
  return fc.oneof(structured, mutatedBytes(seedFiles(['.topojson'])));
}

/** TIFF seeds (the fixtures, plus DEFLATE tiles with predictors) with bytes changed in place: offsets stay valid. */
function tiffInputs(): fc.Arbitrary<Uint8Array> {
  const values = Array.from({ length: 24 * 20 }, (_, k) => (k % 7 === 0 ? -9999 : k * 0.5));
  const common = { width: 24, height: 20, values, geographicEpsg: 4326, noData: '-9999' } as const;
  const pixel = { origin: [114.3, 30.6] as [number, number], pixelSize: [0.001, 0.001] as [number, number] };
  const generated = [
    writeTiff({
      ...common,
      ...pixel,
      sampleType: 'float32',
      layout: { kind: 'tiles', tileSize: 16 },
      compression: 'deflate',
    }),
    writeTiff({
      ...common,
      ...pixel,
      sampleType: 'int16',
      layout: { kind: 'strips', rowsPerStrip: 3 },
      compression: 'deflate',
      predictor: true,
    }),
    writeTiff({ ...common, ...pixel, sampleType: 'float64', bigEndian: true }),
  ].map((buffer) => new Uint8Array(buffer));
  const setOnly = fc.record({ kind: fc.constant('set' as const), at: fraction, value: fc.nat(255) });
  return mutatedBytes(
    [...seedFiles(['.tif']), ...generated],
    fc.oneof({ weight: 9, arbitrary: setOnly }, { weight: 1, arbitrary: edit }),
  );
}

/** Zips of the seed shapefiles with their members mutated (so the parts parse), or the zip bytes mutated. */
function zipInputs(): fc.Arbitrary<Uint8Array> {
  const zips = seedFiles(['.zip']);
  const memberSets = zips.flatMap((zip) => {
    try {
      return [Object.entries(unzipSync(zip))];
    } catch {
      return [];
    }
  });
  const rezipped = fc
    .record({
      members: fc.constantFrom(...memberSets),
      target: fraction,
      edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
    })
    .map(({ members, target, edits }) => {
      const index = Math.floor(target * members.length);
      const changed = members.map(([name, bytes], k): [string, Uint8Array] => [
        name,
        k === index ? edits.reduce(applyEdit, bytes) : bytes,
      ]);
      return zipSync(Object.fromEntries(changed), { level: 0 });
    });
  return fc.oneof(rezipped, mutatedBytes(zips));
}

function csvInputs(): fc.Arbitrary<Uint8Array> {
  const cell = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.double().map(String),
    fc.constantFrom('lon', 'lat', 'population', 'type', 'status', '"', '=1+1', '__proto__'),
  );
  const table = fc
    .array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 })
    .map((rows) => new TextEncoder().encode(rows.map((row) => row.join(',')).join('\n')));
  return fc.oneof(table, mutatedBytes(seedFiles(['.csv'])));
}

function sampleScenario(): Scenario {
  return {
    id: 's1',
    name: '方案A',
    datasetId: DEFAULT_DATASET_ID,
    ruleSetId: 'national-2021-2025',
    parameters: defaultScenarioParameters(),
    facilities: [
      {
        id: 'k1',
        name: '幼儿园',
        type: 'kindergarten',
        status: 'proposed',
        lon: 114.3,
        lat: 30.6,
        radiusMeters: 300,
        floorAreaSquareMeters: 1200,
      },
    ],
  };
}

function shareLinkInputs(): fc.Arbitrary<string> {
  const encoded = encodeShareFragment(sampleScenario());
  const valid = encoded.ok ? encoded.value : 's=';
  const edited = fc
    .array(
      fc.tuple(fraction, fc.oneof(fc.constantFrom('', 'A', '-', '_', '=', '%'), fc.string({ maxLength: 3 }))),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((edits) =>
      edits.reduce((link, [at, replacement]) => {
        // Past the "s=" prefix: a link without it is refused before any decoding.
        const index = 2 + Math.floor(at * (link.length - 2));
        return link.slice(0, index) + replacement + link.slice(index + 1);
      }, valid),
    );
  return fc.oneof(
    { weight: 6, arbitrary: edited },
    { weight: 2, arbitrary: fc.string().map((random) => `s=${random}`) },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.constant(valid) },
  );
}

function autosaveInputs(): fc.Arbitrary<unknown> {
  const record = autosaveRecordOf(createScenarioList(sampleScenario()), DEFAULT_DATASET_ID, new Date(0));
  const scenarioLike = fc.record({
    id: fc.oneof(fc.string({ maxLength: 4 }), anything),
    name: fc.oneof(fc.string({ maxLength: 4 }), anything),
    datasetId: fc.constantFrom(DEFAULT_DATASET_ID, '__proto__'),
    ruleSetId: fc.oneof(fc.constantFrom('national-2021-2025', 'constructor'), anything),
    parameters: fc.oneof(fc.constant(defaultScenarioParameters()), anything),
    facilities: fc.array(fc.oneof(fc.constant(sampleScenario().facilities[0]), properties, anything), {
      maxLength: 3,
    }),
  });
  const damaged = fc
    .record({
      scenarios: fc.array(scenarioLike, { maxLength: 3 }),
      activeId: fc.oneof(fc.constant('s1'), anything),
    })
    .map((list) => ({ ...record, list }));
  return fc.oneof(
    damaged,
    anything,
    fc.constant(record),
    fc.constant(JSON.parse(JSON.stringify(record)) as unknown),
  );
}

/** A target as one of a list (each target's input type is its own). */
function erased<T>(target: FuzzTarget<T>): FuzzTarget<unknown> {
  return target as unknown as FuzzTarget<unknown>;
}

/** Every target, by parser. */
export function fuzzTargets(): FuzzTarget<unknown>[] {
  return [
    erased(importTarget('geotiff', tiffInputs(), 'fuzz.tif', fc.constantFrom(undefined, 'grid'))),
    erased(importTarget('csv', csvInputs(), 'fuzz.csv', fc.constantFrom(undefined, 'grid', 'facilities'))),
    erased(importTarget('shapefile-zip', zipInputs(), 'fuzz.zip')),
    erased(importTarget('topojson', topologyInputs(), 'fuzz.topojson')),
    erased(importTarget('geojson', geoJsonInputs(), 'fuzz.geojson')),
    erased({ name: 'share-link', inputs: shareLinkInputs(), run: decodeShareFragment }),
    erased({
      name: 'autosave-record',
      inputs: autosaveInputs(),
      run: (value: unknown) => readAutosaveRecord(value, DEFAULT_DATASET_ID),
    }),
  ];
}

function isResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as { ok?: unknown; error?: { code?: unknown } };
  if (result.ok === true) return true;
  return result.ok === false && typeof result.error?.code === 'string';
}

/** Runs one input: `crashed` on a throw, a non-Result, or a run past {@link HANG_MS}; `detail` says which. */
export async function runOne<T>(
  target: FuzzTarget<T>,
  input: T,
): Promise<{ outcome: FuzzOutcome; detail?: string }> {
  const started = performance.now();
  try {
    const value = await target.run(input);
    const milliseconds = performance.now() - started;
    if (milliseconds > HANG_MS) return { outcome: 'crashed', detail: `hang: ${milliseconds.toFixed(0)} ms` };
    if (!isResult(value)) return { outcome: 'crashed', detail: 'not a Result' };
    return { outcome: (value as { ok: boolean }).ok ? 'accepted' : 'refused' };
  } catch (error) {
    return {
      outcome: 'crashed',
      detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
