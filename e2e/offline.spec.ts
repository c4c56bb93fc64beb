import { clickMap, expect, openApp, test, waitForFacilityCount } from './driver';

/** Inside 江汉区 (as in planner-loop.spec.ts). */
const JIANGHAN: [number, number] = [114.25, 30.618];
const STATION_FLOOR_AREA_SQUARE_METERS = 600;

// Other specs block service workers (playwright.config.ts); this one is about them. The one error expected is the
// probe's own refused fetch below.
test.use({ locale: 'zh-CN', serviceWorkers: 'allow', allowedConsoleErrors: [/not-precached\.txt/] });

test('after one visit the app opens on Wuhan and works with no network', async ({ page, context }) => {
  const app = await openApp(page);
  // The service worker controls the page once it is activated, which Workbox does only after precaching everything.
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
    return registration.scope;
  });
  expect(scope).toBe('http://127.0.0.1:4173/');

  await context.setOffline(true);
  // Really offline: a file the service worker does not hold cannot be fetched.
  const missing = await page.evaluate(() =>
    fetch('./not-precached.txt').then(
      (response) => `answered ${response.status}`,
      () => 'refused',
    ),
  );
  expect(missing).toBe('refused');

  await page.reload();
  await app.waitUntilReady();
  expect(await app.districtNames()).toContain('江汉区');
  await clickMap(page, JIANGHAN);
  await waitForFacilityCount(page, 1);
  await page.waitForFunction(
    (area) =>
      window.lifecircle.results()?.districts.find((d) => d.name === '江汉区')?.facilityAreaSquareMeters ===
      area,
    STATION_FLOOR_AREA_SQUARE_METERS,
  );
  const placed = (await app.results()).districts.find((d) => d.name === '江汉区');
  expect(placed?.areaPer100Households).toBeGreaterThan(0);
});
