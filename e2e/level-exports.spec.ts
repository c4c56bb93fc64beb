/**
 * Outputs follow the chosen unit level (issue 12): with the generated hexagons shown, the results CSV of the Export
 * menu is the hexagons' file, named after the level, one row per hexagon, each row's figures the app's own; the
 * report lists hexagons, says they are generated and rolls them up for the city; the compare view compares them (and
 * finds one by its id), and compared at the districts its summary counts the hexagons holding a station city-wide.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { DistrictResult } from '../src/core/model/results';
import {
  clickMap,
  expect,
  openApp,
  resultsOf,
  test,
  waitForFacilityCount,
  waitForLevelFacility,
} from './driver';

const HEXAGONS = 'h3-r8';
const STATION = 'community_service_station';
/** A point well inside 江汉区, in a densely populated hexagon. */
const JIANGHAN_LON_LAT: [number, number] = [114.25, 30.618];

async function hexagonUnits(page: Page): Promise<DistrictResult[]> {
  const level = (await resultsOf(page)).levels?.find((candidate) => candidate.id === HEXAGONS);
  if (!level) throw new Error('the results have no hexagon level');
  return level.units;
}

/** The CSV's rows split into cells (no quoted commas in these rows: ids, numbers, H3 names). */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(','));
}

/**
 * The app open, the hexagons on and shown, one station placed in 江汉区 (its hexagon gains 600 m²), in a new second
 * scenario when asked (the first then stays empty).
 */
async function hexagonsWithStation(page: Page, options: { newScenario?: boolean } = {}) {
  await openApp(page);
  await page.getByTestId('hexagon-toggle').check();
  await page.waitForFunction(
    (id) => window.lifecircle.results()?.levels?.some((level) => level.id === id) === true,
    HEXAGONS,
  );
  await expect(page.getByTestId('unit-level-select')).toHaveValue(HEXAGONS);
  if (options.newScenario) {
    await page.getByTestId('scenario-new').click();
    await waitForFacilityCount(page, 0);
  }
  // A station, so the file's coverage column has a figure to check besides the population.
  await page.getByTestId(`palette-${STATION}`).click();
  await clickMap(page, JIANGHAN_LON_LAT);
  await waitForFacilityCount(page, 1);
  await waitForLevelFacility(page, HEXAGONS);
}

async function downloadLevelCsv(page: Page, texts: { menuItem: RegExp; fileName: RegExp }) {
  await hexagonsWithStation(page);
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-results-csv')).toHaveText(texts.menuItem);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-results-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(texts.fileName);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = csvRows(bytes);
  const units = await hexagonUnits(page);
  // One row per hexagon, then the outside row and the total row.
  expect(rows).toHaveLength(units.length + 2);
  expect(rows.at(-2)?.[0]).toBe('outside');
  expect(rows.at(-1)?.[0]).toBe('total');
  const column = (name: string) => (header ?? []).indexOf(name);
  // The hexagon holding the station: its population and covered residents as results() gives them (2 decimals).
  const station = units.find((unit) => unit.facilityAreaSquareMeters > 0) as DistrictResult;
  const row = rows.find((cells) => cells[0] === station.id);
  expect(Number(row?.[column('population')])).toBe(Number(station.population.toFixed(2)));
  expect(Number(row?.[column(`covered_population_${STATION}`)])).toBe(
    Number(station.coverage[STATION]?.coveredPopulation.toFixed(2)),
  );
  // And the most populous hexagon, as a second row.
  const largest = units.reduce((a, b) => (b.population > a.population ? b : a));
  const largestRow = rows.find((cells) => cells[0] === largest.id);
  expect(Number(largestRow?.[column('population')])).toBe(Number(largest.population.toFixed(2)));
}

/** The report at the hexagon level: its table, the generated-units sentence and the city's roll-up. */
async function reportAtHexagons(page: Page, texts: { shown: RegExp; level: RegExp }) {
  await hexagonsWithStation(page);
  const units = await hexagonUnits(page);
  await page.getByTestId('meeting-report').click();
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true');
  const table = page.getByTestId('report-table');
  await expect(table).toHaveAttribute('data-level', HEXAGONS);
  await expect(table).toHaveAttribute('data-rows', String(units.length));
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(page.getByTestId('report-units-shown')).toHaveText(texts.shown);
  await expect(page.getByTestId('report-level')).toHaveText(texts.level);
  // The city: one hexagon of all holds a station.
  await expect(page.getByTestId('report-roll-up')).toHaveAttribute('data-unit-count', String(units.length));
  await expect(page.getByTestId(`report-roll-up-type-${STATION}`)).toHaveAttribute('data-units', '1');
}

/**
 * The station in a second scenario with the hexagons on, then the districts chosen: the compare view compares
 * districts, and its summary counts the hexagons (the finest units) holding a station city-wide, 0 → 1.
 */
async function compareAtDistricts(page: Page, sentence: RegExp) {
  await hexagonsWithStation(page, { newScenario: true });
  await page.getByTestId('unit-level-select').selectOption('districts');
  await page.getByTestId('meeting-compare').click();
  await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByTestId('compare-summary')).toContainText(sentence);
}

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('the hexagon level exports its own results CSV: one row per hexagon, figures as results()', async ({
    page,
  }) => {
    await downloadLevelCsv(page, {
      menuItem: /^H3 六边形（生成）结果（CSV/,
      fileName: /^方案 1-结果-hexagons-\d{4}-\d{2}-\d{2}\.csv$/,
    });
  });

  test('the report lists hexagons, says they are generated, and rolls them up for the city', async ({
    page,
  }) => {
    await reportAtHexagons(page, {
      shown: /^显示 100 \/ [\d,]+ 个单元，未达标的在前/,
      level: /^单元层级：H3 六边形（生成）。H3 六边形（生成）是程序生成的规划单元，不是行政边界。$/,
    });
  });

  test('the compare view compares hexagons: the one gaining the station is listed with its figures', async ({
    page,
  }) => {
    await hexagonsWithStation(page, { newScenario: true });
    const units = await hexagonUnits(page);
    const station = units.find((unit) => unit.facilityAreaSquareMeters > 0) as DistrictResult;
    // The first scenario is empty; the default pair compares it with the active one, holding the station.
    await page.getByTestId('meeting-compare').click();
    await expect(page.getByTestId('compare-panel')).toHaveAttribute('data-status', 'ready');
    await expect(page.getByTestId('compare-units-shown')).toBeVisible();
    const area = page.getByTestId(`compare-area-${station.id}`);
    await expect(area).toHaveAttribute('data-before', '0');
    await expect(area).toHaveAttribute('data-after', String(station.areaPer100Households));
    // The planner finds one hexagon among thousands by its id: that row and the city's are left.
    await page.getByTestId('compare-unit-filter').fill(station.id);
    await expect(page.locator('[data-testid^="compare-row-"]')).toHaveCount(2);
    await expect(page.getByTestId(`compare-row-${station.id}`)).toBeVisible();
    await expect(page.getByTestId('compare-units-shown')).toHaveCount(0);
  });

  test('compared at the districts, the summary counts the hexagons holding a station city-wide', async ({
    page,
  }) => {
    await compareAtDistricts(page, /有社区服务站的六边形单元由0个增至1个（共[\d,]+个）/);
  });
});

test.describe('en', () => {
  test.use({ locale: 'en-US' });

  test('the hexagon level exports its own results CSV: one row per hexagon, figures as results()', async ({
    page,
  }) => {
    await downloadLevelCsv(page, {
      menuItem: /^H3 hexagons \(generated\) results \(CSV/,
      fileName: /^Scenario 1-results-hexagons-\d{4}-\d{2}-\d{2}\.csv$/,
    });
  });

  test('the report lists hexagons, says they are generated, and rolls them up for the city', async ({
    page,
  }) => {
    await reportAtHexagons(page, {
      shown: /^Showing 100 of [\d,]+ units, those failing first/,
      level:
        /^Unit level: H3 hexagons \(generated\)\. H3 hexagons \(generated\) are planning units generated by the app, not administrative boundaries\.$/,
    });
  });

  test('compared at the districts, the summary counts the hexagons holding a station city-wide', async ({
    page,
  }) => {
    await compareAtDistricts(page, /Hexagons holding a community service station: 0 → 1 of [\d,]+/);
  });
});
