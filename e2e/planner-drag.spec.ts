import type { Page } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import { expect, openApp, pagePoint, test } from './driver';

/** Well inside 江汉区, and inside 江岸区; the straight line between them crosses from one into the other. */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];
const JIANGAN_LON_LAT: [number, number] = [114.3, 30.63];
const STATION_FLOOR_AREA_SQUARE_METERS = 600;
const DRAG_MILLISECONDS = 2000;

test.use({ locale: 'zh-CN' });

async function district(page: Page, name: string): Promise<DistrictResult> {
  const found = await page.evaluate(
    (wanted) => window.lifecircle.results()?.districts.find((d) => d.name === wanted) ?? null,
    name,
  );
  if (!found) throw new Error(`${name} is not in the results`);
  return found;
}

async function tableValue(page: Page, districtId: string): Promise<number> {
  return Number(await page.getByTestId(`area-per-100-${districtId}`).getAttribute('data-value'));
}

async function waitForAreas(page: Page, jianghanSquareMeters: number, jianganSquareMeters: number) {
  await page.waitForFunction(
    ([jianghan, jiangan]) => {
      const districts = window.lifecircle.results()?.districts ?? [];
      const area = (name: string) => districts.find((d) => d.name === name)?.facilityAreaSquareMeters;
      return area('江汉区') === jianghan && area('江岸区') === jiangan;
    },
    [jianghanSquareMeters, jianganSquareMeters],
  );
}

async function mapCenter(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const center = window.lifecircle.map?.getCenter();
    return [center?.lng ?? Number.NaN, center?.lat ?? Number.NaN] as [number, number];
  });
}

test('drag a station from 江汉区 into 江岸区: live figures, one undo step, restored after reload', async ({
  page,
}, testInfo) => {
  const app = await openApp(page);
  const jianghanBefore = await district(page, '江汉区');
  const jianganBefore = await district(page, '江岸区');

  const start = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(start.x, start.y);
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  const placed = await district(page, '江汉区');
  await expect.poll(() => tableValue(page, placed.id)).toBe(placed.areaPer100Households);
  expect(placed.areaPer100Households - jianghanBefore.areaPer100Households).toBeCloseTo(
    (STATION_FLOOR_AREA_SQUARE_METERS * 100) / placed.households,
    9,
  );

  // Drag along the straight line into 江岸区 for two seconds, moving the mouse about once per frame.
  const end = await pagePoint(page, JIANGAN_LON_LAT);
  const centerBefore = await mapCenter(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  for (;;) {
    const fraction = Math.min(1, (Date.now() - began) / DRAG_MILLISECONDS);
    await page.mouse.move(start.x + (end.x - start.x) * fraction, start.y + (end.y - start.y) * fraction);
    if (fraction === 1) break;
    await page.waitForTimeout(16);
  }
  // Before the release the figures already follow the pointer (previews; nothing committed yet).
  await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
  await page.mouse.up();
  expect(await mapCenter(page)).toEqual(centerBefore);

  await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
  const jianghanAfter = await district(page, '江汉区');
  const jianganAfter = await district(page, '江岸区');
  expect(jianghanAfter.areaPer100Households).toBe(jianghanBefore.areaPer100Households);
  expect(jianganAfter.areaPer100Households - jianganBefore.areaPer100Households).toBeCloseTo(
    (STATION_FLOOR_AREA_SQUARE_METERS * 100) / jianganAfter.households,
    9,
  );
  await expect.poll(() => tableValue(page, jianganAfter.id)).toBe(jianganAfter.areaPer100Households);
  await expect.poll(() => tableValue(page, jianghanAfter.id)).toBe(jianghanAfter.areaPer100Households);

  // One undo puts the station back in 江汉区 (the drag was one step), the second removes it.
  await page.getByTestId('undo').click();
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  await expect.poll(() => tableValue(page, placed.id)).toBe(placed.areaPer100Households);
  await page.getByTestId('undo').click();
  await waitForAreas(page, 0, 0);
  await expect.poll(() => tableValue(page, jianghanBefore.id)).toBe(jianghanBefore.areaPer100Households);
  await expect.poll(() => tableValue(page, jianganBefore.id)).toBe(jianganBefore.areaPer100Households);

  // Redo both, then reload: the scenario comes back from IndexedDB.
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
  await page.reload();
  await app.waitUntilReady();
  await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
  await expect.poll(() => tableValue(page, jianganAfter.id)).toBe(jianganAfter.areaPer100Households);
  await expect(page.getByTestId('empty-hint')).toHaveCount(0);

  // Select it and edit: the floor area becomes 800 m² (one command); a negative area is refused in the field.
  const restored = await pagePoint(page, JIANGAN_LON_LAT);
  await page.mouse.click(restored.x, restored.y);
  await expect(page.getByTestId('facility-editor')).toBeVisible();
  // The click selected the restored station; it placed nothing.
  expect(await page.evaluate(() => window.lifecircle.results()?.totals.facilityCount)).toBe(1);
  await expect(page.getByTestId('editor-radiusMinutes')).toHaveValue('5');
  await page.getByTestId('editor-floorArea').fill('800');
  await page.getByTestId('editor-floorArea').press('Enter');
  await waitForAreas(page, 0, 800);
  await page.getByTestId('editor-floorArea').fill('-5');
  await page.getByTestId('editor-floorArea').press('Enter');
  await expect(page.getByTestId('editor-floorArea-problem')).toHaveText('不能为负数，未修改。');
  expect((await district(page, '江岸区')).facilityAreaSquareMeters).toBe(800);
  await page.getByTestId('editor-floorArea').press('Escape');
  await expect(page.getByTestId('editor-floorArea')).toHaveValue('800');
  await page.screenshot({ path: testInfo.outputPath('planner-drag-editor-zh-CN.png') });

  const zhHeader = await page.getByTestId('district-table').locator('thead').textContent();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('columnheader', { name: /m² per 100 households/ })).toBeVisible();
  expect(await page.getByTestId('district-table').locator('thead').textContent()).not.toBe(zhHeader);
  await expect(page.getByTestId('facility-editor')).toContainText('Floor area (m²)');
  await page.screenshot({ path: testInfo.outputPath('planner-drag-editor-en.png') });
});

test('Esc during a drag puts the facility back; the map pans when no facility is held', async ({ page }) => {
  await openApp(page);
  const start = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(start.x, start.y);
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  const end = await pagePoint(page, JIANGAN_LON_LAT);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 20 });
  await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  // Esc ended the drag, not the selection; the undo history holds only the placement.
  await expect(page.getByTestId('facility-editor')).toBeVisible();
  // Duplicate: a copy 40 m away (still in 江汉区), selected; one undo step.
  await page.getByTestId('editor-duplicate').click();
  await waitForAreas(page, 2 * STATION_FLOOR_AREA_SQUARE_METERS, 0);
  await expect(page.getByTestId('editor-name')).toHaveValue('社区服务站 1 (副本)');
  await page.getByTestId('undo').click();
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  await page.getByTestId('undo').click();
  await waitForAreas(page, 0, 0);
  await expect(page.getByTestId('undo')).toBeDisabled();

  // An empty spot drags the map as before.
  const centerBefore = await mapCenter(page);
  await page.mouse.move(end.x, end.y + 40);
  await page.mouse.down();
  await page.mouse.move(end.x - 120, end.y + 40, { steps: 10 });
  await page.mouse.up();
  expect((await mapCenter(page))[0]).toBeGreaterThan(centerBefore[0]);
});

test('when the browser refuses storage, a notice says the work is not saved and editing goes on', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await openApp(page);
  await expect(page.getByTestId('notice')).toContainText('浏览器不允许本地存储');
  const start = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(start.x, start.y);
  await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('one finger drags a station from 江汉区 into 江岸区 (one undo step)', async ({ page }) => {
    await openApp(page);
    const start = await pagePoint(page, JIANGHAN_LON_LAT);
    await page.mouse.click(start.x, start.y);
    await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
    const end = await pagePoint(page, JIANGAN_LON_LAT);
    const centerBefore = await mapCenter(page);
    const touch = await page.context().newCDPSession(page);
    const at = (fraction: number) => [
      { x: start.x + (end.x - start.x) * fraction, y: start.y + (end.y - start.y) * fraction },
    ];
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= 10; step++) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForAreas(page, 0, STATION_FLOOR_AREA_SQUARE_METERS);
    expect(await mapCenter(page)).toEqual(centerBefore);
    await page.getByTestId('undo').click();
    await waitForAreas(page, STATION_FLOOR_AREA_SQUARE_METERS, 0);
  });
});
