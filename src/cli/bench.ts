/**
 * `npm run bench`: engine benchmarks on the Wuhan grid (issue 3, "Benchmarks"). Prints one JSON object per line per
 * case: {case, cells, facilities, radiusMeters, fullEvaluationMs (= setFacilitiesMs + resultsMs),
 * fullEvaluationWithSurfaceMs, moveFacilityMs, moveAndResultsMs, loadMs, bytesPerCell}, and first one line {case, decodeMs} for decoding one GeoTIFF, then the
 * site-suggestion cases of bench-suggest.ts. Facilities are community service stations at population-weighted random
 * sites (fixed seed). A full evaluation is `setFacilities` + `results()` (coverage for every type, 2SFCA shares and
 * district aggregation); "with surface" also keeps the per-cell 2SFCA surface of the type. A move shifts a random
 * facility by up to 300 m, as a drag does. Numbers are timings, not assertions. The `wuhan-network` case
 * (bench-network.ts) does the same along the default walking network. `npm run bench -- --levels` runs only the
 * unit-level cases (issue 12): districts only, with 2,890 hexagons, and the line comparing the two
 * (`wuhan-hexagon-level-vs-districts-only`: both medians timed in alternation, the hexagon count, the ratio), and
 * what a drag frame's results cost across the worker boundary in full or as a patch (bench-results-patch.ts).
 */
import { readFileSync } from 'node:fs';
import { createEngine, type EngineOptions } from '../core/analysis/engine';
import { METERS_PER_DEGREE_LATITUDE } from '../core/geo/distance';
import { generateHexagonLevel } from '../core/geo/hexagon-units';
import { buildDefaultDataset } from '../core/io/default-dataset';
import { decodeGeoTiff } from '../core/io/geotiff-decode';
import type { Dataset } from '../core/model/dataset';
import type { Facility } from '../core/model/facility';
import { compareLevelEvaluations } from './bench-levels';
import { runNetworkCase } from './bench-network';
import { compareResultsTransfers } from './bench-results-patch';
import { benchSuggest } from './bench-suggest';
import {
  benchFacilities,
  datasetBytes,
  populationWeightedSampler,
  seededRandom,
  summary,
  tileDataset,
  time,
} from './bench-support';

const SEED = 20_200_101;
const FULL_RUNS = 15;
const MOVES = 400;

function arrayBufferOf(path: string): ArrayBuffer {
  const bytes = readFileSync(new URL(`../../data/${path}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

async function loadWuhan(): Promise<{ dataset: Dataset; loadMs: number }> {
  const input = {
    adultsTiff: arrayBufferOf('wuhan_worldpop_age20plus_100m.tif'),
    elderlyTiff: arrayBufferOf('wuhan_worldpop_age60plus_100m.tif'),
    districtsGeoJson: JSON.parse(
      readFileSync(new URL('../../data/wuhan_districts_osm_mapchina.geojson', import.meta.url), 'utf8'),
    ),
  };
  const start = performance.now();
  const built = await buildDefaultDataset(input);
  const loadMs = performance.now() - start;
  if (!built.ok) throw new Error(`${built.error.code}: ${built.error.message}`);
  return { dataset: built.value, loadMs };
}

/** The facilities of a case: the same for every dataset on the same grid (the seed depends on count and radius). */
function benchCaseFacilities(dataset: Dataset, count: number, radiusMeters: number): Facility[] {
  const random = seededRandom(SEED + count + radiusMeters);
  return benchFacilities(populationWeightedSampler(dataset, random), count, radiusMeters, random);
}

function runCase(
  name: string,
  dataset: Dataset,
  loadMs: number,
  count: number,
  radiusMeters: number,
  options: EngineOptions = {},
): void {
  const random = seededRandom(SEED + count + radiusMeters);
  const facilities = benchFacilities(populationWeightedSampler(dataset, random), count, radiusMeters, random);
  const created = createEngine(dataset, options);
  if (!created.ok) throw new Error(created.error.message);
  const engine = created.value;
  const fullEvaluation = (): void => {
    const set = engine.setFacilities(facilities);
    if (!set.ok) throw new Error(set.error.message);
    engine.results();
  };
  for (let k = 0; k < 3; k++) fullEvaluation();
  const fullSamples = Array.from({ length: FULL_RUNS }, () => time(fullEvaluation));
  // The two halves of a full evaluation: the pass over the catchments, and building the results rows.
  const passSamples = Array.from({ length: FULL_RUNS }, () => time(() => engine.setFacilities(facilities)));
  const resultsSamples = Array.from({ length: FULL_RUNS }, () => time(() => engine.results()));
  engine.sfcaSurface('community_service_station');
  const withSurfaceSamples = Array.from({ length: FULL_RUNS }, () => time(fullEvaluation));
  const moves = Array.from({ length: MOVES }, () => {
    const facility = facilities[Math.floor(random() * facilities.length)] as Facility;
    const angle = random() * 2 * Math.PI;
    const meters = random() * 300;
    const lon =
      facility.lon +
      (meters * Math.cos(angle)) / (METERS_PER_DEGREE_LATITUDE * Math.cos((facility.lat * Math.PI) / 180));
    const lat = facility.lat + (meters * Math.sin(angle)) / METERS_PER_DEGREE_LATITUDE;
    return { id: facility.id, lon, lat };
  });
  const moveSamples = moves.map(({ id, lon, lat }) => time(() => engine.moveFacility(id, lon, lat)));
  const moveAndResultsSamples = moves.map(({ id, lon, lat }) =>
    time(() => {
      engine.moveFacility(id, lon + 1e-5, lat);
      engine.results();
    }),
  );
  const cells = dataset.grid.cellCount;
  console.log(
    JSON.stringify({
      case: name,
      cells,
      facilities: count,
      radiusMeters,
      fullEvaluationMs: summary(fullSamples),
      setFacilitiesMs: summary(passSamples),
      resultsMs: summary(resultsSamples),
      fullEvaluationWithSurfaceMs: summary(withSurfaceSamples),
      moveFacilityMs: { median: summary(moveSamples).median },
      moveAndResultsMs: { median: summary(moveAndResultsSamples).median },
      loadMs: Math.round(loadMs),
      bytesPerCell: Math.round((datasetBytes(dataset) + engine.memoryBytes()) / cells),
    }),
  );
}

/** Start-up decoding alone: one Wuhan GeoTIFF (1662 × 1668 Float32, DEFLATE + predictor 3) five times. */
async function benchDecode(): Promise<void> {
  const file = arrayBufferOf('wuhan_worldpop_age20plus_100m.tif');
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const decoded = await decodeGeoTiff(file);
    samples.push(performance.now() - start);
    if (!decoded.ok) throw new Error(decoded.error.message);
  }
  console.log(JSON.stringify({ case: 'geotiff-decode-wuhan-adults', decodeMs: summary(samples) }));
}

/**
 * Issue 12: the 2,000 × 1 km evaluation with one extra level of generated H3 hexagons (~2,900 where a cell holds
 * ≥ 20 residents), beside the same case on the districts alone; every level is computed in the same pass. Then both
 * timed in alternation (bench-levels.ts): the one line that answers "within 20%". Before it, a drag frame's results
 * sent in full against as a patch, with 200 and 2,000 stations (bench-results-patch.ts, issue 12/13).
 */
function runLevelCases(dataset: Dataset, loadMs: number): void {
  runCase('wuhan-adults-100m-districts-only', dataset, loadMs, 2000, 1000);
  const start = performance.now();
  const level = generateHexagonLevel(dataset.grid, { layer: dataset.residentLayer, minPersons: 20 });
  const levelMs = performance.now() - start;
  console.log(
    JSON.stringify({
      case: 'hexagon-level-wuhan',
      units: level.units.length,
      generateMs: Math.round(levelMs),
    }),
  );
  const withLevel = { ...dataset, levels: [level] };
  runCase('wuhan-adults-100m-hexagon-level', withLevel, loadMs, 2000, 1000);
  for (const count of [200, 2000])
    compareResultsTransfers(withLevel, benchCaseFacilities(dataset, count, 1000));
  compareLevelEvaluations(dataset, withLevel, benchCaseFacilities(dataset, 2000, 1000));
}

async function main(): Promise<void> {
  const { dataset, loadMs } = await loadWuhan();
  if (process.argv.includes('--levels')) {
    runLevelCases(dataset, loadMs);
    return;
  }
  await benchDecode();
  await benchSuggest(dataset);
  for (const radiusMeters of [300, 1000]) {
    for (const count of [200, 2000]) runCase('wuhan-adults-100m', dataset, loadMs, count, radiusMeters);
  }
  runNetworkCase(dataset);
  runLevelCases(dataset, loadMs);
  // Two copies give 989,352 cells, short of a million: three side by side give 1,484,028.
  const tileStart = performance.now();
  const tiled = tileDataset(dataset, 3);
  const tiledLoadMs = loadMs + (performance.now() - tileStart);
  for (const radiusMeters of [300, 1000]) runCase('wuhan-tiled-3x', tiled, tiledLoadMs, 2000, radiusMeters);
  // Not a target: the optional area-weighted mode (4 × 4 samples per cell), for scale.
  runCase('wuhan-adults-100m-area-weighted', dataset, loadMs, 2000, 1000, {
    coverageMethod: 'area-weighted',
  });
}

await main();
