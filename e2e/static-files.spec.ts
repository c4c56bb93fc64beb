import { expect, openApp, test } from './driver';

interface Manifest {
  name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string }[];
}

test('the built site serves its web app manifest, the icons it names, and robots.txt', async ({ page }) => {
  await openApp(page);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBe('./manifest.webmanifest');
  const served = await page.evaluate(async (href) => {
    const manifestUrl = new URL(href, document.baseURI);
    const response = await fetch(manifestUrl);
    const manifest = (await response.json()) as Manifest;
    const icons = await Promise.all(
      manifest.icons.map(async (icon) => {
        const answer = await fetch(new URL(icon.src, manifestUrl));
        const bytes = new Uint8Array(await answer.arrayBuffer());
        return {
          ...icon,
          status: answer.status,
          type: answer.headers.get('content-type'),
          bytes: bytes.length,
        };
      }),
    );
    const pageIcon = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
    const robots = await fetch(new URL('robots.txt', document.baseURI));
    return {
      status: response.status,
      manifest,
      icons,
      pageIconStatus: (await fetch(pageIcon)).status,
      robots: { status: robots.status, text: await robots.text() },
    };
  }, manifestHref ?? '');
  expect(served.status).toBe(200);
  expect(served.manifest).toMatchObject({ name: 'Lifecircle 生活圈', start_url: '.', display: 'standalone' });
  expect(served.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512', 'any']);
  for (const icon of served.icons) {
    expect(icon.status, icon.src).toBe(200);
    expect(icon.type, icon.src).toContain(icon.type === 'image/svg+xml' ? 'svg' : 'image/');
    expect(icon.bytes, icon.src).toBeGreaterThan(100);
  }
  expect(served.pageIconStatus).toBe(200);
  expect(served.robots.status).toBe(200);
  expect(served.robots.text).toContain('User-agent');
});
