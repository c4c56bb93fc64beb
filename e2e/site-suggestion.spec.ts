/**
 * Site suggestion in the app (issue 14, "Done when"): on Wuhan, 20 community service stations for the estimated
 * population become a new scenario whose figures are the engine's `results()`; the curve is drawn; undo removes the
 * scenario; Cancel during a run leaves everything as it was. Both languages; one behaviour per test.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, resultsOf, test, waitForFacilityCount } from './driver';

const TYPE = 'community_service_station';
const RUN_TIMEOUT = 120_000;

interface Answer {
  sites: number;
  coveredBefore: number;
  coveredAfter: number;
  total: number;
  scenarioId: string;
  milliseconds: number;
}

async function openPanel(page: Page): Promise<void> {
  await openApp(page);
  await page.getByTestId('suggest-panel').locator('summary').first().click();
  await expect(page.getByTestId('suggest-type')).toHaveValue(TYPE);
}

/** Runs the default suggestion (20 community service stations, k sites) and reads the answer's figures. */
async function suggestTwenty(page: Page): Promise<Answer> {
  await openPanel(page);
  await expect(page.getByTestId('suggest-count')).toHaveValue('20');
  await page.getByTestId('suggest-run').click();
  const answer = page.getByTestId('suggest-answer');
  await expect(answer).toHaveAttribute('data-sites', '20', { timeout: RUN_TIMEOUT });
  await waitForFacilityCount(page, 20);
  const read = async (name: string) => (await answer.getAttribute(`data-${name}`)) ?? '';
  return {
    sites: Number(await read('sites')),
    coveredBefore: Number(await read('covered-before')),
    coveredAfter: Number(await read('covered-after')),
    total: Number(await read('total')),
    scenarioId: await read('scenario-id'),
    milliseconds: Number(await read('milliseconds')),
  };
}

for (const [locale, scenarioName] of [
  ['zh-CN', '20 × 社区服务站（最大覆盖）'],
  ['en', '20 × Community service station (max coverage)'],
] as const) {
  test.describe(`site suggestion (${locale})`, () => {
    test.use({ locale });
    test.setTimeout(240_000);

    test('20 stations become a new scenario of proposed stations whose figures are results()', async ({
      page,
    }) => {
      const answer = await suggestTwenty(page);
      test.info().annotations.push({ type: 'suggest-ms', description: String(answer.milliseconds) });
      await expect(page.getByRole('tab')).toHaveCount(2);
      await expect(page.getByTestId(`scenario-tab-${answer.scenarioId}`)).toContainText(scenarioName);
      const sites = page.getByTestId('suggest-site');
      await expect(sites).toHaveCount(20);
      const rows = await sites.evaluateAll((items) =>
        items.map((item) => ({
          status: item.getAttribute('data-status'),
          added: Number(item.getAttribute('data-added')),
        })),
      );
      expect(rows.every((row) => row.status === 'proposed')).toBe(true);
      // Each site's added population is rounded to a person: their sum is the gain within 20 persons.
      const gain = answer.coveredAfter - answer.coveredBefore;
      expect(Math.abs(rows.reduce((sum, row) => sum + row.added, 0) - gain)).toBeLessThanOrEqual(10);
      // The scenario on screen is the new one, and the engine's own figures equal the suggestion's.
      const results = await resultsOf(page);
      expect(results.facilities?.length).toBe(20);
      expect(results.method.layer).toBe('total');
      const covered = results.totals.coverage[TYPE]?.coveredPopulation ?? Number.NaN;
      expect(Math.abs(covered - answer.coveredAfter)).toBeLessThan(1);
      const percent = results.totals.coverage[TYPE]?.percent ?? Number.NaN;
      expect(percent).toBeCloseTo((100 * answer.coveredAfter) / answer.total, 3);
      // …and it opens in the compare view against the scenario it came from.
      await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-status', 'ready');
    });

    test('the coverage curve is drawn, one point per site count', async ({ page }) => {
      const answer = await suggestTwenty(page);
      const points = page.getByTestId('suggest-curve-point');
      await expect(points).toHaveCount(21);
      const percents = (await points.evaluateAll((items) =>
        items.map((item) => Number(item.getAttribute('data-percent'))),
      )) as number[];
      expect(percents).toEqual([...percents].sort((a, b) => a - b));
      expect(percents.at(-1)).toBeCloseTo((100 * answer.coveredAfter) / answer.total, 3);
      await expect(page.getByTestId('suggest-curve-line')).toHaveAttribute(
        'd',
        /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){20}$/,
      );
    });

    test('undo removes the suggested scenario', async ({ page }) => {
      await suggestTwenty(page);
      await page.getByTestId('compare-close').click();
      await page.getByTestId('undo').click();
      await expect(page.getByRole('tab')).toHaveCount(1);
      await waitForFacilityCount(page, 0);
    });

    test('Cancel during a run leaves everything as it was', async ({ page }) => {
      await openPanel(page);
      const before = await resultsOf(page);
      // A target of 99% needs thousands of sites: long enough to cancel mid-run.
      await page.getByTestId('suggest-objective-target-coverage').check();
      await page.getByTestId('suggest-target').fill('99');
      await page.getByTestId('suggest-run').click();
      await expect(page.getByTestId('suggest-progress')).toBeVisible();
      await page.getByTestId('suggest-cancel').click();
      await expect(page.getByTestId('suggest-run')).toBeEnabled({ timeout: 30_000 });
      await expect(page.getByTestId('suggest-answer')).toHaveCount(0);
      await expect(page.getByTestId('suggest-error')).toHaveCount(0);
      await expect(page.getByRole('tab')).toHaveCount(1);
      await expect(page.getByTestId('notice')).toHaveCount(0);
      // The restarted worker has the dataset again and gives the same figures.
      await page.waitForFunction(() => window.lifecircle.networkStatus !== 'loading', undefined, {
        timeout: 60_000,
      });
      expect(await resultsOf(page)).toEqual(before);
      // …and suggests again.
      await page.getByTestId('suggest-objective-count').check();
      await page.getByTestId('suggest-count').fill('3');
      await page.getByTestId('suggest-run').click();
      await expect(page.getByTestId('suggest-answer')).toHaveAttribute('data-sites', '3', {
        timeout: RUN_TIMEOUT,
      });
    });
  });
}

test.describe('site suggestion with the planner’s candidate points (en)', () => {
  test.use({ locale: 'en' });
  test.setTimeout(240_000);

  test('a points file gives the candidates, and HiGHS solves the small instance exactly in the worker', async ({
    page,
  }) => {
    await openPanel(page);
    // 7 × 7 points 0.015° apart over central Wuhan (both banks of the Yangtze).
    const features = [];
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 7; j++) {
        const coordinates = [114.25 + 0.015 * i, 30.52 + 0.015 * j];
        features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } });
      }
    }
    await page.getByTestId('suggest-candidates-file').setInputFiles({
      name: 'sites.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
    });
    await expect(page.getByTestId('suggest-candidates')).toContainText('sites.geojson: 49 candidate points');
    await page.getByTestId('suggest-count').fill('5');
    await page.getByTestId('suggest-run').click();
    await expect(page.getByTestId('suggest-answer')).toHaveAttribute('data-sites', '5', {
      timeout: RUN_TIMEOUT,
    });
    await expect(page.getByTestId('suggest-exact')).toHaveAttribute('data-status', 'optimal');
    await expect(page.getByTestId('suggest-exact')).toContainText('Optimum');
    // Every suggested station stands on one of the 49 points.
    const results = await resultsOf(page);
    expect(results.facilities?.length).toBe(5);
  });
});
