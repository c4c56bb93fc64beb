/**
 * The progress bar of the default dataset's load as arithmetic: fetching is the first 15% of the bar, building the
 * dataset the next 80%, the summary the rest.
 */

/** Stages shown by the progress bar. */
export type LoadStage = 'fetch' | 'decode' | 'assign' | 'summarise';

/** Receives the overall fraction done, 0–1, and the stage it is in. */
export type ProgressCallback = (fraction: number, stage: LoadStage) => void;

/** Share of the bar taken by fetching the files, 0–1. */
export const FETCH_SHARE = 0.15;
/** Share of the bar taken by building the dataset (decode and assign), 0–1. */
export const BUILD_SHARE = 0.8;

/** Overall fraction, 0–1, once `fetchedFileCount` of `fileCount` files have arrived. */
export function fetchFraction(fetchedFileCount: number, fileCount: number): number {
  return (FETCH_SHARE * fetchedFileCount) / fileCount;
}

/** Overall fraction, 0–1, for the builder's own fraction `buildFraction` (0–1). */
export function buildFraction(buildFractionDone: number): number {
  return FETCH_SHARE + BUILD_SHARE * buildFractionDone;
}

/** The bar's stage for a builder's free-text stage name: district assignment, else decoding. */
export function stageOfBuilder(builderStage: string): LoadStage {
  return /assign|district/i.test(builderStage) ? 'assign' : 'decode';
}
