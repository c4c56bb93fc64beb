import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, openApp, test } from './driver';
import { type IndependentSums, sumByDistrict } from './independent-sum';

const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
const EXPECTED_IN_DISTRICT_ADULTS = 9_484_851;
const WUHAN_DISTRICTS = [
  '江岸区',
  '江汉区',
  '硚口区',
  '汉阳区',
  '武昌区',
  '青山区',
  '洪山区',
  '东西湖区',
  '汉南区',
  '蔡甸区',
  '江夏区',
  '黄陂区',
  '新洲区',
];

let independent: IndependentSums;

// The planners' language; the language test switches to English.
test.use({ locale: 'zh-CN' });

test.beforeAll(async () => {
  independent = await sumByDistrict(
    dataFile('wuhan_worldpop_age20plus_100m.tif'),
    dataFile('wuhan_districts_osm_mapchina.geojson'),
    'Name_County',
  );
});

test('opens on Wuhan: map idle, 13 districts, adults 20+ match an independent sum of the GeoTIFF', async ({
  page,
}, testInfo) => {
  const app = await openApp(page);
  console.log(
    `navigation → ready: ${Math.round(app.readyMilliseconds)} ms; marks: ${JSON.stringify(app.marks)}`,
  );
  testInfo.annotations.push({
    type: 'navigation-to-ready-ms',
    description: String(Math.round(app.readyMilliseconds)),
  });

  expect(await app.mapIsIdle()).toBe(true);
  const names = await app.districtNames();
  expect(names).toHaveLength(13);
  expect([...names].sort()).toEqual([...WUHAN_DISTRICTS].sort());

  expect(independent.inDistricts).toBeGreaterThan(EXPECTED_IN_DISTRICT_ADULTS * 0.999);
  expect(independent.inDistricts).toBeLessThan(EXPECTED_IN_DISTRICT_ADULTS * 1.001);
  const results = await app.results();
  expect(results.districts).toHaveLength(13);
  const appAdults = results.districts.map(
    (district) => district.populationByLayer?.adults20plus ?? Number.NaN,
  );
  const appSum = appAdults.reduce((sum, value) => sum + value, 0);
  expect(Math.abs(appSum - independent.inDistricts) / independent.inDistricts).toBeLessThan(1e-4);
  for (const district of results.districts) {
    const expected = independent.byDistrict.get(district.name) ?? Number.NaN;
    expect(Math.abs((district.populationByLayer?.adults20plus ?? 0) - expected), district.name).toBeLessThan(
      expected * 1e-3,
    );
  }

  // The district names on the map (HTML over the canvas, no glyph server): each one sits inside its own district.
  const mapLabels = await page.evaluate(() => {
    const map = window.lifecircle.map;
    const container = map?.getContainer().getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.district-label')].map((label) => {
      const name = label.querySelector('.district-label-name')?.textContent ?? '';
      const box = label.getBoundingClientRect();
      const x = box.left - (container?.left ?? 0);
      const y = box.top - (container?.top ?? 0);
      const under = map?.queryRenderedFeatures([x, y], { layers: ['district-fill'] })[0];
      return { name, under: under?.properties?.name as string | undefined };
    });
  });
  expect(mapLabels.length).toBeGreaterThanOrEqual(10);
  for (const label of mapLabels) expect(label.under, label.name).toBe(label.name);
  await expect(
    page.getByText(
      'Population © WorldPop (CC BY 4.0) · Boundaries and streets © OpenStreetMap contributors (ODbL)',
    ),
  ).toBeVisible();
  await expect(page.getByTestId('district-outside')).toBeVisible();
  await expect(page.getByTestId('legend')).toBeVisible();
  await page.screenshot({ path: path.join(testInfo.project.outputDir, 'foundation.png') });
});

test('switches the grid between the estimate, adults 20+ and elderly 60+', async ({ page }) => {
  await openApp(page);
  const legend = page.getByTestId('legend');
  for (const layer of ['elderly60plus', 'adults20plus', 'total']) {
    await page.getByTestId(`layer-${layer}`).click();
    await expect(page.getByTestId(`layer-${layer}`)).toHaveAttribute('aria-pressed', 'true');
    await expect(legend).toHaveAttribute('data-layer', layer);
  }
});

test('switches the language and keeps the choice after a reload', async ({ page }) => {
  const app = await openApp(page);
  await expect(page.getByRole('columnheader', { name: /估算人口/ })).toBeVisible();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('columnheader', { name: /Population \(est\.\)/ })).toBeVisible();
  await page.reload();
  await app.waitUntilReady();
  await expect(page.getByRole('columnheader', { name: /Population \(est\.\)/ })).toBeVisible();
  await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: path.join(test.info().project.outputDir, 'foundation-en.png') });
});

test.describe('with a broken online basemap URL', () => {
  // The deliberately broken URL's 404 is expected in the console.
  test.use({ allowedConsoleErrors: [/404|Not Found|no-such-style/i] });

  test('falls back to the offline basemap when the online style URL fails, and says so', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('settings-button').click();
    await page.getByTestId('basemap-url').fill('http://127.0.0.1:4173/no-such-style.json');
    await page.getByTestId('basemap-apply').click();
    await expect(page.getByTestId('notice')).toBeVisible();
    await expect(page.getByTestId('basemap-status')).toHaveAttribute('data-status', 'failed');
    await page.waitForFunction(() => window.lifecircle.map?.getLayer('district-outline') !== undefined);
    await page.waitForFunction(() => window.lifecircle.map?.getSource('population') !== undefined);
  });
});
