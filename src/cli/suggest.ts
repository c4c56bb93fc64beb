/**
 * `lifecircle suggest` (issue 14): where to add facilities of one type, on the same inputs as `evaluate`, written as a
 * facilities GeoJSON that `evaluate --facilities` reads: the existing facilities unchanged, then the suggested ones
 * (status proposed, ranked names, `added_population` and `rank` properties).
 */
import { writeFile } from 'node:fs/promises';
import loadHighs from 'highs';
import type { DistanceProvider } from '../core/analysis/catchment';
import { facilitiesToGeoJson } from '../core/io/facilities-geojson';
import type { Facility } from '../core/model/facility';
import { createHighsCoverageSolver } from '../core/suggest/highs-coverage-solver';
import { suggestSites } from '../core/suggest/suggest-sites';
import type { SuggestOutcome, SuggestRequest } from '../core/suggest/suggest-types';
import { suggestedFacilities } from '../core/suggest/suggested-facilities';
import { type CliResult, inputError } from './cli-error';
import { loadEvaluationInputs } from './load-inputs';
import { loadNetworkProvider } from './load-network';
import type { SuggestArgs } from './suggest-args';
import { readCandidatePoints, readExclusionPolygons } from './suggest-inputs';

/** What a successful run produced, for the summary line. */
export interface SuggestSummary {
  outcome: SuggestOutcome;
  notes: string[];
  seconds: number;
}

/** The output file: existing facilities, then the suggested ones with `rank` and `added_population`. */
function suggestionGeoJson(
  existing: readonly Facility[],
  suggested: readonly Facility[],
  outcome: SuggestOutcome,
) {
  const collection = facilitiesToGeoJson([...existing, ...suggested]);
  const features = collection.features.map((feature, index) => {
    const rank = index - existing.length;
    if (rank < 0) return feature;
    const added = Math.round((outcome.sites[rank]?.addedPopulation ?? 0) * 10) / 10;
    return { ...feature, properties: { ...feature.properties, rank: rank + 1, added_population: added } };
  });
  return { ...collection, features };
}

async function buildRequest(
  args: SuggestArgs,
): Promise<CliResult<{ request: SuggestRequest; notes: string[]; existing: Facility[] }>> {
  const inputs = await loadEvaluationInputs(args.inputs);
  if (!inputs.ok) return inputs;
  const { dataset, facilities } = inputs.value;
  const notes = [...inputs.value.notes];
  let provider: DistanceProvider | undefined;
  if (args.inputs.networkPath !== undefined) {
    const network = await loadNetworkProvider(
      args.inputs.networkPath,
      args.inputs.networkCrs ?? 'wgs84',
      dataset,
      facilities,
    );
    if (!network.ok) return network;
    provider = network.value.provider;
    notes.push(...network.value.notes);
  }
  const request: SuggestRequest = {
    dataset,
    type: args.type,
    radiusMeters: args.radiusMeters,
    objective: args.objective,
    facilities,
    minSpacingMeters: args.minSpacingMeters,
  };
  if (provider) request.provider = provider;
  if (args.candidatesPath !== undefined) {
    const points = await readCandidatePoints(args.candidatesPath);
    if (!points.ok) return points;
    request.candidates = points.value;
  }
  if (args.excludePath !== undefined) {
    const polygons = await readExclusionPolygons(args.excludePath);
    if (!polygons.ok) return polygons;
    request.exclusions = polygons.value;
  }
  if (args.exact) request.exact = { solver: createHighsCoverageSolver(await loadHighs()) };
  return { ok: true, value: { request, notes, existing: facilities } };
}

/** Reads the inputs, suggests sites and writes --out. Nothing is written when an input is bad. */
export async function runSuggest(args: SuggestArgs): Promise<CliResult<SuggestSummary>> {
  const start = performance.now();
  const built = await buildRequest(args);
  if (!built.ok) return built;
  const { request, notes, existing } = built.value;
  const result = suggestSites(request);
  if (!result.ok) {
    const file =
      result.error.code === 'suggest-no-candidates'
        ? (args.candidatesPath ?? args.excludePath ?? args.inputs.gridPath)
        : args.inputs.gridPath;
    return inputError(file, result.error.code, result.error.message);
  }
  const outcome = result.value;
  if (request.exact && outcome.exact === undefined) notes.push('--exact applies to --count only');
  const suggested = suggestedFacilities(outcome, { type: args.type, radiusMeters: args.radiusMeters });
  try {
    await writeFile(args.outPath, `${JSON.stringify(suggestionGeoJson(existing, suggested, outcome))}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return inputError(args.outPath, 'output-unwritable', `cannot write the output file (${code})`);
  }
  return { ok: true, value: { outcome, notes, seconds: (performance.now() - start) / 1000 } };
}

function persons(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–';
}

/** The one summary line: sites, covered population before → after, optimum and gap or bound, seconds. */
export function suggestSummaryLine(outPath: string, summary: SuggestSummary): string {
  const { outcome, seconds } = summary;
  const total = outcome.totalPopulation;
  const parts = [
    `wrote ${outPath}: ${outcome.sites.length} sites added${outcome.distance === 'network' ? ' (walking-network catchments)' : ''}`,
    `covered population ${persons(outcome.coveredBefore)} → ${persons(outcome.coveredAfter)} of ${persons(total)} (${percent(outcome.coveredBefore, total)} → ${percent(outcome.coveredAfter, total)})`,
  ];
  if (!outcome.reached) parts.push(`objective not reached (${outcome.shortfall ?? 'unreachable districts'})`);
  const exact = outcome.exact;
  const before = outcome.coveredBefore;
  if (exact?.status === 'optimal') {
    parts.push(`optimum ${persons(before + exact.optimum)}, gap ${(100 * exact.gap).toFixed(2)}%`);
  } else if (exact?.status === 'bound') {
    parts.push(
      `optimum ≤ ${persons(before + exact.bound)} (${exact.method}), gap ≤ ${(100 * exact.gapAtMost).toFixed(2)}%`,
    );
  } else if (exact?.status === 'no-bound') {
    parts.push(`no bound computed (${exact.reason}, ${exact.columns} columns × ${exact.rows} rows)`);
  } else if (outcome.upperBound !== undefined) {
    parts.push(`optimum ≤ ${persons(outcome.upperBound)} (Lagrangian bound)`);
  }
  parts.push(`${seconds.toFixed(2)} s`);
  return parts.join('; ');
}
