/**
 * State housekeeping that is not an edit: emptying the state for a full evaluation (arrays are kept and zeroed, so a
 * re-evaluation allocates nothing), starting to keep a type's per-cell 2SFCA surface, and measuring memory.
 */
import type { CoverageLayer } from './coverage-layer';
import { resetCoverage } from './coverage-layer';
import type { EngineState, TypeState } from './engine-state';
import { forgetFinestRows } from './finest-rows';
import { applyShareToSurface, type SupplySurface } from './supply-share';

/** Removes every facility: counts, sums and surfaces back to zero, arrays kept. */
export function resetEngineState(state: EngineState): void {
  state.records.clear();
  forgetFinestRows(state.finestRows);
  for (const type of state.types.values()) {
    resetCoverage(type.layer);
    for (const sums of type.amountQuanta) sums.fill(0);
    for (const counts of type.facilityCountOfUnit) counts.fill(0);
    type.sfcaQuanta.fill(0);
    type.surface?.integer.fill(0);
    type.surface?.fraction.fill(0);
    type.facilityCount = 0;
    type.placesByKindCount = 0;
  }
  for (const layer of state.ruleLayers.values()) resetCoverage(layer);
}

/**
 * The per-cell surface of `type`, created on first use from the type's facilities (time ∝ their catchments) and
 * kept up to date by every later edit.
 */
export function trackSurface(state: EngineState, type: TypeState): SupplySurface {
  if (type.surface) return type.surface;
  const surface: SupplySurface = {
    integer: new Float64Array(state.context.cellCount),
    fraction: new Float64Array(state.context.cellCount),
  };
  for (const record of state.records.values()) {
    if (record.type !== type) continue;
    const { lon, lat, radiusMeters } = record.facility;
    state.provider.collectRanges(lon, lat, radiusMeters, state.ranges);
    applyShareToSurface(surface, record.share, state.ranges, 1);
  }
  type.surface = surface;
  return surface;
}

function layerBytes(layer: CoverageLayer): number {
  const weighted = layer.areaWeighted;
  return (
    (layer.counts?.byteLength ?? 0) +
    layer.coveredQuanta.byteLength +
    (weighted ? (weighted.sampleCounts?.byteLength ?? 0) + (weighted.coveredSamples?.byteLength ?? 0) : 0)
  );
}

/** Bytes of every typed array the engine owns (context, coverage, surfaces), excluding the dataset's arrays. */
export function engineMemoryBytes(state: EngineState): number {
  const context = state.context;
  let bytes =
    context.bucketOfCell.byteLength +
    context.bucketRunEnd.byteLength +
    context.residentPrefixQuanta.byteLength +
    context.resident.quantaOfCell.byteLength +
    (context.elderly?.quantaOfCell.byteLength ?? 0) +
    state.ranges.bounds.byteLength +
    state.otherRanges.bounds.byteLength;
  for (const type of state.types.values()) {
    bytes += layerBytes(type.layer) + (type.surface ? 2 * type.surface.integer.byteLength : 0);
  }
  for (const layer of state.ruleLayers.values()) bytes += layerBytes(layer);
  const extents = state.areaWeighted?.extents.halfSideMeters;
  return bytes + (extents?.byteLength ?? 0);
}
