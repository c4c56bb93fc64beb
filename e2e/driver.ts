/**
 * A small driver over the running app for Playwright specs: opens it, waits for `window.lifecircle.ready`,
 * collects console and page errors, and reads the panel and the automation hook.
 */
import type { Page } from '@playwright/test';
import type { Results } from '../src/core/model/results';
import type {} from '../src/ui/automation-hook';

export interface OpenOptions {
  /** Console errors matching one of these are expected (e.g. the 404 of a deliberately broken basemap URL). */
  allowedConsoleErrors?: RegExp[];
  /** Runs before the first navigation (e.g. to preset localStorage). */
  beforeNavigation?: (page: Page) => Promise<void>;
}

export interface AppDriver {
  page: Page;
  /** Console errors and uncaught page errors seen so far (expected ones excluded). */
  errors: string[];
  /** Navigation start → `lifecircle:ready` mark, milliseconds, by the page's clock. */
  readyMilliseconds: number;
  /** Every `lifecircle:*` mark (start, dataset-loaded, raster-received, ready), ms since navigation start. */
  marks: Record<string, number>;
  waitUntilReady(): Promise<void>;
  results(): Promise<Results>;
  districtNames(): Promise<string[]>;
  mapIsIdle(): Promise<boolean>;
}

export async function openApp(page: Page, options: OpenOptions = {}): Promise<AppDriver> {
  const errors: string[] = [];
  const allowed = options.allowedConsoleErrors ?? [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = `${message.text()} (${message.location().url})`;
    if (!allowed.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await options.beforeNavigation?.(page);
  await page.goto('/');
  const waitUntilReady = async () => {
    await page.waitForFunction(() => window.lifecircle?.ready === true, undefined, { timeout: 30_000 });
  };
  await waitUntilReady();
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('lifecircle:'))
        .map((mark) => [mark.name.slice('lifecircle:'.length), Math.round(mark.startTime)]),
    ),
  );
  const readyMilliseconds = marks.ready ?? Number.NaN;
  return {
    page,
    errors,
    readyMilliseconds,
    marks,
    waitUntilReady,
    results: async () => {
      const results = await page.evaluate(() => window.lifecircle.results());
      if (!results) throw new Error('lifecircle.results() returned null');
      return results;
    },
    districtNames: () => page.getByTestId('district-name').allTextContents(),
    mapIsIdle: () =>
      page.evaluate(() => {
        const map = window.lifecircle.map;
        return map?.loaded() === true && !map.isMoving();
      }),
  };
}
