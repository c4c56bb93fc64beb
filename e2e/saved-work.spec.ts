/**
 * Saved work that holds a facility the engine refuses (issue 15 "Data loss"): the next start restores every valid
 * scenario and facility, sets the bad one aside and offers it as a download.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { clickMap, expect, openApp, test, waitForFacilityCount } from './driver';

test.use({ locale: 'en-US' });

/** The app's autosave record in IndexedDB (database `lifecircle`, store `autosave`), once it has been written. */
async function storedRecord(page: Page): Promise<{ key: string; record: Record<string, unknown> }> {
  // page.waitForFunction would take the returned Promise itself as truthy: poll the read until the record is there.
  const read = () =>
    page.evaluate(
      () =>
        new Promise<{ key: string; record: Record<string, unknown> } | null>((resolve) => {
          const opened = indexedDB.open('lifecircle');
          opened.onsuccess = () => {
            // Values and keys read in one transaction: in two, the autosave could land between them (keys found, no
            // values yet).
            const store = opened.result.transaction('autosave').objectStore('autosave');
            const values = store.getAll();
            const keys = store.getAllKeys();
            keys.onsuccess = () => {
              opened.result.close();
              const index = keys.result.findIndex((key) => /^scenarios\.v1\.[^.]+$/.test(String(key)));
              const record = values.result[index];
              resolve(index < 0 || record === undefined ? null : { key: String(keys.result[index]), record });
            };
          };
        }),
    );
  await expect.poll(read, { timeout: 30_000 }).not.toBeNull();
  return (await read()) as { key: string; record: Record<string, unknown> };
}

test('a stored facility with a 20 km radius is set aside; every other scenario and facility is restored', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('palette-community_service_station').click();
  await clickMap(page, [114.25, 30.618]);
  await waitForFacilityCount(page, 1);
  const { key, record } = await storedRecord(page);
  const list = record.list as { scenarios: Record<string, unknown>[]; activeScenarioId: string };
  const first = list.scenarios[0] as { facilities: Record<string, unknown>[] };
  const good = first.facilities[0] as Record<string, unknown>;
  const bad = { ...good, id: 'too-far', name: 'Too far', radiusMeters: 20_000 };
  // An older version wrote a second scenario holding the good station and one with a radius of 20 km.
  list.scenarios.push({ ...first, id: 'older', name: 'Older plan', facilities: [good, bad] });
  list.activeScenarioId = 'older';
  await page.evaluate(
    ([storeKey, value]) =>
      new Promise<void>((resolve, reject) => {
        const opened = indexedDB.open('lifecircle');
        opened.onsuccess = () => {
          const transaction = opened.result.transaction('autosave', 'readwrite');
          transaction.objectStore('autosave').put(value, storeKey);
          transaction.oncomplete = () => {
            opened.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, record] as const,
  );

  await page.reload();
  await page.waitForFunction(() => window.lifecircle?.ready === true);
  await expect(page.getByTestId('scenario-tab-older')).toBeVisible();
  await waitForFacilityCount(page, 1);
  await expect(page.getByTestId('storage-notice')).toContainText('set aside');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('quarantine-download').click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.items).toEqual([expect.objectContaining({ kind: 'facility', value: bad })]);
});
