/**
 * A street network imported through the import dialog (issue 13, "Network input"): a real piece of the OpenStreetMap
 * streets around 积玉桥 (e2e/fixtures/jiyuqiao-streets.geojson: 266 nodes and 285 segments after the 50 m cut, one
 * connected part; README there) is inspected, shown and confirmed, replaces the default Wuhan network, and a station
 * in walking-network mode is then measured along it. A network in two pieces is warned about with its share; a file
 * with no walkable lines is refused with its message; Cancel keeps the network in use. Both languages.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FeatureCollection, LineString } from 'geojson';
import type { Results } from '../src/core/model/results';
import { clickMap, expect, openApp, resultsOf, test, waitForFacilityCount } from './driver';

const FIXTURE = 'jiyuqiao-streets.geojson';
const streets = JSON.parse(
  readFileSync(new URL(`./fixtures/${FIXTURE}`, import.meta.url), 'utf8'),
) as FeatureCollection<LineString>;
/** On the Wuchang bank at 积玉桥, inside the fixture's box. */
const STATION: [number, number] = [114.302, 30.572];
const TYPE = 'street_service_centre';

function geojsonFile(name: string, collection: FeatureCollection) {
  return { name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(collection)) };
}

/** The app with the default network ready (an import then replaces a loaded network, never a loading one). */
async function openWithNetwork(page: Page): Promise<void> {
  await openApp(page);
  await page.waitForFunction(() => window.lifecircle.networkStatus === 'ready', undefined, {
    timeout: 30_000,
  });
}

async function placeStation(page: Page): Promise<void> {
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
}

async function switchToWalking(page: Page): Promise<Results> {
  await page.getByTestId('distance-network').click();
  await page.waitForFunction(() => window.lifecircle.results()?.method.distance === 'network');
  return resultsOf(page);
}

for (const [locale, words] of [
  [
    'zh-CN',
    {
      facts: '266 个节点、285 条路段',
      component: '最大连通部分包含 100.0% 的节点',
      inUse: `使用的路网：${FIXTURE}`,
      defaultNetwork: '武汉中心城区 OpenStreetMap 路网（默认）',
      noLines: '道路文件中没有可步行的线路',
      fragmented: '最大的连通部分只包含 50% 的节点',
    },
  ],
  [
    'en',
    {
      facts: '266 nodes, 285 street segments',
      component: 'Largest connected part: 100.0% of the nodes',
      inUse: `Network in use: ${FIXTURE}`,
      defaultNetwork: 'OpenStreetMap streets of central Wuhan (default)',
      noLines: 'no walkable lines',
      fragmented: 'holds only 50% of its nodes',
    },
  ],
] as const) {
  test.describe(`network import (${locale})`, () => {
    test.use({ locale });

    test('a street file imported through the dialog replaces the network and coverage is measured along it', async ({
      page,
    }) => {
      await openWithNetwork(page);
      await page.getByTestId('import-input').setInputFiles(geojsonFile(FIXTURE, streets));
      const dialog = page.getByTestId('import-dialog');
      await expect(dialog.getByTestId('import-kind')).toHaveValue('network');
      await expect(dialog.getByTestId('import-network-facts')).toContainText(words.facts);
      await expect(dialog.getByTestId('import-network-component')).toHaveText(words.component);
      await expect(dialog.getByTestId('import-network-warnings')).toHaveCount(0);
      await expect(dialog.getByTestId('import-network-replaces')).toContainText(words.defaultNetwork);
      await page.getByTestId('import-confirm').click();
      await expect(page.getByTestId('import-done-network')).toContainText(FIXTURE);
      await expect(page.getByTestId('network-in-use')).toContainText(words.inUse);
      await placeStation(page);
      const straight = await resultsOf(page);
      const walking = await switchToWalking(page);
      const coverage = (results: Results) => results.totals.coverage[TYPE]?.percent ?? Number.NaN;
      // Measured along the 1.3 km × 1.3 km piece: reached, but less than the straight-line circle, and only the
      // residents near that piece are on the network at all (the default network holds about 63% of them).
      expect(coverage(walking)).toBeGreaterThan(0);
      expect(coverage(walking)).toBeLessThan(coverage(straight));
      expect(walking.totals.populationOnNetworkPercent).toBeGreaterThan(0);
      expect(walking.totals.populationOnNetworkPercent).toBeLessThan(2);
      await expect(page.getByTestId('distance-method')).toContainText(FIXTURE);
    });

    test('a network in two pieces is warned about with its share and can still be imported', async ({
      page,
    }) => {
      await openWithNetwork(page);
      // The fixture and a copy of it 0.05° east: two parts of 266 nodes each, 50% in the largest.
      const shifted = streets.features.map((feature) => ({
        ...feature,
        geometry: {
          type: 'LineString' as const,
          coordinates: feature.geometry.coordinates.map(([lon, lat]) => [
            (lon as number) + 0.05,
            lat as number,
          ]),
        },
      }));
      const pieces = { type: 'FeatureCollection' as const, features: [...streets.features, ...shifted] };
      await page.getByTestId('import-input').setInputFiles(geojsonFile('two-pieces.geojson', pieces));
      await expect(page.getByTestId('import-network-warnings')).toContainText(words.fragmented);
      await page.getByTestId('import-confirm').click();
      await expect(page.getByTestId('import-done-network')).toContainText('two-pieces.geojson');
      await expect(page.getByTestId('import-warnings')).toContainText(locale === 'en' ? '50%' : '50%');
      await expect(page.getByTestId('network-in-use')).toContainText('two-pieces.geojson');
    });

    test('a file of motorways only is refused with its message and the network in use stays', async ({
      page,
    }) => {
      await openWithNetwork(page);
      const motorways = {
        type: 'FeatureCollection' as const,
        features: streets.features.map((feature) => ({ ...feature, properties: { highway: 'motorway' } })),
      };
      await page.getByTestId('import-input').setInputFiles(geojsonFile('motorways.geojson', motorways));
      const message = page.getByTestId('import-error-message');
      await expect(message).toContainText('motorways.geojson');
      await expect(message).toContainText(words.noLines);
      await expect(page.getByTestId('import-dialog')).toHaveCount(0);
      await expect(page.getByTestId('network-in-use')).toContainText(words.defaultNetwork);
    });
  });
}

test.describe('network import, cancelled', () => {
  test.use({ locale: 'en' });

  test('Cancel in the dialog keeps the network in use', async ({ page }) => {
    await openWithNetwork(page);
    await page.getByTestId('import-input').setInputFiles(geojsonFile(FIXTURE, streets));
    await expect(page.getByTestId('import-network-facts')).toBeVisible();
    await page.getByTestId('import-dialog-cancel').click();
    await expect(page.getByTestId('import-dialog')).toHaveCount(0);
    await expect(page.getByTestId('network-in-use')).toHaveText(
      'Network in use: OpenStreetMap streets of central Wuhan (default)',
    );
    expect(await page.evaluate(() => window.lifecircle.networkStatus)).toBe('ready');
  });
});
