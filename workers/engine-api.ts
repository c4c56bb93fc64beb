/**
 * The engine worker's API: the core engine session (src/core/session/engine-session.ts) adapted to messages. The
 * only thing added here is how answers travel: results holding images or per-cell arrays are transferred, not
 * copied, and the live engine's results go as patches on the ones sent before (core/session/results-versions.ts; the
 * engine client applies them). Plain functions, so Node tests and the in-process test client call them without a worker.
 */
import type { Result } from '../src/core/model/result';
import { createEngineSession, type EngineDependencies } from '../src/core/session/engine-session';
import { answeringWithPatches } from '../src/core/session/results-versions';
import { withTransfer } from '../src/worker-boundary/with-transfer';

/** A successful answer with its arrays transferred; a failure (plain data) as it is. */
function transferred<T extends object>(result: Result<T>): Result<T> {
  return result.ok ? withTransfer(result) : result;
}

/** The session's functions, those answering with pixels or per-cell values marked for transfer. */
export function createEngineApi(dependencies: EngineDependencies) {
  const session = createEngineSession(dependencies);
  return {
    ...session,
    ...answeringWithPatches(session),
    populationRaster: (layer: string) => transferred(session.populationRaster(layer)),
    cellSurface: (...args: Parameters<typeof session.cellSurface>) =>
      transferred(session.cellSurface(...args)),
    coverageMaskFor: (...args: Parameters<typeof session.coverageMaskFor>) =>
      transferred(session.coverageMaskFor(...args)),
    coverageChange: (...args: Parameters<typeof session.coverageChange>) =>
      transferred(session.coverageChange(...args)),
    /** No streets (a facility off the network) travel as plain data: there is no buffer to move. */
    reachedStreets: (...args: Parameters<typeof session.reachedStreets>) => {
      const drawn = session.reachedStreets(...args);
      return drawn.ok && drawn.value.segments.length > 0 ? withTransfer(drawn) : drawn;
    },
    /** An overlay with no class above 0 and no base image holds no pixels, and travels as plain data. */
    overlayImage: (...args: Parameters<typeof session.overlayImage>) => {
      const painted = session.overlayImage(...args);
      return painted.ok && (painted.value.image || painted.value.base) ? withTransfer(painted) : painted;
    },
  };
}

/** What the engine worker exposes; the engine client derives its type from this one. */
export type EngineApi = ReturnType<typeof createEngineApi>;

export type {
  CoverageChangeImage,
  DatasetReplacement,
  DefaultDatasetUrls,
  LoadStage,
  OverlayImage,
  OverlayRequest,
  PopulationRaster,
  ProgressCallback,
} from '../src/core/session/engine-session';
export type { SuggestSitesInput } from '../src/core/session/suggest-session';
export type { SuggestProgress } from '../src/core/suggest/suggest-types';
