import type { Page, TestInfo } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import {
  expect,
  openApp,
  pagePoint,
  resultsOf,
  test,
  waitForFacilityCount,
  waitForLevelFacility,
} from './driver';

/** A point well inside 江汉区 (about 2.6 km from its boundary's vertices), in a densely populated hexagon. */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];
const STATION_FLOOR_AREA_SQUARE_METERS = 600;
const STATION = 'community_service_station';
const HEXAGONS = 'h3-r8';

async function hexagonUnits(page: Page): Promise<DistrictResult[]> {
  const level = (await resultsOf(page)).levels?.find((candidate) => candidate.id === HEXAGONS);
  if (!level) throw new Error('the results have no hexagon level');
  return level.units;
}

async function jianghan(page: Page): Promise<DistrictResult> {
  const district = (await resultsOf(page)).districts.find((candidate) => candidate.name === '江汉区');
  if (!district) throw new Error('江汉区 is not in the results');
  return district;
}

/**
 * Hexagons on, the table and the map at the hexagon level, a station placed in 江汉区: the hexagon holding it gains
 * 600 m² (table and results agree), and 江汉区's roll-up counts one more hexagon with a station.
 */
async function hexagonLevelLoop(
  page: Page,
  testInfo: TestInfo,
  texts: { level: RegExp; legend: RegExp; rollUp: RegExp },
) {
  await openApp(page);
  const switchedAt = Date.now();
  await page.getByTestId('hexagon-toggle').check();
  await page.waitForFunction(
    (id) => window.lifecircle.results()?.levels?.some((level) => level.id === id) === true,
    HEXAGONS,
  );
  await expect(page.getByTestId('hexagon-busy')).toHaveCount(0);
  // A figure for the report, not an assertion: the switch's round trip (generation, engine, evaluation, drawing).
  console.log(JSON.stringify({ case: 'hexagon-switch', milliseconds: Date.now() - switchedAt }));
  // Turning them on shows them: the switch, the table, the legend (generated, not administrative).
  await expect(page.getByTestId('unit-level-select')).toHaveValue(HEXAGONS);
  await expect(page.getByTestId('unit-level-select').locator('option:checked')).toHaveText(texts.level);
  await expect(page.getByTestId('unit-level-generated')).toBeVisible();
  await expect(page.getByTestId('district-table')).toHaveAttribute('data-level', HEXAGONS);
  await expect(page.getByTestId('legend-units')).toHaveAttribute('data-generated', 'true');
  await expect(page.getByTestId('legend-units')).toHaveText(texts.legend);
  // The map draws the hexagons' outlines.
  await expect
    .poll(() => page.evaluate(() => window.lifecircle.map?.querySourceFeatures('units').length ?? 0))
    .toBeGreaterThan(100);

  const before = await hexagonUnits(page);
  const jianghanBefore = await jianghan(page);
  expect(before.length).toBeGreaterThan(2000);
  expect(jianghanBefore.rollUp?.levelId).toBe(HEXAGONS);
  const withStationBefore = jianghanBefore.rollUp?.unitsWithFacility[STATION];
  expect(withStationBefore).toBe(0);

  await page.getByTestId(`palette-${STATION}`).click();
  const point = await pagePoint(page, JIANGHAN_LON_LAT);
  await page.mouse.click(point.x, point.y);
  await waitForFacilityCount(page, 1);
  await waitForLevelFacility(page, HEXAGONS);

  // Exactly one hexagon holds the station; its figures changed.
  const after = await hexagonUnits(page);
  const holding = after.filter((unit) => unit.facilityAreaSquareMeters > 0);
  expect(holding.map((unit) => unit.facilityAreaSquareMeters)).toEqual([STATION_FLOOR_AREA_SQUARE_METERS]);
  const hexagon = holding[0] as DistrictResult;
  const hexagonBefore = before.find((unit) => unit.id === hexagon.id) as DistrictResult;
  expect(hexagonBefore.facilityAreaSquareMeters).toBe(0);
  expect(hexagon.areaPer100Households).toBeCloseTo(
    (STATION_FLOOR_AREA_SQUARE_METERS * 100) / hexagon.households,
    9,
  );
  expect(hexagon.coverage[STATION]?.percent ?? 0).toBeGreaterThan(
    hexagonBefore.coverage[STATION]?.percent ?? 0,
  );

  // The map colours that hexagon by the indicator, and the popup under the pointer is the hexagon's.
  await expect
    .poll(() =>
      page.evaluate(
        (id) => window.lifecircle.map?.getFeatureState({ source: 'units', id })?.choropleth ?? null,
        hexagon.id,
      ),
    )
    .not.toBeNull();
  // Away and back onto the station's point, so the map sees a move into the hexagon.
  await page.mouse.move(point.x + 60, point.y + 60);
  await page.mouse.move(point.x, point.y);
  await expect(page.getByTestId('district-popup')).toHaveAttribute('data-district-id', hexagon.id);

  // The table at the hexagon level shows that unit's figures (found through the filter).
  await page.getByTestId('unit-filter').fill(hexagon.id);
  await expect(page.locator(`[data-testid="district-row"][data-district-id="${hexagon.id}"]`)).toBeVisible();
  await expect(page.getByTestId(`area-per-100-${hexagon.id}`)).toHaveAttribute(
    'data-value',
    String(hexagon.areaPer100Households),
  );

  await page.screenshot({ path: testInfo.outputPath('unit-levels-hexagons.png') });

  // The district roll-up moved: 江汉区 now has one hexagon with a station, in the results and in its table row.
  const jianghanAfter = await jianghan(page);
  expect(jianghanAfter.rollUp?.unitsWithFacility[STATION]).toBe(1);
  await page.getByTestId('unit-level-select').selectOption('districts');
  await expect(page.getByTestId('district-table')).toHaveAttribute('data-level', 'districts');
  await page
    .locator(`[data-testid="district-row"][data-district-id="${jianghanAfter.id}"]`)
    .getByTestId('roll-up-toggle')
    .click();
  const rollUp = page.getByTestId(`roll-up-${jianghanAfter.id}`);
  await expect(rollUp).toContainText(texts.rollUp);
  await expect(rollUp.getByTestId(`roll-up-${jianghanAfter.id}-type-${STATION}`)).toHaveAttribute(
    'data-units',
    '1',
  );
  await page.screenshot({ path: testInfo.outputPath('unit-levels-roll-up.png') });
}

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });
  test('hexagon units: switch them on, place a station, see its hexagon and the district roll-up change', async ({
    page,
  }, testInfo) => {
    await hexagonLevelLoop(page, testInfo, {
      level: /H3 六边形（生成）/,
      legend: /生成的规划单元，非行政边界/,
      rollUp: /H3 六边形（生成）单元/,
    });
  });
});

test.describe('en', () => {
  test.use({ locale: 'en-US' });
  test('hexagon units: switch them on, place a station, see its hexagon and the district roll-up change', async ({
    page,
  }, testInfo) => {
    await hexagonLevelLoop(page, testInfo, {
      level: /H3 hexagons \(generated\)/,
      legend: /generated planning units, not administrative boundaries/,
      rollUp: /H3 hexagons \(generated\) units within/,
    });
  });
});
