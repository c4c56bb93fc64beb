/**
 * Walking-network mode on Wuhan (issue 13): a sub-district service centre (1,000 m, the 15-minute circle) on the
 * Wuchang bank of the Yangtze. In a straight line its circle reaches across the river into 江汉区; along the streets
 * it does not (the nearest bridge is over 2 km away). Checked through the automation hook's results and the reached
 * streets the map draws, in both languages.
 */
import type { Page } from '@playwright/test';
import type { Results } from '../src/core/model/results';
import { clickMap, expect, openApp, resultsOf, test, waitForFacilityCount } from './driver';

/** On the Wuchang bank at 积玉桥, about 700 m from the river's middle. */
const STATION: [number, number] = [114.302, 30.572];
const TYPE = 'street_service_centre';
/** 江汉区 and 江岸区, across the river from the station. */
const FAR_BANK_DISTRICTS = ['420103', '420102'];
/** Two points on the Yangtze's middle line through central Wuhan, read off the street network's gap. */
const RIVER: [[number, number], [number, number]] = [
  [114.286, 30.56],
  [114.313, 30.6],
];

/** Which side of the river line (lon, lat) is on: the sign of the cross product. */
function sideOfRiver(lon: number, lat: number): number {
  const [[lon0, lat0], [lon1, lat1]] = RIVER;
  return Math.sign((lon1 - lon0) * (lat - lat0) - (lat1 - lat0) * (lon - lon0));
}

function coverage(results: Results): number {
  return results.totals.coverage[TYPE]?.percent ?? Number.NaN;
}

function farBankCovered(results: Results): number {
  return results.districts
    .filter((district) => FAR_BANK_DISTRICTS.includes(district.id))
    .reduce((sum, district) => sum + (district.coverage[TYPE]?.coveredPopulation ?? 0), 0);
}

/** Opens the app, places the station (straight-line) and returns its results. */
async function placeStation(page: Page): Promise<Results> {
  await openApp(page);
  // Zoomed in, a click lands within metres of the station (at the start-up zoom a pixel is about 200 m).
  await page.evaluate(
    ([lon, lat]) => window.lifecircle.map?.jumpTo({ center: [lon, lat], zoom: 14 }),
    STATION,
  );
  await page.waitForFunction(
    () => window.lifecircle.map?.loaded() === true && !window.lifecircle.map.isMoving(),
  );
  await page.getByTestId(`palette-${TYPE}`).click();
  await clickMap(page, STATION);
  await waitForFacilityCount(page, 1);
  return resultsOf(page);
}

async function switchToWalking(page: Page): Promise<Results> {
  await page.waitForFunction(() => window.lifecircle.networkStatus === 'ready', undefined, {
    timeout: 30_000,
  });
  await page.getByTestId('distance-network').click();
  await page.waitForFunction(() => window.lifecircle.results()?.method.distance === 'network');
  return resultsOf(page);
}

for (const [locale, walkingWords] of [
  ['zh-CN', '沿步行路网'],
  ['en', 'along the walking network'],
] as const) {
  test.describe(`walking network (${locale})`, () => {
    test.use({ locale });

    test('switching a riverside station to the walking network lowers its coverage and reaches nobody across the river', async ({
      page,
    }) => {
      const straight = await placeStation(page);
      expect(straight.method.distance).toBe('great-circle');
      expect(farBankCovered(straight)).toBeGreaterThan(0);
      const walking = await switchToWalking(page);
      expect(coverage(walking)).toBeLessThan(coverage(straight));
      expect(coverage(walking)).toBeGreaterThan(0);
      expect(farBankCovered(walking)).toBe(0);
      expect(walking.totals.populationOnNetworkPercent).toBeGreaterThan(0);
      await expect(page.getByTestId('distance-method')).toContainText(walkingWords);
    });

    test('the drawn network catchment follows the streets and stops at the river', async ({ page }) => {
      await placeStation(page);
      await switchToWalking(page);
      const facilityId = (await resultsOf(page)).facilities?.[0]?.id;
      // A placed facility is selected: its reached streets are drawn instead of a disc.
      const catchment = await page.waitForFunction(() => window.lifecircle.networkCatchment());
      const drawn = (await catchment.jsonValue()) as {
        facilityId: string;
        segments: [number, number, number, number][];
      };
      expect(drawn.facilityId).toBe(facilityId);
      expect(drawn.segments.length).toBeGreaterThan(50);
      const bank = sideOfRiver(...STATION);
      const ends = drawn.segments.flatMap(([lon0, lat0, lon1, lat1]) => [
        [lon0, lat0],
        [lon1, lat1],
      ]);
      expect(ends.filter(([lon, lat]) => sideOfRiver(lon as number, lat as number) !== bank)).toEqual([]);
    });
  });
}

test.describe('walking network, one step back', () => {
  test.use({ locale: 'en' });

  test('undo returns the scenario to straight-line in one step', async ({ page }) => {
    const straight = await placeStation(page);
    await switchToWalking(page);
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => window.lifecircle.results()?.method.distance === 'great-circle');
    const back = await resultsOf(page);
    expect(coverage(back)).toBe(coverage(straight));
    expect(back.facilities?.length).toBe(1);
    expect(await page.evaluate(() => window.lifecircle.networkCatchment())).toBeNull();
  });
});

test.describe('walking network beside straight-line', () => {
  test.use({ locale: 'zh-CN' });

  test('compare with straight-line shows the same station in both modes side by side', async ({ page }) => {
    const straight = await placeStation(page);
    const walking = await switchToWalking(page);
    await page.getByTestId('compare-modes').click();
    const panel = page.getByTestId('compare-panel');
    await expect(panel).toHaveAttribute('data-status', 'ready');
    await expect(panel.getByTestId('compare-before').locator('option:checked')).toContainText('直线距离');
    await expect(panel.getByTestId('compare-after').locator('option:checked')).not.toContainText('直线距离');
    await expect(page.getByTestId('compare-before-distance')).toHaveText('直线距离');
    await expect(page.getByTestId('compare-after-distance')).toHaveText('步行路网');
    // "straight-line says 0.2%, walking 0.1%": both figures of the same facilities, never mixed in one.
    const line = page.getByTestId('compare-modes-line');
    await expect(line).toContainText(`直线距离 ${coverage(straight).toFixed(1)}%`);
    await expect(line).toContainText(`步行路网 ${coverage(walking).toFixed(1)}%`);
    // The active scenario stays the walking one.
    expect(coverage(await resultsOf(page))).toBe(coverage(walking));
    expect(coverage(walking)).toBeLessThan(coverage(straight));
  });
});
