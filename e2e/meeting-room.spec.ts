import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Results } from '../src/core/model/results';
import { clickMap, expect, openApp, resultsOf, test, waitForFacilityCount } from './driver';

/** Inside 江汉区 (as in planner-loop.spec.ts) and inside 武昌区. */
const JIANGHAN: [number, number] = [114.25, 30.618];
const JIANGHAN_EAST: [number, number] = [114.262, 30.6];
const WUCHANG: [number, number] = [114.31, 30.55];
/** Title and credits bands of the exported picture, CSS pixels (src/core/render/export-layout.ts). */
const PICTURE_BANDS_CSS_PIXELS = 56 + 28;

test.use({ locale: 'zh-CN' });

const results = resultsOf;

async function activeTabId(page: Page): Promise<string> {
  const id = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-testid');
  return (id ?? '').replace('scenario-tab-', '');
}

/**
 * Clicks "new scenario" and returns the new tab's id once it is the active one: the list commit is asynchronous, so
 * the tab read at once after the click could still be the previous one (seen under load).
 */
async function newScenarioTab(page: Page, previousId: string): Promise<string> {
  await page.getByTestId('scenario-new').click();
  await expect.poll(() => activeTabId(page)).not.toBe(previousId);
  return activeTabId(page);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface TwoScenarios {
  todayId: string;
  aId: string;
  bId: string;
  resultsA: Results;
  resultsB: Results;
}

/**
 * The set-up of every test here: the app open, scenario A (one community service station in 江汉区) and scenario B
 * (two stations, in 江汉区 and 武昌区, renamed "方案 B"), B active.
 */
async function openWithTwoScenarios(page: Page): Promise<TwoScenarios> {
  await openApp(page);
  const todayId = await activeTabId(page);
  const aId = await newScenarioTab(page, todayId);
  await page.getByTestId('palette-community_service_station').click();
  await clickMap(page, JIANGHAN);
  await waitForFacilityCount(page, 1);
  const resultsA = await results(page);
  const bId = await newScenarioTab(page, aId);
  await waitForFacilityCount(page, 0);
  await clickMap(page, JIANGHAN_EAST);
  await waitForFacilityCount(page, 1);
  await clickMap(page, WUCHANG);
  await waitForFacilityCount(page, 2);
  await page.getByTestId('scenario-rename').click();
  await page.getByTestId('scenario-rename-input').fill('方案 B');
  await page.getByTestId('scenario-rename-input').press('Enter');
  await expect(page.getByTestId(`scenario-tab-${bId}`)).toHaveText('方案 B');
  return { todayId, aId, bId, resultsA, resultsB: await results(page) };
}

/** The districts of scenario B's two stations. */
const stationDistricts = (resultsB: Results) => [...new Set(resultsB.facilities?.map((f) => f.districtId))];

/** Starts presenting from the first tab at 1920 × 1080; on slide 1 (scenario A) once the map fits the city. */
async function presentScenarioA(page: Page, todayId: string) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId(`scenario-tab-${todayId}`).click();
  await page.getByTestId('meeting-present').click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toHaveAttribute('data-slide', '0');
  // Presenting has taken over the page (panel hidden, keys handled) before the first key.
  await expect(page.getByTestId('side-panel')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(presentation).toHaveAttribute('data-slide', '1');
  // Entering fits the whole city beside the panel (after the map has followed its new size).
  await page.waitForFunction(
    ([a, b]) => {
      const map = window.lifecircle.map;
      return map?.getBounds().contains(a) && map.getBounds().contains(b) && map.loaded() && !map.isMoving();
    },
    [JIANGHAN, WUCHANG] as [[number, number], [number, number]],
  );
  // Scenario A's results (its one station) are on screen.
  await waitForFacilityCount(page, 1);
  return presentation;
}

test('two scenarios side by side in tabs: B has stations in 江汉区 and 武昌区 and a new name', async ({
  page,
}, testInfo) => {
  const { resultsB } = await openWithTwoScenarios(page);
  const districtIds = stationDistricts(resultsB);
  expect(districtIds).toHaveLength(2);
  const names = districtIds.map((id) => resultsB.districts.find((d) => d.id === id)?.name);
  expect(names).toContain('江汉区');
  expect(names).toContain('武昌区');
  await page.screenshot({ path: testInfo.outputPath('meeting-tabs.png') });
});

test("comparing A → B shows deltas equal to the engine's figures of each scenario, and the delta map", async ({
  page,
}, testInfo) => {
  const { aId, bId, resultsA, resultsB } = await openWithTwoScenarios(page);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(name) });
  await page.getByTestId('meeting-compare').click();
  await page.getByTestId('compare-before').selectOption(aId);
  await page.getByTestId('compare-after').selectOption(bId);
  await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-status', 'ready');
  for (const id of stationDistricts(resultsB)) {
    const before = resultsA.districts.find((d) => d.id === id);
    const after = resultsB.districts.find((d) => d.id === id);
    if (!before || !after) throw new Error(`district ${id} missing`);
    const area = Number(await page.getByTestId(`compare-area-${id}`).getAttribute('data-value'));
    expect(area).toBeCloseTo(after.areaPer100Households - before.areaPer100Households, 9);
    const type = 'community_service_station';
    const coverage = Number(await page.getByTestId(`compare-coverage-${id}`).getAttribute('data-value'));
    expect(coverage).toBeCloseTo(
      (after.coverage[type]?.percent ?? 0) - (before.coverage[type]?.percent ?? 0),
      9,
    );
  }
  await expect(page.getByTestId('compare-summary')).toContainText('社区服务站');
  await expect(page.getByTestId('delta-legend')).toContainText('新覆盖');
  await page.waitForFunction(() => window.lifecircle.map?.getLayer('compare-delta-raster') !== undefined);
  await shot('meeting-compare.png');
  // Close up on the two stations so the gained (green) and lost (red) cells can be seen.
  await page.evaluate(() => window.lifecircle.map?.jumpTo({ center: [114.24, 30.6], zoom: 12.3 }));
  await page.waitForFunction(() => window.lifecircle.map?.loaded() === true);
  await shot('meeting-compare-delta-map.png');
  await page.getByTestId('compare-close').click();
  await expect(page.getByTestId('compare-panel')).toHaveCount(0);
});

test('presenting at 1920 × 1080: headline figures, arrow keys through the slides, Esc leaves', async ({
  page,
}, testInfo) => {
  const { todayId, bId } = await openWithTwoScenarios(page);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(name) });
  const presentation = await presentScenarioA(page, todayId);
  await expect(page.getByTestId('presentation-title')).toHaveText(/方案 2/);
  await expect(page.getByTestId('headline-coverage')).toBeVisible();
  await shot('meeting-present-scenario.png');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(presentation).toHaveAttribute('data-kind', 'comparison');
  await expect(page.getByTestId('compare-summary')).not.toBeEmpty();
  await shot('meeting-present-comparison.png');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId('presentation-title')).toBeVisible();
  await shot('meeting-present-resized.png');
  await page.keyboard.press('ArrowLeft');
  await expect(presentation).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toBeVisible();
  expect(await activeTabId(page)).toBe(bId);
});

test('editing is off while presenting: a click places nothing, a press on a station does not drag it', async ({
  page,
}) => {
  const { todayId } = await openWithTwoScenarios(page);
  await presentScenarioA(page, todayId);
  const stationDistrict = (await results(page)).facilities?.[0]?.districtId;
  await clickMap(page, WUCHANG);
  const box = await page.getByTestId('map').boundingBox();
  const station = await page.evaluate((p) => window.lifecircle.map?.project(p), JIANGHAN);
  if (!box || !station) throw new Error('no map');
  await page.mouse.move(box.x + station.x, box.y + station.y);
  await page.mouse.down();
  await page.mouse.move(box.x + station.x + 120, box.y + station.y + 60, { steps: 6 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  const afterPress = await results(page);
  expect(afterPress.facilities?.map((f) => f.districtId)).toEqual([stationDistrict]);
});

test('the picture is a PNG of the map with the title and credits bands', async ({ page }, testInfo) => {
  await openWithTwoScenarios(page);
  await page.waitForFunction(() => window.lifecircle.map?.loaded() === true);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('meeting-export-png').click(),
  ]);
  const picturePath = testInfo.outputPath('meeting-export.png');
  await download.saveAs(picturePath);
  const size = pngSize(readFileSync(picturePath));
  expect(size.width).toBe(Math.round(box.width * ratio));
  expect(size.height).toBe(Math.round(box.height * ratio) + PICTURE_BANDS_CSS_PIXELS * ratio);
});

test('a share link opened in a new page adds the scenario with the same facilities and figures', async ({
  page,
  context,
}, testInfo) => {
  const { resultsB } = await openWithTwoScenarios(page);
  await page.getByTestId('meeting-share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/#s=/);
  // The fixture watches this page's console and errors too (every page of the context).
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForFunction(() => window.lifecircle?.ready === true, undefined, { timeout: 30_000 });
  // The link asks first (issue 15); this second tab of the context is read-only, so "add" takes over writing.
  await expect(other.getByTestId('share-ask')).toContainText('方案 B');
  await other.getByTestId('share-ask-add').click();
  await expect(other.getByTestId('share-notice')).toContainText('方案 B');
  await other.waitForFunction(() => window.lifecircle.results()?.facilities?.length === 2);
  const shared = await results(other);
  expect(shared.facilities?.map((f) => [f.type, f.districtId])).toEqual(
    resultsB.facilities?.map((f) => [f.type, f.districtId]),
  );
  expect(shared.districts.map((d) => d.areaPer100Households)).toEqual(
    resultsB.districts.map((d) => d.areaPer100Households),
  );
  expect(await other.evaluate(() => location.hash)).toBe('');
  await other.screenshot({ path: testInfo.outputPath('meeting-share-opened.png') });
  await other.close();
});

test("the report prints as one A4 page without the app's controls", async ({ page }, testInfo) => {
  await openWithTwoScenarios(page);
  await page.getByTestId('meeting-report').click();
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('report-table')).toContainText('江汉区');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-print')).toBeHidden();
  await expect(page.getByTestId('side-panel')).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('meeting-report-print.png'), fullPage: true });
  // What the browser's "save as PDF" gives: one A4 page.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('report-close').click();
});

test('tabs: duplicate a scenario, delete the copy, and undo the delete with Ctrl+Z', async ({ page }) => {
  await openWithTwoScenarios(page);
  const tabCount = () => page.locator('[role="tab"]').count();
  const countBefore = await tabCount();
  await page.getByTestId('scenario-duplicate').click();
  await expect.poll(tabCount).toBe(countBefore + 1);
  await waitForFacilityCount(page, 2);
  const copyId = await activeTabId(page);
  await page.getByTestId('scenario-delete').click();
  await expect.poll(tabCount).toBe(countBefore);
  await expect(page.getByTestId(`scenario-tab-${copyId}`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId(`scenario-tab-${copyId}`)).toBeVisible();
});

test('the comparison speaks English in English', async ({ page }, testInfo) => {
  await openWithTwoScenarios(page);
  await page.getByTestId('language-en').click();
  await page.getByTestId('meeting-compare').click();
  await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('compare-summary')).toContainText(
    /community service station|No figure changes/,
  );
  await page.screenshot({ path: testInfo.outputPath('meeting-compare-en.png') });
});
