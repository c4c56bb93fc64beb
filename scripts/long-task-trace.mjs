// What a page's long tasks were made of, from a Chrome trace (categories toplevel, devtools.timeline,
// disabled-by-default-devtools.timeline, v8.execute): for every task of the renderer's main thread over 50 ms, its
// duration and the events inside it (function calls by name and script, event dispatches by type, rAF, layout,
// paint, GC), nested, at least 2 ms each. Used by bench-drag.mjs with TRACE=<directory>.

const LONG_TASK_MS = 50;
const PART_MS = 2;

/** One line saying what an event was: its name, and the function, script line, event type or timer it ran. */
function describeEvent(event) {
  const data = event.args?.data ?? {};
  const script = data.url ? `${data.url.split('/').at(-1)}:${data.lineNumber ?? '?'}` : '';
  const detail = [
    data.functionName,
    script,
    data.type,
    data.timerId === undefined ? '' : `timer ${data.timerId}`,
  ]
    .filter(Boolean)
    .join(' ');
  return detail ? `${event.name} (${detail})` : event.name;
}

/**
 * The events (sorted by start) inside the span [start, end] of a parent, nested, keeping those of PART_MS or more.
 * An event spanning exactly its parent (a task runner wrapping the task) is looked through, not listed.
 */
function nest(events, start, end, depth) {
  const parts = [];
  let cursor = start;
  for (const event of events) {
    if (event.ts >= end) break;
    if (event.ts < cursor || event.ts + event.dur > end || event.dur / 1000 < PART_MS) continue;
    if (event.ts === start && event.ts + event.dur === end) continue;
    const inner = depth < 4 ? nest(events, event.ts, event.ts + event.dur, depth + 1) : [];
    parts.push({
      what: describeEvent(event),
      ms: Math.round(event.dur / 100) / 10,
      ...(inner.length ? { parts: inner } : {}),
    });
    cursor = event.ts + event.dur;
  }
  return parts;
}

/** The long tasks of the renderer's main thread in a trace, each with what it was made of. */
export function summariseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const complete = events
    .filter(
      (event) => event.ph === 'X' && event.dur !== undefined && mainThreads.has(`${event.pid}:${event.tid}`),
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = complete.filter(
    (event) =>
      (event.name === 'RunTask' || event.name.endsWith('::RunTask')) && event.dur / 1000 > LONG_TASK_MS,
  );
  // A task runner's RunTask and the task it runs are two events of (nearly) one span: keep the outer one.
  let end = Number.NEGATIVE_INFINITY;
  const distinct = tasks.filter((task) => {
    if (task.ts < end) return false;
    end = task.ts + task.dur;
    return true;
  });
  return distinct.map((task) => {
    const inside = complete.filter(
      (event) => event !== task && event.ts >= task.ts && event.ts < task.ts + task.dur,
    );
    return { ms: Math.round(task.dur / 1000), parts: nest(inside, task.ts, task.ts + task.dur, 0) };
  });
}
