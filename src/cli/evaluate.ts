/** `lifecircle evaluate`: the engine of the app on files (issue #3), writing the Results as JSON or CSV. */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createEngine } from '../core/analysis/engine';
import { resultsAtLevel } from '../core/io/level-results';
import { resultsToCsv } from '../core/io/results-csv';
import { resultsToGeoJson } from '../core/io/results-geojson';
import type { District } from '../core/model/district';
import type { Results } from '../core/model/results';
import { withNetworkFigures } from '../core/network/network-results';
import { RULE_SET_PRESETS } from '../core/rules/rule-sets';
import { type CliResult, inputError, usageError } from './cli-error';
import type { EvaluateArgs, OutFormat } from './evaluate-args';
import { loadEvaluationInputs } from './load-inputs';
import { type LoadedNetwork, loadNetworkProvider } from './load-network';

/** What a successful run produced, for the summary line. */
export interface EvaluateSummary {
  results: Results;
  notes: string[];
}

/**
 * Serialises results in the format of the output file through the app's writers: pretty JSON, the CSV of
 * README.md § CLI (results-csv.ts), or the district polygons with the same figures (results-geojson.ts).
 */
export function formatResults(
  results: Results,
  format: OutFormat,
  districts: readonly District[] = [],
): string {
  if (format === 'csv') return resultsToCsv(results);
  if (format === 'geojson') return `${JSON.stringify(resultsToGeoJson(results, districts))}\n`;
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** `out/results.csv` → `out/results.<levelId>.csv`: where a unit level's CSV or GeoJSON goes. */
export function levelOutPath(outPath: string, levelId: string): string {
  const extension = extname(outPath);
  return `${outPath.slice(0, outPath.length - extension.length)}.${levelId}${extension}`;
}

/**
 * Reads the inputs, evaluates the facilities with the engine (centroid coverage, or area-weighted with --precise;
 * no rule set unless --rule-set; along the walking network of --network when given, `method.distance: "network"`)
 * and writes the results to --out. Nothing is written when an input is bad.
 */
export async function runEvaluate(args: EvaluateArgs): Promise<CliResult<EvaluateSummary>> {
  if (args.ruleSetId !== undefined && !RULE_SET_PRESETS.some((ruleSet) => ruleSet.id === args.ruleSetId)) {
    const known = RULE_SET_PRESETS.map((ruleSet) => ruleSet.id).join(', ');
    return usageError('unknown-rule-set', `--rule-set ${args.ruleSetId}: unknown rule set (known: ${known})`);
  }
  const inputs = await loadEvaluationInputs(args);
  if (!inputs.ok) return inputs;
  const notes = [...inputs.value.notes];
  let network: LoadedNetwork | undefined;
  if (args.networkPath !== undefined) {
    const loaded = await loadNetworkProvider(
      args.networkPath,
      args.networkCrs ?? 'wgs84',
      inputs.value.dataset,
      inputs.value.facilities,
    );
    if (!loaded.ok) return loaded;
    network = loaded.value;
    notes.push(...network.notes);
  }
  const engine = createEngine(
    inputs.value.dataset,
    {
      coverageMethod: args.precise ? 'area-weighted' : 'centroid',
      ruleSetId: args.ruleSetId ?? null,
      householdSize: args.householdSize,
    },
    network?.provider,
  );
  if (!engine.ok) return inputError(args.gridPath, engine.error.code, engine.error.message);
  const loaded = engine.value.setFacilities(inputs.value.facilities);
  if (!loaded.ok) return inputError(args.facilitiesPath, loaded.error.code, loaded.error.message);
  const engineResults = engine.value.results();
  const results = network
    ? withNetworkFigures(engineResults, network.shares, network.offNetworkFacilityIds)
    : engineResults;
  try {
    await writeFile(args.outPath, formatResults(results, args.outFormat, inputs.value.dataset.districts));
    // CSV and GeoJSON hold one level each: every --units level gets its own file beside --out.
    if (args.outFormat !== 'json') {
      for (const level of inputs.value.dataset.levels ?? []) {
        const atLevel = resultsAtLevel(results, level.id);
        if (atLevel)
          await writeFile(
            levelOutPath(args.outPath, level.id),
            formatResults(atLevel, args.outFormat, level.units),
          );
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return inputError(args.outPath, 'output-unwritable', `cannot write the output file (${code})`);
  }
  return { ok: true, value: { results, notes } };
}
