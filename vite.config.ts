import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The built page's Content-Security-Policy (issue 15). Scripts, styles, workers and data only from the site itself;
 * `connect-src https:` because the optional online basemap is any style URL the planner types (its style, tiles,
 * sprites and glyphs are fetched); `img-src data: blob:` for MapLibre's decoded tiles (blob: images) and the report's
 * picture (a data: URL). No `unsafe-eval`, no `unsafe-inline`: every script is a file, styles come from the CSS files
 * and from the CSSOM (Preact's and MapLibre's `element.style`), which CSP does not govern. No `wasm-unsafe-eval`: the
 * only WebAssembly (HiGHS) runs in the engine worker, whose policy is its own response's, not this page's.
 * `frame-ancestors` cannot be set from a meta element (a server header would have to send it).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Puts the policy first in the built page's head; the dev server, which injects styles inline, is left without. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'lifecircle-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline after one visit (issue 15): a Workbox service worker precaches the app shell, the workers, HiGHS's wasm,
 * the icons and manifest, and the default Wuhan files (two 2 MB GeoTIFFs and the 1 MB walking network, hence the
 * size limit). `prompt`: a new version waits until the planner reloads (src/ui/update-prompt.tsx registers it). The
 * manifest stays `public/manifest.webmanifest`, linked from index.html.
 */
const offlineServiceWorker = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,wasm,svg,png,webmanifest,txt,tif,geojson,lcnet}'],
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // The first visit is controlled at once, so it works offline without a second load.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [preact(), contentSecurityPolicyMeta(), offlineServiceWorker],
  // Relative base so dist/ works from any static server path on an intranet.
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2500, assetsInlineLimit: 0 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'workers/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
