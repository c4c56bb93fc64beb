import { expect, type Page, test } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import { openApp } from './driver';

/** A point well inside 江汉区 (as in planner-loop.spec.ts). */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];
const STATION = 'community_service_station';

test.use({ locale: 'zh-CN' });

async function jianghan(page: Page): Promise<DistrictResult> {
  const district = await page.evaluate(
    () => window.lifecircle.results()?.districts.find((d) => d.name === '江汉区') ?? null,
  );
  if (!district) throw new Error('江汉区 is not in the results');
  return district;
}

async function screenPoint(page: Page, lonLat: [number, number]) {
  const point = await page.evaluate(([lon, lat]) => {
    const projected = window.lifecircle.map?.project([lon, lat]);
    return projected ? { x: projected.x, y: projected.y } : null;
  }, lonLat);
  const box = await page.getByTestId('map').boundingBox();
  if (!point || !box) throw new Error('map.project or the map box is not available');
  return { x: box.x + point.x, y: box.y + point.y };
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

test('coverage overlay, district colouring, rule set and assumptions follow the results', async ({
  page,
}, testInfo) => {
  const app = await openApp(page);
  await page.getByTestId(`palette-${STATION}`).click();
  const station = await screenPoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(station.x, station.y);
  await page.waitForFunction(
    () =>
      window.lifecircle.results()?.districts.find((d) => d.name === '江汉区')?.facilityAreaSquareMeters ===
      600,
  );
  const district = await jianghan(page);

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

  // Zoomed in on the station: a cell 150 m east (inside the 300 m radius) is drawn teal, one 700 m east is not.
  const view = await page.evaluate(([lon, lat]) => {
    const map = window.lifecircle.map;
    if (!map) throw new Error('no map');
    const before = { center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() };
    map.jumpTo({ center: [lon, lat], zoom: 14 });
    return before;
  }, JIANGHAN_LON_LAT);
  await page.waitForFunction(
    () => window.lifecircle.map?.loaded() === true && !window.lifecircle.map.isMoving(),
  );
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
  await page.evaluate((before) => window.lifecircle.map?.jumpTo(before), view);
  await page.waitForFunction(
    () => window.lifecircle.map?.loaded() === true && !window.lifecircle.map.isMoving(),
  );

  await page.getByTestId('overlay-sfca').click();
  await expect(legend).toHaveAttribute('data-kind', 'sfca');

  // Tooltips state the definition and the assumptions (household size 2.47, the dataset's).
  const areaTitle = await page.getByTestId(`area-per-100-${district.id}`).getAttribute('title');
  expect(areaTitle).toContain('2.47');
  expect(areaTitle).toContain('质心');
  const coverageTitle = await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('title');
  expect(coverageTitle).toContain('户均人口 2.47 人');
  expect(coverageTitle).toContain('WGS 84');

  // Table: deficit = max(0, 30 × households / 100 − 600), coverage % = the engine's.
  const deficit = Number(await page.getByTestId(`deficit-${district.id}`).getAttribute('data-value'));
  expect(deficit).toBeCloseTo(Math.max(0, (30 * district.households) / 100 - 600), 6);
  expect(
    Number(await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('data-value')),
  ).toBe(district.coverage[STATION]?.percent);

  // Hovering the district on the map shows its figures.
  await page.mouse.move(station.x + 5, station.y + 5);
  await expect(page.getByTestId('district-popup')).toHaveAttribute('data-district-id', district.id);
  await expect(page.getByTestId('popup-deficit')).toBeVisible();

  // Rule set: the "XX city" plan judges ≥ 20 m² per 100 households and 93% coverage; undo restores ≥ 30.
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 30');
  await page.getByTestId('rule-set-picker').selectOption('xx-city-13th-five-year');
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 20');
  await expect(page.getByTestId('indicator-threshold-community-service-coverage')).toContainText('93');
  expect((await app.results()).method.ruleSetId).toBe('xx-city-13th-five-year');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 30');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('area-threshold')).toHaveText('≥ 20');

  // Assumptions: household size 3 → households = population / 3 in the results and the tooltips.
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
  await page.waitForFunction(() => window.lifecircle.results()?.method.householdSize === 2.47);

  // District colouring by value, and the chart's threshold line at the rule set's 20.
  await page.getByTestId('choropleth-value').click();
  await expect(page.getByTestId('indicator-legend')).toHaveAttribute('data-mode', 'value');
  await expect(page.getByTestId('chart-threshold-label')).toContainText('20');
  await page.getByTestId('overlay-coverage').click();
  await expect(legend).toHaveAttribute('data-kind', 'coverage');
  await page.mouse.move(station.x + 5, station.y + 5);
  await page.screenshot({ path: testInfo.outputPath('analysis-view-zh-CN.png') });
  await page.getByTestId('district-table').evaluate((table) => table.scrollIntoView());
  await page.getByTestId('side-panel').screenshot({ path: testInfo.outputPath('analysis-table-zh-CN.png') });

  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('overlay-legend')).toContainText('Covered');
  const englishTitle = await page.getByTestId(`coverage-${STATION}-${district.id}`).getAttribute('title');
  expect(englishTitle).toContain('household size 2.47 persons');
  await page.mouse.move(station.x + 5, station.y + 5);
  await page.screenshot({ path: testInfo.outputPath('analysis-view-en.png') });
  await page.getByTestId('district-chart').evaluate((chart) => chart.scrollIntoView());
  await page.getByTestId('side-panel').screenshot({ path: testInfo.outputPath('analysis-chart-en.png') });

  expect(app.errors).toEqual([]);
});
