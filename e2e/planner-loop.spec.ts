import type { Page } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import { expect, openApp, pagePoint, test } from './driver';

/** A point well inside 江汉区 (about 2.6 km from its boundary's vertices). */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];
const STATION_FLOOR_AREA_SQUARE_METERS = 600;

test.use({ locale: 'zh-CN' });

async function jianghan(page: Page): Promise<DistrictResult> {
  const district = await page.evaluate(
    () => window.lifecircle.results()?.districts.find((d) => d.name === '江汉区') ?? null,
  );
  if (!district) throw new Error('江汉区 is not in the results');
  return district;
}

async function tableValue(page: Page, districtId: string): Promise<number> {
  const value = await page.getByTestId(`area-per-100-${districtId}`).getAttribute('data-value');
  return Number(value);
}

async function waitForArea(page: Page, floorAreaSquareMeters: number) {
  await page.waitForFunction(
    (area) =>
      window.lifecircle.results()?.districts.find((d) => d.name === '江汉区')?.facilityAreaSquareMeters ===
      area,
    floorAreaSquareMeters,
  );
}

test('place a community service station in 江汉区, see its m² per 100 households, undo and redo', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await expect(page.getByTestId('empty-hint')).toBeVisible();
  const before = await jianghan(page);
  expect(before.facilityAreaSquareMeters).toBe(0);
  expect(await tableValue(page, before.id)).toBe(before.areaPer100Households);
  await expect(page.getByTestId(`area-pass-${before.id}`)).toHaveAttribute('data-pass', 'false');
  // National 2021–2025 guidance, the default rule set: ≥ 30 m² per 100 households.
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 30');

  await page.getByTestId('palette-community_service_station').click();
  await expect(page.getByTestId('palette-community_service_station')).toHaveAttribute('aria-pressed', 'true');
  const point = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(point.x, point.y);
  await waitForArea(page, STATION_FLOOR_AREA_SQUARE_METERS);

  const after = await jianghan(page);
  const expectedChange = (STATION_FLOOR_AREA_SQUARE_METERS * 100) / after.households;
  expect(after.households).toBe(before.households);
  expect(after.areaPer100Households - before.areaPer100Households).toBeCloseTo(expectedChange, 9);
  await expect.poll(() => tableValue(page, after.id)).toBe(after.areaPer100Households);
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);
  await expect(page.getByTestId('selected-facility')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('planner-loop-zh-CN.png') });

  await page.getByTestId('undo').click();
  await waitForArea(page, 0);
  await expect.poll(() => tableValue(page, before.id)).toBe(before.areaPer100Households);
  expect((await jianghan(page)).areaPer100Households).toBe(before.areaPer100Households);

  await page.keyboard.press('Control+Shift+Z');
  await waitForArea(page, STATION_FLOOR_AREA_SQUARE_METERS);
  await expect.poll(() => tableValue(page, after.id)).toBe(after.areaPer100Households);
  await page.keyboard.press('Control+z');
  await waitForArea(page, 0);
  await expect.poll(() => tableValue(page, before.id)).toBe(before.areaPer100Households);

  await page.keyboard.press('Control+y');
  await waitForArea(page, STATION_FLOOR_AREA_SQUARE_METERS);
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('columnheader', { name: /m² per 100 households/ })).toBeVisible();
  await expect(page.getByTestId('palette-community_service_station')).toHaveText(/Community service station/);
  await page.screenshot({ path: testInfo.outputPath('planner-loop-en.png') });
  // After undo/redo nothing is selected: a click on the station selects it (and places nothing), Delete removes it.
  await expect(page.getByTestId('selected-facility')).toHaveCount(0);
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('selected-facility')).toContainText('社区服务站 1');
  expect((await jianghan(page)).facilityAreaSquareMeters).toBe(STATION_FLOOR_AREA_SQUARE_METERS);
  await page.keyboard.press('Delete');
  await waitForArea(page, 0);
  await expect(page.getByTestId('empty-hint')).toBeVisible();
});
