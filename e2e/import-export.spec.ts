import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { dbfFile, type Shape, shpFile } from '../test/fixtures/import/shapefile-writer';
import { clickMap, expect, openApp, resultsOf, test } from './driver';

test.use({ locale: 'zh-CN' });

const repo = (path: string) => new URL(`../${path}`, import.meta.url);
const ADULTS_TIFF = 'data/wuhan_worldpop_age20plus_100m.tif';
const ELDERLY_TIFF = 'data/wuhan_worldpop_age60plus_100m.tif';
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

type DistrictFeature = Feature<Polygon | MultiPolygon, Record<string, string>>;

function signedArea(ring: number[][]): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i] as [number, number];
    const [bx, by] = ring[i + 1] as [number, number];
    twice += ax * by - bx * ay;
  }
  return twice / 2;
}

/** Shapefile rings: outer rings clockwise, holes counter-clockwise (the format's rule). */
function shapeOf(feature: DistrictFeature): Shape {
  const polygons =
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const rings = polygons.flatMap((polygon) =>
    polygon.map((ring, index) => {
      const clockwise = signedArea(ring) < 0;
      return clockwise === (index === 0) ? ring : [...ring].reverse();
    }),
  );
  return { type: 'polygon', rings };
}

/** The 13 districts of the default dataset (data/) written as a zipped Shapefile with a WGS 84 .prj. */
function wuhanDistrictsShapefileZip(): Buffer {
  const geojson = JSON.parse(
    readFileSync(repo('data/wuhan_districts_osm_mapchina.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, Record<string, string>>;
  const features = geojson.features as DistrictFeature[];
  const zip = zipSync({
    'wuhan_districts.shp': shpFile(features.map(shapeOf)),
    'wuhan_districts.dbf': dbfFile([
      { name: 'name', values: features.map((feature) => String(feature.properties.Name_County)) },
      { name: 'code', values: features.map((feature) => String(feature.properties.Code_County)) },
    ]),
    'wuhan_districts.prj': new TextEncoder().encode(WGS84_PRJ),
    'wuhan_districts.cpg': new TextEncoder().encode('UTF-8'),
  });
  return Buffer.from(zip);
}

function file(name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  return { name, mimeType, buffer };
}

const results = resultsOf;

async function placeFacility(page: Page, lon: number, lat: number) {
  await page.getByTestId('palette-community_service_station').click();
  await clickMap(page, [lon, lat]);
}

test('a broken file shows a message naming it; dataset, scenario and results are untouched', async ({
  page,
}, testInfo) => {
  const app = await openApp(page);
  await placeFacility(page, 114.25, 30.618);
  await page.waitForFunction(() =>
    window.lifecircle.results()?.districts.some((d) => d.facilityAreaSquareMeters > 0),
  );
  const before = await results(page);
  const namesBefore = await app.districtNames();

  await page
    .getByTestId('import-input')
    .setInputFiles(
      file('truncated.geojson', readFileSync(repo('test/fixtures/import/corpus/truncated.geojson'))),
    );
  const message = page.getByTestId('import-error-message');
  await expect(message).toBeVisible();
  await expect(message).toContainText('truncated.geojson');
  await expect(message).toContainText('JSON');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('import-broken-file.png') });
  // The message follows the UI language.
  await page.getByTestId('language-en').click();
  await expect(message).toContainText('"truncated.geojson": The file is not valid JSON');
  await page.screenshot({ path: testInfo.outputPath('import-broken-file-en.png') });
  await page.getByTestId('language-zh-CN').click();
  expect(await results(page)).toEqual(before);
  expect(await app.districtNames()).toEqual(namesBefore);

  // A population grid far from every district (São Paulo cells under Wuhan districts) is refused as a whole.
  const farGrid = 'lon,lat,population\n-46.63,-23.55,120\n-46.62,-23.55,80\n';
  await page
    .getByTestId('import-input')
    .setInputFiles(file('sao-paulo.csv', Buffer.from(farGrid), 'text/csv'));
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByTestId('import-confirm').click();
  await expect(message).toContainText('sao-paulo.csv');
  await page.screenshot({ path: testInfo.outputPath('import-no-overlap.png') });
  expect(await results(page)).toEqual(before);
  expect(await app.districtNames()).toEqual(namesBefore);
});

test('files dropped on the map are imported the same way', async ({ page }) => {
  await openApp(page);
  const before = await results(page);
  const text = readFileSync(repo('test/fixtures/import/corpus/truncated.geojson'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.geojson', { type: 'application/geo+json' }));
    return transfer;
  }, text);
  const map = page.getByTestId('map');
  await map.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await map.dispatchEvent('dragover', { dataTransfer });
  await map.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('drop-zone')).toHaveCount(0);
  await expect(page.getByTestId('import-error-message')).toContainText('dropped.geojson');
  expect(await results(page)).toEqual(before);
});

test('import a zipped Shapefile of districts and two GeoTIFF layers: same figures as the default dataset', async ({
  page,
}, testInfo) => {
  const app = await openApp(page);
  const defaults = await results(page);
  await page
    .getByTestId('import-input')
    .setInputFiles([
      file('wuhan_districts.zip', wuhanDistrictsShapefileZip(), 'application/zip'),
      file('wuhan_worldpop_age20plus_100m.tif', readFileSync(repo(ADULTS_TIFF)), 'image/tiff'),
      file('wuhan_worldpop_age60plus_100m.tif', readFileSync(repo(ELDERLY_TIFF)), 'image/tiff'),
    ]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  const cards = dialog.getByTestId('import-file');
  await expect(cards).toHaveCount(3);
  const shapefileCard = cards.filter({ hasText: 'wuhan_districts.zip' });
  await expect(shapefileCard.getByTestId('import-kind')).toHaveValue('districts');
  await expect(shapefileCard.getByTestId('import-name-field')).toHaveValue('name');
  await expect(cards.filter({ hasText: 'age20plus' }).getByTestId('import-layer-id')).toHaveValue(
    'adults20plus',
  );
  await expect(cards.filter({ hasText: 'age60plus' }).getByTestId('import-layer-id')).toHaveValue(
    'elderly60plus',
  );
  await page.screenshot({ path: testInfo.outputPath('import-dialog.png') });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
  await page.waitForFunction(() => window.lifecircle.ready === true);

  const imported = await results(page);
  expect(imported.districts).toHaveLength(13);
  // No `total` layer was imported, so the residents are the adults 20+ layer; the default dataset's adults 20+
  // per district were summed over the same cells and the same polygons (shapefile doubles are exact).
  expect(imported.method.layer).toBe('adults20plus');
  for (const district of imported.districts) {
    const reference = defaults.districts.find((d) => d.name === district.name);
    expect(reference, district.name).toBeDefined();
    expect(district.population).toBeCloseTo(reference?.populationByLayer?.adults20plus ?? Number.NaN, 3);
  }
  await expect(page.getByTestId('district-row')).toHaveCount(13);
  await expect.poll(() => app.mapIsIdle()).toBe(true);
  // The imported districts' names are on the map (HTML labels over the canvas).
  await expect(page.locator('.district-label-name').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-shapefile-geotiff.png') });
});

test('a CSV grid of points replaces the population under the current districts (hand-counted)', async ({
  page,
}, testInfo) => {
  await openApp(page);
  // Two points in 江汉区 (1,000 and 500 persons) and one west of Wuhan, outside every district (100 persons).
  const csv = 'lon,lat,population\n114.25,30.618,1000\n114.251,30.618,500\n113.5,30.0,100\n';
  await page.getByTestId('import-input').setInputFiles(file('points.csv', Buffer.from(csv), 'text/csv'));
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.getByTestId('import-kind')).toHaveValue('grid');
  await expect(page.getByTestId('import-value-field')).toHaveValue('population');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  const after = await results(page);
  expect(after.districts).toHaveLength(13);
  expect(after.districts.find((d) => d.name === '江汉区')?.population).toBe(1500);
  expect(after.districts.filter((d) => d.name !== '江汉区').every((d) => d.population === 0)).toBe(true);
  expect(after.totals.populationOutsideDistricts).toBe(100);
  await expect(page.getByTestId('district-row')).toHaveCount(13);
  await page.screenshot({ path: testInfo.outputPath('import-csv-grid.png') });
});

test('a facilities CSV with Chinese columns becomes a new scenario after the type is chosen', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const before = await results(page);
  const csv = '名称,x,y,面积\n幼儿园A,114.25,30.618,3000\n幼儿园B,114.3,30.6,2500\n';
  await page
    .getByTestId('import-input')
    .setInputFiles(file('kindergartens.csv', Buffer.from(csv), 'text/csv'));
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await page.getByTestId('import-kind').selectOption('facilities');
  await expect(page.getByTestId('import-facility-name')).toHaveValue('名称');
  await expect(page.getByTestId('import-facility-area')).toHaveValue('面积');
  // No type column: the import waits for a type.
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await page.getByTestId('import-default-type').selectOption('kindergarten');
  await page.screenshot({ path: testInfo.outputPath('import-facilities-dialog.png') });
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('kindergartens');
  await page.waitForFunction(() => window.lifecircle.results()?.totals.facilityCount === 2);
  const after = await results(page);
  // The kindergarten at 114.25, 30.618 lies in 江汉区: people there are now covered.
  expect(
    after.districts.find((d) => d.name === '江汉区')?.coverage.kindergarten?.coveredPopulation,
  ).toBeGreaterThan(0);
  expect(after.districts.map((d) => d.population)).toEqual(before.districts.map((d) => d.population));
});

test('export a scenario as GeoJSON and import it back as a new scenario with the same facilities', async ({
  page,
}, testInfo) => {
  await openApp(page);
  await placeFacility(page, 114.25, 30.618);
  await placeFacility(page, 114.3, 30.6);
  await page.waitForFunction(() => (window.lifecircle.results()?.totals.facilityCount ?? 0) >= 2);

  const exportScenario = async () => {
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-scenario').click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const exported = await exportScenario();
  expect(exported.name).toMatch(/^方案 1-\d{4}-\d{2}-\d{2}\.geojson$/);
  const original = JSON.parse(exported.text);
  expect(original.features).toHaveLength(2);

  await page.getByTestId('import-input').setInputFiles(file(exported.name, Buffer.from(exported.text)));
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expect(page.getByTestId('import-kind')).toHaveValue('scenario');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-scenario.png') });

  const again = await exportScenario();
  const reimported = JSON.parse(again.text);
  expect(again.name).not.toBe(exported.name);
  expect(reimported.features).toEqual(original.features);
  expect(reimported.lifecircle.ruleSetId).toBe(original.lifecircle.ruleSetId);
  expect(reimported.lifecircle.parameters).toEqual(original.lifecircle.parameters);

  await page.getByTestId('export-button').click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-results-csv').click(),
  ]);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('江汉区');
  expect(csv.suggestedFilename()).toMatch(/^方案 1（2）-各区结果-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.getByTestId('export-button').click();
  const [geojson] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-results-geojson').click(),
  ]);
  const districts = JSON.parse(readFileSync(await geojson.path(), 'utf8'));
  expect(districts.lifecircle.format).toBe('lifecircle-results');
  expect(districts.features).toHaveLength(13);
  const shown = await results(page);
  const jianghan = districts.features.find(
    (f: { properties: { district_name: string } }) => f.properties.district_name === '江汉区',
  );
  expect(jianghan.properties.population).toBe(shown.districts.find((d) => d.name === '江汉区')?.population);
});
