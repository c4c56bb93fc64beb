/**
 * Two tabs of the app on one profile (issue 15 "Data loss"): the first tab writes the saved work, a second one is
 * read-only with a banner and follows it, and edits made in the first survive whatever the second does.
 */
import type { Page } from '@playwright/test';
import { clickMap, expect, openApp, test, waitForFacilityCount } from './driver';

test.use({ locale: 'en-US' });
// Two tabs load the city side by side on a machine without a GPU: each load takes several times longer than alone.
test.setTimeout(240_000);

/** Points well inside 江汉区 and 江岸区. */
const FIRST: [number, number] = [114.25, 30.618];
const SECOND: [number, number] = [114.3, 30.63];

async function placeStation(page: Page, lonLat: [number, number]) {
  await page.getByTestId('palette-community_service_station').click();
  await clickMap(page, lonLat);
}

test('a second tab is read-only with a banner, follows the first, and cannot overwrite its edits', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  await placeStation(a, FIRST);
  await waitForFacilityCount(a, 1);

  const b = await context.newPage();
  await openApp(b);
  await expect(b.getByTestId('tab-banner')).toContainText('open in another tab');
  await expect(a.getByTestId('tab-banner')).toHaveCount(0);
  await waitForFacilityCount(b, 1);
  // An edit in the read-only tab is refused and said to be.
  await placeStation(b, SECOND);
  await expect(b.getByTestId('notice')).toContainText('read-only');
  await waitForFacilityCount(b, 1);

  // The first tab goes on editing; the second follows live.
  await placeStation(a, SECOND);
  await waitForFacilityCount(a, 2);
  await waitForFacilityCount(b, 2);

  // Whatever the second tab does (a reload), the first tab's work is there after a reload of each.
  await b.reload();
  await b.waitForFunction(() => window.lifecircle?.ready === true);
  await waitForFacilityCount(b, 2);
  await expect(b.getByTestId('tab-banner')).toBeVisible();
  await a.reload();
  await a.waitForFunction(() => window.lifecircle?.ready === true);
  await waitForFacilityCount(a, 2);
});

test('the second tab can take over: it then writes, and the first becomes read-only', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await placeStation(a, FIRST);
  await waitForFacilityCount(a, 1);
  const b = await context.newPage();
  await openApp(b);
  await waitForFacilityCount(b, 1);

  await b.getByTestId('tab-take-over').click();
  await expect(b.getByTestId('tab-banner')).toHaveCount(0);
  await expect(a.getByTestId('tab-banner')).toBeVisible();
  await placeStation(b, SECOND);
  await waitForFacilityCount(b, 2);
  await waitForFacilityCount(a, 2);

  await b.reload();
  await b.waitForFunction(() => window.lifecircle?.ready === true);
  await waitForFacilityCount(b, 2);
});
