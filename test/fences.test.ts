/**
 * The dependency fences of docs/architecture.md § Fences are Biome rules (biome.json overrides and
 * `noImportCycles`). This test proves the rules still bite: it writes one forbidden import per fence into a probe
 * file inside the fenced folder, lints it with the project's configuration, and expects Biome to refuse it with
 * the fence's own message. A configuration that silently stopped matching would let every probe through.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

/** One forbidden import per fence: the probe's path, its source, and the start of the fence's message. */
const forbidden: [string, string, string][] = [
  [
    'src/core/analysis/zz-fence-probe.ts',
    "export { createEngineClient } from '../../engine/engine-client';",
    'src/core is pure',
  ],
  ['src/core/zz-fence-probe.ts', "export * as maplibre from 'maplibre-gl';", 'src/core is pure'],
  [
    'workers/zz-fence-probe.ts',
    "export { createAppStore } from '../src/state/store';",
    'workers/ are adapters',
  ],
  ['src/map/zz-fence-probe.ts', "export { App } from '../ui/app';", 'src/map never imports the UI'],
  [
    'src/state/zz-fence-probe.ts',
    "export { createMapView } from '../map/map-view';",
    'src/state never imports',
  ],
  ['src/ui/zz-fence-probe.ts', "export * as entry from '../main';", 'Nothing imports src/main.tsx'],
];
const allowed = ['src/core/session/zz-fence-probe.ts', "export { createEngine } from '../analysis/engine';"];
const cycle = [
  ['src/core/zz-cycle-probe/a.ts', "import type { B } from './b';\nexport type A = { children: B };"],
  ['src/core/zz-cycle-probe/b.ts', "import type { A } from './a';\nexport type B = A[];"],
];
const probes = [...forbidden.map(([path, source]) => [path, source]), allowed, ...cycle] as [
  string,
  string,
][];

/** Biome's diagnostics, one block per probe file (a block starts with the file's path). */
let diagnostics = '';

beforeAll(() => {
  for (const [path, source] of probes) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `${source}\n`);
  }
  try {
    // One Biome run for every probe: each run costs seconds on a loaded 2-core machine.
    execFileSync(biome, ['lint', '--max-diagnostics=100', ...probes.map(([path]) => path)], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    diagnostics = `${stdout}${stderr}`;
  }
}, 120_000);

afterAll(() => {
  for (const [path] of probes) rmSync(join(root, path), { force: true });
  rmSync(join(root, 'src/core/zz-cycle-probe'), { recursive: true, force: true });
});

/** The diagnostics Biome printed for `path` (the text from its first mention to the next probe's). */
function diagnosticsOf(path: string): string {
  return diagnostics
    .split(/\n(?=\S+\.ts:\d+:\d+ )/)
    .filter((block) => block.startsWith(`${path}:`))
    .join('\n');
}

describe('dependency fences', () => {
  it.each(forbidden)('%s: a forbidden import is refused', (path, _source, message) => {
    const found = diagnosticsOf(path);
    expect(found).toContain('noRestrictedImports');
    expect(found).toContain(message);
  });

  it('an allowed import inside core passes (the probe itself is not what fails)', () => {
    expect(diagnosticsOf(allowed[0] as string)).toBe('');
  });

  it('an import cycle is refused, even through type-only imports', () => {
    expect(diagnosticsOf('src/core/zz-cycle-probe/a.ts')).toContain('noImportCycles');
  });
});
