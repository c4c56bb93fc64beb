/**
 * The one driver over the running app for Playwright specs. Every spec imports `test` and `expect` from here: the
 * `test` fixture fails any test that sees a console error or an uncaught page error (on every page of its browser
 * context), without the spec asking. `openApp` opens the app and waits for `window.lifecircle.ready`; `pagePoint`
 * and `clickMap` turn a lon/lat into a point on the page.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { Results } from '../src/core/model/results';
import type {} from '../src/ui/automation-hook';

export { expect };

interface ErrorFixtures {
  /** Console errors matching one of these are expected (e.g. the 404 of a deliberately broken basemap URL). */
  allowedConsoleErrors: RegExp[];
  /** Console errors and uncaught page errors seen so far in the test (expected ones excluded). */
  pageErrors: string[];
}

export const test = base.extend<ErrorFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = `${message.text()} (${message.location().url})`;
          if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
        });
        page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'console errors and page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export interface OpenOptions {
  /** Runs before the first navigation (e.g. to preset localStorage). */
  beforeNavigation?: (page: Page) => Promise<void>;
}

/** Page coordinates (CSS pixels from the page's top left) of a lon/lat on the map. */
export async function pagePoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([lon, lat]) => {
    const projected = window.lifecircle.map?.project([lon, lat]);
    return projected ? { x: projected.x, y: projected.y } : null;
  }, lonLat);
  const box = await page.getByTestId('map').boundingBox();
  if (!point || !box) throw new Error('map.project or the map box is not available');
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Clicks the map at a lon/lat. */
export async function clickMap(page: Page, lonLat: [number, number]): Promise<void> {
  const point = await pagePoint(page, lonLat);
  await page.mouse.click(point.x, point.y);
}

/** The automation hook's current results; throws when there are none yet. */
export async function resultsOf(page: Page): Promise<Results> {
  const results = await page.evaluate(() => window.lifecircle.results());
  if (!results) throw new Error('lifecircle.results() returned null');
  return results;
}

/** Waits until the results count `count` facilities. */
export async function waitForFacilityCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.lifecircle.results()?.facilities?.length === n, count);
}

/** Waits until some unit of level `levelId` in the results holds facility floor area (an edit has reached it). */
export async function waitForLevelFacility(page: Page, levelId: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      window.lifecircle
        .results()
        ?.levels?.find((level) => level.id === id)
        ?.units.some((unit) => unit.facilityAreaSquareMeters > 0) === true,
    levelId,
  );
}

export interface AppDriver {
  page: Page;
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
    readyMilliseconds,
    marks,
    waitUntilReady,
    results: () => resultsOf(page),
    districtNames: () => page.getByTestId('district-name').allTextContents(),
    mapIsIdle: () =>
      page.evaluate(() => {
        const map = window.lifecircle.map;
        return map?.loaded() === true && !map.isMoving();
      }),
  };
}
