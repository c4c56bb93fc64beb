// `npm run bench:drag`: the longest main-thread task while a facility is dragged (issue 13: "drag it with no
// main-thread task over 50 ms"), in walking-network mode and, for comparison, straight-line. Builds dist/ (unless
// SKIP_BUILD), serves it with `vite preview` on a free port, and for each mode and run: opens the app in a fresh
// headless Chromium (flags of playwright.config.ts), zooms to a sub-district service centre (1,000 m) placed on the
// Wuchang bank of the Yangtze, switches the mode, then drags it 1.2 km along the bank in STEPS pointer moves while a
// PerformanceObserver records long tasks (> 50 ms). Prints one JSON object. A timing report, not a test.
import { execSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const runs = Number(process.env.RUNS ?? 3);
const steps = Number(process.env.STEPS ?? 60);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STATION = [114.302, 30.572];
/** 1.2 km north-east along the bank (the river runs about 34° east of north here). */
const END = [114.3085, 30.581];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

if (!process.env.SKIP_BUILD) execSync('npx vite build', { stdio: 'ignore' });
const port = await freePort();
const preview = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
);
const url = `http://127.0.0.1:${port}/`;
for (let attempt = 0; ; attempt++) {
  try {
    await fetch(url);
    break;
  } catch {
    if (attempt > 100) throw new Error(`vite preview did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Page point of a lon/lat on the map. */
async function pagePoint(page, lonLat) {
  const point = await page.evaluate(([lon, lat]) => window.lifecircle.map.project([lon, lat]), lonLat);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return { x: box.x + point.x, y: box.y + point.y };
}

async function dragOnce(mode) {
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
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
    });
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
    await page.waitForTimeout(500);
    return await page.evaluate(
      ([dragMs, mode]) => {
        const tasks = window.__longTasks;
        const catchment = window.lifecircle.networkCatchment();
        return {
          mode,
          dragMs,
          longTasks: tasks.length,
          longestTaskMs: Math.round(Math.max(0, ...tasks)),
          tasksOver50Ms: tasks.filter((duration) => duration > 50).length,
          distance: window.lifecircle.results()?.method.distance,
          catchmentSegments: catchment ? catchment.segments.length : null,
        };
      },
      [dragMs, mode],
    );
  } finally {
    await browser.close();
  }
}

const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const mode of ['network', 'great-circle']) samples.push(await dragOnce(mode));
  }
} finally {
  process.kill(-preview.pid);
}
const longest = (mode) => Math.max(0, ...samples.filter((s) => s.mode === mode).map((s) => s.longestTaskMs));
console.log(
  JSON.stringify({
    case: 'drag-facility-network-vs-straight',
    steps,
    runs: samples,
    longestTaskMs: { network: longest('network'), 'great-circle': longest('great-circle') },
  }),
);
