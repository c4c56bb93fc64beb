// `npm run bench:drag`: the longest main-thread task while a facility is dragged (issue 13: "drag it with no
// main-thread task over 50 ms"), in walking-network mode and, for comparison, straight-line. Builds dist/ (unless
// SKIP_BUILD; DIST=<dir> serves another build), serves it with `vite preview` on a free port, and for each run and
// mode (MODES, default network,great-circle): opens the app in a fresh headless Chromium (flags of
// playwright.config.ts), zooms to a sub-district service centre (1,000 m) placed on the Wuchang bank of the Yangtze,
// switches the mode, then drags it 1.2 km along the bank in STEPS pointer moves while a PerformanceObserver records
// long tasks (> 50 ms), a requestAnimationFrame loop counts frames and the map's render events count the frames the
// map drew. Prints one JSON line per drag, then one per mode over the RUNS runs:
// {"case":"drag","mode",…,"longestTaskMs","tasksOver50ms","frames","mapFrames"}. TRACE=<dir> also writes a Chrome
// trace per drag and lists what each long task was made of (long-task-trace.mjs). On Linux each drag line also has
// `cpuMs`: the CPU time Chromium's processes spent during the drag, by process type (the GPU process draws the
// map). A timing report, not a test: run it under `flock /tmp/lifecircle-e2e.lock` and say the machine's load with
// its figures.
import { writeFileSync } from 'node:fs';
import { chromiumCpuMs, launchChromium, observeLongTasks, startPreview } from './bench-server.mjs';
import { summariseTrace } from './long-task-trace.mjs';

const runs = Number(process.env.RUNS ?? 3);
const steps = Number(process.env.STEPS ?? 60);
const modes = (process.env.MODES ?? 'network,great-circle').split(',');
/** A directory: write one Chrome trace per drag there and print what each long task was made of. */
const traceDirectory = process.env.TRACE;
const STATION = [114.302, 30.572];
/** 1.2 km north-east along the bank (the river runs about 34° east of north here). */
const END = [114.3085, 30.581];

const { url, stop } = await startPreview();

/** Page point of a lon/lat on the map. */
async function pagePoint(page, lonLat) {
  const point = await page.evaluate(([lon, lat]) => window.lifecircle.map.project([lon, lat]), lonLat);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return { x: box.x + point.x, y: box.y + point.y };
}

async function dragOnce(mode, run) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await observeLongTasks(page);
    await page.goto(url);
    await page.waitForFunction(() => window.lifecircle?.ready === true, null, { timeout: 60_000 });
    await page.evaluate(
      ([lon, lat]) => window.lifecircle.map.jumpTo({ center: [lon, lat], zoom: 14 }),
      STATION,
    );
    await page.waitForFunction(() => window.lifecircle.map.loaded() && !window.lifecircle.map.isMoving());
    await page.locator('[data-testid="palette-street_service_centre"]').click();
    const start = await pagePoint(page, STATION);
    await page.mouse.click(start.x, start.y);
    await page.waitForFunction(() => window.lifecircle.results()?.facilities?.length === 1);
    await page.waitForFunction(() => window.lifecircle.networkStatus === 'ready', null, { timeout: 60_000 });
    if (mode === 'network') {
      await page.locator('[data-testid="distance-network"]').click();
      await page.waitForFunction(() => window.lifecircle.results()?.method.distance === 'network');
      await page.waitForFunction(() => (window.lifecircle.networkCatchment()?.segments.length ?? 0) > 0);
    }
    const end = await pagePoint(page, END);
    // Let the switch's own work finish, then count only the drag.
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__longTasks = [];
      // Animation frames during the drag: how many, and the longest gap between two.
      window.__frames = [];
      const frame = (time) => {
        window.__frames.push(time);
        if (window.__frames !== undefined) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      // Frames the map drew (each a full MapLibre + deck.gl render, the GPU's main cost).
      window.__mapFrames = 0;
      window.lifecircle.map.on('render', () => {
        window.__mapFrames += 1;
      });
    });
    if (traceDirectory) {
      await browser.startTracing(page, {
        categories: (
          process.env.TRACE_CATEGORIES ??
          'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute'
        ).split(','),
      });
    }
    const cpuBefore = chromiumCpuMs();
    const began = Date.now();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= steps; step++) {
      const t = step / steps;
      await page.mouse.move(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t);
      // About one pointer move per frame, as a hand would give.
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    const dragMs = Date.now() - began;
    const cpuAfter = chromiumCpuMs();
    await page.waitForTimeout(500);
    const sample = await page.evaluate(
      ([dragMs, mode]) => {
        const tasks = window.__longTasks;
        const frames = window.__frames;
        window.__frames = undefined;
        const gaps = frames.slice(1).map((time, index) => time - frames[index]);
        const catchment = window.lifecircle.networkCatchment();
        return {
          case: 'drag',
          mode,
          longestTaskMs: Math.round(Math.max(0, ...tasks)),
          tasksOver50ms: tasks.filter((duration) => duration > 50).length,
          /** Total blocking time: the sum of every long task's part over 50 ms. */
          blockingMs: Math.round(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0)),
          frames: frames.length,
          mapFrames: window.__mapFrames,
          longestFrameGapMs: Math.round(Math.max(0, ...gaps)),
          dragMs,
          distance: window.lifecircle.results()?.method.distance,
          catchmentSegments: catchment ? catchment.segments.length : null,
        };
      },
      [dragMs, mode],
    );
    if (cpuBefore && cpuAfter) {
      sample.cpuMs = Object.fromEntries(
        Object.keys(cpuAfter).map((type) => [type, Math.round(cpuAfter[type] - (cpuBefore[type] ?? 0))]),
      );
    }
    if (traceDirectory) {
      const trace = JSON.parse((await browser.stopTracing()).toString());
      writeFileSync(`${traceDirectory}/drag-${mode}-${run}.json`, JSON.stringify(trace));
      sample.longTaskParts = summariseTrace(trace);
    }
    return sample;
  } finally {
    await browser.close();
  }
}

const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const mode of modes) {
      const sample = await dragOnce(mode, run);
      samples.push(sample);
      console.log(JSON.stringify(sample));
    }
  }
} finally {
  stop();
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const mode of modes) {
  const mine = samples.filter((sample) => sample.mode === mode);
  console.log(
    JSON.stringify({
      case: 'drag',
      mode,
      runs: mine.length,
      steps,
      longestTaskMs: Math.max(...mine.map((sample) => sample.longestTaskMs)),
      longestTaskMedianMs: median(mine.map((sample) => sample.longestTaskMs)),
      tasksOver50ms: mine.reduce((sum, sample) => sum + sample.tasksOver50ms, 0),
      blockingMsMedian: median(mine.map((sample) => sample.blockingMs)),
      frames: median(mine.map((sample) => sample.frames)),
      mapFrames: median(mine.map((sample) => sample.mapFrames)),
    }),
  );
}
