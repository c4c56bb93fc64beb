import type { Page } from '@playwright/test';
import { clickMap, expect, openApp, pagePoint, test, waitForFacilityCount } from './driver';

/** Inside 江汉区, and inside 江岸区 (as in planner-drag.spec.ts). */
const JIANGHAN: [number, number] = [114.25, 30.618];
const JIANGAN: [number, number] = [114.3, 30.63];

// The one violation the test provokes itself, to show the policy is in force; its own checks catch any other.
test.use({
  locale: 'zh-CN',
  serviceWorkers: 'allow',
  allowedConsoleErrors: [/Executing inline script violates/],
});

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** Every `securitypolicyviolation` the page reports, recorded from before its first script runs. */
async function recordViolations(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile})`,
      );
    });
  });
  return console;
}

async function download(page: Page, testId: string): Promise<void> {
  await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
}

test('the built page has a strict Content-Security-Policy and nothing the app does violates it', async ({
  page,
}) => {
  const consoleReports = await recordViolations(page);
  await openApp(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1000 });
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // The policy is in force: an inline script is refused (and reported; cleared below).
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
  });
  expect(ran).toBe(false);
  await page.waitForFunction(() => window.__cspViolations.length === 1);
  await page.evaluate(() => {
    window.__cspViolations = [];
  });
  consoleReports.length = 0;

  // Place a station, drag it into the next district, export, open the report.
  await clickMap(page, JIANGHAN);
  await waitForFacilityCount(page, 1);
  const start = await pagePoint(page, JIANGHAN);
  const end = await pagePoint(page, JIANGAN);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / 10,
      start.y + ((end.y - start.y) * step) / 10,
    );
  }
  await page.mouse.up();
  await page.waitForFunction(
    () =>
      window.lifecircle.results()?.districts.find((d) => d.name === '江岸区')?.facilityAreaSquareMeters ===
      600,
  );
  await page.getByTestId('export-button').click();
  await download(page, 'export-scenario');
  await page.getByTestId('export-button').click();
  await download(page, 'export-results-csv');
  await download(page, 'meeting-export-png');
  await page.getByTestId('meeting-report').click();
  await expect(page.getByTestId('report')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('report-close').click();
  await page.waitForFunction(() => window.lifecircle.map?.loaded() === true);

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleReports).toEqual([]);
});
