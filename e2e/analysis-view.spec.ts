import type { Page } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import { type AppDriver, expect, openApp, pagePoint, test } from './driver';

/** A point well inside 江汉区 (as in planner-loop.spec.ts). */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];
const STATION = 'community_service_station';

test.use({ locale: 'zh-CN' });

test("the default city's households are the census's 4,082,533 family households (±0.1%), from results()", async ({
  page,
}) => {
  const app = await openApp(page);
  const households = (await app.results()).totals.households ?? 0;
  expect(Math.abs(households - 4_082_533) / 4_082_533).toBeLessThan(0.001);
  await expect(page.getByTestId('method-households')).toContainText('4,082,533');
});

async function jianghan(page: Page): Promise<DistrictResult> {
  const district = await page.evaluate(
    () => window.lifecircle.results()?.districts.find((d) => d.name === '江汉区') ?? null,
  );
  if (!district) throw new Error('江汉区 is not in the results');
  return district;
}

/** RGBA of a map screenshot at a lon/lat, decoded by the page's own image decoder. */
async function pixelAt(page: Page, png: Buffer, lonLat: [number, number]): Promise<number[]> {
  return page.evaluate(
    async ([base64, lon, lat]) => {
      const point = window.lifecircle.map?.project([lon as number, lat as number]);
      if (!point) throw new Error('no map');
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const scale = image.width / (window.lifecircle.map?.getContainer().clientWidth ?? image.width);
      return Array.from(
        context.getImageData(Math.round(point.x * scale), Math.round(point.y * scale), 1, 1).data,
      );
    },
    [png.toString('base64'), lonLat[0], lonLat[1]] as const,
  );
}

/**
 * Every test starts here: the app open and one community service station placed in 江汉区 (600 m²). Returns the
 * district after the placement and the station's point on the page.
 */
async function withStationInJianghan(
  page: Page,
): Promise<{ app: AppDriver; district: DistrictResult; station: { x: number; y: number } }> {
  const app = await openApp(page);
  await page.getByTestId(`palette-${STATION}`).click();
  const station = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(station.x, station.y);
  await page.waitForFunction(
    () =>
      window.lifecircle.results()?.districts.find((d) => d.name === '江汉区')?.facilityAreaSquareMeters ===
      600,
  );
  return { app, district: await jianghan(page), station };
}

async function waitForMapAtRest(page: Page) {
  await page.waitForFunction(
    () => window.lifecircle.map?.loaded() === true && !window.lifecircle.map.isMoving(),
  );
}

test("the coverage overlay changes the map and paints exactly the engine's covered population", async ({
  page,
}) => {
  const { app } = await withStationInJianghan(page);
  // Overlay: none → coverage of the palette's type; the map's pixels change and the painted covered population
  // (summed per cell in the worker's painter) equals the engine's covered population.
  const mapBefore = await page.getByTestId('map').screenshot();
  await page.getByTestId('overlay-coverage').click();
  const legend = page.getByTestId('overlay-legend');
  await expect(legend).toHaveAttribute('data-kind', 'coverage');
  await expect(legend).toHaveAttribute('data-type', STATION);
  const persons = (await legend.getAttribute('data-persons'))?.split(',').map(Number) ?? [];
  const results = await app.results();
  const covered = results.totals.coverage[STATION]?.coveredPopulation ?? Number.NaN;
  expect(covered).toBeGreaterThan(1000);
  expect(Math.abs((persons[1] ?? 0) - covered)).toBeLessThan(1);
  expect((persons[0] ?? 0) + (persons[1] ?? 0)).toBeCloseTo(results.totals.population, -1);
  await page.waitForFunction(() => window.lifecircle.map?.loaded() === true);
  const mapAfter = await page.getByTestId('map').screenshot();
  expect(mapAfter.equals(mapBefore)).toBe(false);
});

test('zoomed in on a station, a cell 150 m east is drawn covered and one 700 m east is not', async ({
  page,
}, testInfo) => {
  await withStationInJianghan(page);
  await page.getByTestId('overlay-coverage').click();
  await expect(page.getByTestId('overlay-legend')).toHaveAttribute('data-kind', 'coverage');
  // A cell 150 m east (inside the 300 m radius) is drawn teal, one 700 m east is not.
  await page.evaluate(
    ([lon, lat]) => window.lifecircle.map?.jumpTo({ center: [lon, lat], zoom: 14 }),
    JIANGHAN_LON_LAT,
  );
  await waitForMapAtRest(page);
  const metresEastDegrees = (metres: number) =>
    metres / (111_320 * Math.cos((JIANGHAN_LON_LAT[1] * Math.PI) / 180));
  const zoomed = await page
    .getByTestId('map')
    .screenshot({ path: testInfo.outputPath('analysis-coverage-zoom.png') });
  const inside = await pixelAt(page, zoomed, [
    JIANGHAN_LON_LAT[0] + metresEastDegrees(150),
    JIANGHAN_LON_LAT[1],
  ]);
  const outside = await pixelAt(page, zoomed, [
    JIANGHAN_LON_LAT[0] + metresEastDegrees(700),
    JIANGHAN_LON_LAT[1],
  ]);
  const greenOverRed = ([red = 0, green = 0]: number[]) => green - red;
  expect(greenOverRed(inside), `inside ${inside}`).toBeGreaterThan(40);
  expect(greenOverRed(outside), `outside ${outside}`).toBeLessThan(20);
});

test("the 2SFCA overlay takes the coverage overlay's place in the legend", async ({ page }) => {
  await withStationInJianghan(page);
  const legend = page.getByTestId('overlay-legend');
  await page.getByTestId('overlay-coverage').click();
  await expect(legend).toHaveAttribute('data-kind', 'coverage');
  await page.getByTestId('overlay-sfca').click();
  await expect(legend).toHaveAttribute('data-kind', 'sfca');
});

test("tooltips state the definition and the assumptions (household size 3.02, the dataset's)", async ({
  page,
}) => {
  const { district } = await withStationInJianghan(page);
  const areaTitle = await page.getByTestId(`area-per-100-${district.id}`).getAttribute('title');
  expect(areaTitle).toContain('3.02');
  expect(areaTitle).toContain('质心');
  const coverageTitle = await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('title');
  expect(coverageTitle).toContain('户均人口 3.02 人');
  expect(coverageTitle).toContain('WGS 84');
});

test("the table shows deficit = max(0, 30 × households / 100 − 600) and the engine's coverage %", async ({
  page,
}) => {
  const { district } = await withStationInJianghan(page);
  const deficit = Number(await page.getByTestId(`deficit-${district.id}`).getAttribute('data-value'));
  expect(deficit).toBeCloseTo(Math.max(0, (30 * district.households) / 100 - 600), 6);
  expect(
    Number(await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('data-value')),
  ).toBe(district.coverage[STATION]?.percent);
});

test('hovering a district on the map shows its figures', async ({ page }) => {
  const { district, station } = await withStationInJianghan(page);
  await page.mouse.move(station.x + 5, station.y + 5);
  await expect(page.getByTestId('district-popup')).toHaveAttribute('data-district-id', district.id);
  await expect(page.getByTestId('popup-deficit')).toBeVisible();
});

test('the "XX city" rule set judges ≥ 20 m² per 100 households and 93% coverage; undo restores ≥ 30', async ({
  page,
}) => {
  const { app } = await withStationInJianghan(page);
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 30');
  await page.getByTestId('rule-set-picker').selectOption('xx-city-13th-five-year');
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 20');
  await expect(page.getByTestId('indicator-threshold-community-service-zone-coverage')).toContainText('93');
  expect((await app.results()).method.ruleSetId).toBe('xx-city-13th-five-year');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 30');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 20');
});

test('household size 3 gives households = population / 3 in the results and tooltips; −1 is refused', async ({
  page,
}) => {
  const { app, district } = await withStationInJianghan(page);
  await page.getByTestId('assumptions-editor').locator('summary').click();
  await page.getByTestId('assumption-household-size').fill('3');
  await page.getByTestId('assumption-household-size').press('Enter');
  await page.waitForFunction(() => window.lifecircle.results()?.method.householdSize === 3);
  const resized = await jianghan(page);
  expect(resized.households).toBeCloseTo(resized.population / 3, 6);
  await expect(page.getByTestId(`area-per-100-${district.id}`)).toHaveAttribute('title', /户均人口 3.00 人/);
  await page.getByTestId('assumption-household-size').fill('-1');
  await page.getByTestId('assumption-household-size').press('Enter');
  await expect(page.locator('.assumption-error')).toBeVisible();
  expect((await app.results()).method.householdSize).toBe(3);
  await page.getByTestId('undo').click();
  // Back to the census ratio 12,326,518 / 4,082,533 ≈ 3.019.
  await page.waitForFunction(
    () => Math.abs((window.lifecircle.results()?.method.householdSize ?? 0) - 12_326_518 / 4_082_533) < 1e-9,
  );
});

test("district colouring by value, with the chart's threshold line at the rule set's 20", async ({
  page,
}, testInfo) => {
  const { station } = await withStationInJianghan(page);
  await page.getByTestId('rule-set-picker').selectOption('xx-city-13th-five-year');
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 20');
  await page.getByTestId('choropleth-value').click();
  await expect(page.getByTestId('indicator-legend')).toHaveAttribute('data-mode', 'value');
  await expect(page.getByTestId('chart-threshold-label')).toContainText('20');
  await page.getByTestId('overlay-coverage').click();
  await expect(page.getByTestId('overlay-legend')).toHaveAttribute('data-kind', 'coverage');
  await page.mouse.move(station.x + 5, station.y + 5);
  await page.screenshot({ path: testInfo.outputPath('analysis-view-zh-CN.png') });
  await page.getByTestId('district-table').evaluate((table) => table.scrollIntoView());
  await page.getByTestId('side-panel').screenshot({ path: testInfo.outputPath('analysis-table-zh-CN.png') });
});

test('in English the overlay legend and the tooltips speak English', async ({ page }, testInfo) => {
  const { district, station } = await withStationInJianghan(page);
  await page.getByTestId('rule-set-picker').selectOption('xx-city-13th-five-year');
  await page.getByTestId('choropleth-value').click();
  await page.getByTestId('overlay-coverage').click();
  await expect(page.getByTestId('overlay-legend')).toHaveAttribute('data-kind', 'coverage');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('overlay-legend')).toContainText('Covered');
  const englishTitle = await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('title');
  expect(englishTitle).toContain('household size 3.02 persons');
  await page.mouse.move(station.x + 5, station.y + 5);
  await page.screenshot({ path: testInfo.outputPath('analysis-view-en.png') });
  await page.getByTestId('district-chart').evaluate((chart) => chart.scrollIntoView());
  await page.getByTestId('side-panel').screenshot({ path: testInfo.outputPath('analysis-chart-en.png') });
});
