// `npm run bench:startup`: how long the built app takes from navigation to `window.lifecircle.ready` (issue 2:
// "ready within 3 s of page load"), in fresh headless Chromium profiles with the flags of playwright.config.ts.
// Builds dist/, serves it with `vite preview` on a free port, loads it RUNS times (default 5), and prints one JSON
// object: per-run page marks (lifecircle:* performance marks, ms since navigation) and the longest main-thread
// task, then the median. A timing report, not a test: the machine's load changes it.
import { launchChromium, observeLongTasks, startPreview } from './bench-server.mjs';

const runs = Number(process.env.RUNS ?? 5);
const { url, stop } = await startPreview();

const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await observeLongTasks(page);
    await page.goto(url);
    await page.waitForFunction(() => window.lifecircle?.ready === true, null, {
      timeout: 60_000,
      polling: 20,
    });
    samples.push(
      await page.evaluate(() => ({
        ...Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((mark) => mark.name.startsWith('lifecircle:'))
            .map((mark) => [mark.name.slice('lifecircle:'.length), Math.round(mark.startTime)]),
        ),
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
      })),
    );
    await browser.close();
  }
} finally {
  stop();
}
const readies = samples.map((sample) => sample.ready).sort((a, b) => a - b);
console.log(
  JSON.stringify({
    case: 'startup-navigation-to-ready',
    runs: samples,
    readyMs: { median: readies[Math.floor(readies.length / 2)], min: readies[0], max: readies.at(-1) },
  }),
);
