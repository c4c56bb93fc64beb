/**
 * How the live engine's results travel (issue 12/13): the worker side numbers every `Results` it sends and sends a
 * patch on the previous one (results-patch.ts) once there is one; the receiving side applies a patch only onto the
 * exact results it was made from (`baseVersion` equal to the version it holds), and otherwise asks for the results in
 * full. Messages between a worker and its page arrive in order and none is lost while both live, so the versions
 * differ only when an answer failed to arrive (a message that could not be read); a restarted worker starts a new
 * sender and the page a new receiver, so versions of two workers never meet. The second (compare) engine's results
 * are not sent this way: they alternate between scenarios, and a patch would seldom be smaller.
 */
import { ok, type Result } from '../model/result';
import type { Results } from '../model/results';
import { applyResultsPatch, type ResultsPatch, resultsPatch } from './results-patch';

/** Results as sent: in full, or as a patch on the results of version `baseVersion`. */
export type ResultsAnswer =
  | { version: number; full: Results }
  | { version: number; baseVersion: number; patch: ResultsPatch };

/** The session's calls whose answer is the live engine's results, sent as {@link ResultsAnswer}s. */
export const RESULTS_CALLS = [
  'results',
  'setFacilities',
  'setScenario',
  'addFacility',
  'moveFacility',
  'updateFacility',
  'removeFacility',
] as const;

/** The name of one of {@link RESULTS_CALLS}. */
export type ResultsCall = (typeof RESULTS_CALLS)[number];

/**
 * The sending side: `send` numbers a successful answer and makes it a patch on the last one sent (`inFull`: the
 * whole results, as after a version mismatch); a failure passes unchanged and does not count.
 */
export function createResultsSender() {
  let version = 0;
  let sent: Results | undefined;
  return {
    send(answer: Result<Results>, inFull = false): Result<ResultsAnswer> {
      if (!answer.ok) return answer;
      const base = sent;
      sent = answer.value;
      version++;
      return ok(
        base && !inFull
          ? { version, baseVersion: version - 1, patch: resultsPatch(base, answer.value) }
          : { version, full: answer.value },
      );
    },
  };
}

type ResultsSession = { [Name in ResultsCall]: (...args: never[]) => Result<Results> };

/** {@link RESULTS_CALLS} of `Session` answering {@link ResultsAnswer}s, and `resultsInFull`. */
export type ResultsAnswering<Session extends ResultsSession> = {
  [Name in ResultsCall]: (...args: Parameters<Session[Name]>) => Result<ResultsAnswer>;
} & {
  /** The live engine's results in full, the base of the next patch (asked for after a version mismatch). */
  resultsInFull(): Result<ResultsAnswer>;
};

/** `session`'s {@link RESULTS_CALLS} with their answers numbered and patched by one sender. */
export function answeringWithPatches<Session extends ResultsSession>(
  session: Session,
): ResultsAnswering<Session> {
  const sender = createResultsSender();
  const calls: Record<string, unknown> = {
    resultsInFull: () => sender.send(session.results(), true),
  };
  for (const name of RESULTS_CALLS) {
    const call = session[name] as (...args: unknown[]) => Result<Results>;
    calls[name] = (...args: unknown[]) => sender.send(call(...args));
  }
  return calls as ResultsAnswering<Session>;
}

/**
 * The receiving side, one per sender: `receive` turns every answer of the sender, in the order they arrive, into
 * results. A patch on the version held is applied; an answer older than the results held (one that was in flight
 * while the results were asked for in full) answers the newer results held; any other mismatch asks `requestFull`
 * and answers its results. So a mismatch yields the sender's newest results, never a patch on the wrong base. Every
 * answer must be received, those a caller will ignore as stale too, or the versions fall out of step (and cost a
 * full copy).
 */
export function createResultsReceiver(requestFull: () => Promise<Result<ResultsAnswer>>) {
  let version = 0;
  let held: Results | undefined;
  /** The answers in arrival order: one waiting for a full copy holds back those after it. */
  let queue: Promise<unknown> = Promise.resolve();

  const take = (answer: ResultsAnswer): Results | undefined => {
    if ('full' in answer) {
      held = answer.full;
      version = answer.version;
      return held;
    }
    if (held && answer.baseVersion === version) {
      const applied = applyResultsPatch(held, answer.patch);
      if (applied) {
        held = applied;
        version = answer.version;
        return applied;
      }
    }
    return held && answer.version <= version ? held : undefined;
  };

  const receive = async (answer: Result<ResultsAnswer>): Promise<Result<Results>> => {
    if (!answer.ok) return answer;
    const taken = take(answer.value);
    if (taken) return ok(taken);
    const full = await requestFull();
    if (!full.ok) return full;
    return ok(take(full.value) as Results);
  };

  return {
    receive(answer: Result<ResultsAnswer>): Promise<Result<Results>> {
      const received = queue.then(() => receive(answer));
      queue = received.catch(() => {});
      return received;
    },
  };
}
