// What the browser benchmarks (bench-startup.mjs, bench-drag.mjs) share: build dist/ (unless SKIP_BUILD), serve it
// with `vite preview` on a free port, and launch Debian's Chromium with the flags of playwright.config.ts. Run them
// under `flock /tmp/lifecircle-e2e.lock`: e2e and other benchmarks build into the same dist/.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A TCP port free at the time of asking (the OS picks it). */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Builds dist/ unless SKIP_BUILD is set, starts `vite preview` on a free port and waits until it answers. DIST names
 * another built directory to serve instead, unbuilt (to compare two builds in alternating runs).
 * Returns its URL and `stop()`, which ends the preview server's process group.
 */
export async function startPreview() {
  const outDirectory = process.env.DIST;
  if (!process.env.SKIP_BUILD && !outDirectory) execSync('npx vite build', { stdio: 'ignore' });
  const port = await freePort();
  const preview = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(outDirectory ? ['--outDir', outDirectory] : []),
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(url);
      break;
    } catch {
      if (attempt > 100) {
        process.kill(-preview.pid);
        throw new Error(`vite preview did not start on ${url}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url, stop: () => process.kill(-preview.pid) };
}

/** A fresh headless Chromium with the software-WebGL flags the e2e tests use. */
export function launchChromium() {
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
    ],
  });
}

/** Records every long task (> 50 ms) of the page in `window.__longTasks` from its first script on. */
export function observeLongTasks(page) {
  return page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * CPU time so far of every Chromium process on this machine (hence the lock above), ms, summed by process type (`gpu-process`, `renderer`,
 * `browser`, …) from /proc (Linux; null elsewhere). Two readings around a drag say what each process spent on it:
 * with software WebGL the GPU process's share is the map's drawing.
 */
export function chromiumCpuMs() {
  if (!existsSync('/proc/self/stat')) return null;
  const ticksPerMs = 100 / 1000;
  const byType = {};
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('chrom')) continue;
      const type = /--type=([a-z-]+)/.exec(command)?.[1] ?? 'browser';
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      byType[type] = (byType[type] ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    } catch {
      // The process ended while being read.
    }
  }
  return byType;
}
