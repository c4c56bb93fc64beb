/**
 * The hostile corpus of issue 15 (test/fixtures/import/hostile-files.ts, made at run time): each small file that
 * stalled or exhausted the tab and the CLI is now refused with its code, or read normally, through importFile (the
 * app's path) and through `lifecircle evaluate` in a child process with a 512 MB heap, within time and memory limits.
 * The limits are generous ceilings for a loaded 2-core machine, far below what each file cost before (up to
 * 3.5 GB and 42 s); the exact figures are in the commit messages and README § Hostile files.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ESCAPING_NAME,
  type HostileFile,
  makeHostileFiles,
} from '../../../../test/fixtures/import/hostile-files';
import { importBatch, inspectFiles } from './import-batch';
import { importFile } from './import-file';
import { MAX_IMPORT_FILE_BYTES } from './limits';

/** Ceiling on one import in this process, and on one CLI run including Node and tsx start-up. */
const MAX_IMPORT_MS = 15_000;
const MAX_CLI_MS = 45_000;
/** Ceiling on the CLI's peak resident memory (Node + tsx alone are ~150 MB). */
const MAX_CLI_RSS_MB = 600;

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const cliFixture = (name: string) => join(root, 'test/fixtures/cli', name);

let files: HostileFile[] = [];
let directory = '';

beforeAll(async () => {
  files = await makeHostileFiles();
  directory = mkdtempSync(join(tmpdir(), 'lifecircle-hostile-'));
  for (const file of files) writeFileSync(join(directory, file.name), file.bytes);
}, 60_000);

function codeOf(result: Awaited<ReturnType<typeof importFile>>, expected: string): string {
  if (!result.ok) return result.error.code;
  return result.value.warnings.some((warning) => warning.code === expected) ? expected : 'ok';
}

interface CliRun {
  exitCode: number;
  stderr: string;
  peakMegabytes: number;
  milliseconds: number;
}

/** `npm run cli -- evaluate` with the hostile file in its role, under /usr/bin/time for the peak RSS. */
function runCli(file: HostileFile): Promise<CliRun> {
  const inputs = {
    grid: cliFixture('grid-utm50n.tif'),
    districts: cliFixture('districts-wgs84.geojson'),
    facilities: cliFixture('facilities.geojson'),
  };
  inputs[file.kind] = join(directory, file.name);
  const args = [
    '-f',
    'peak-kb %M',
    process.execPath,
    '--max-old-space-size=512',
    '--import',
    'tsx',
    join(root, 'src/cli/main.ts'),
    'evaluate',
    '--grid',
    inputs.grid,
    '--districts',
    inputs.districts,
    '--facilities',
    inputs.facilities,
    '--out',
    join(directory, `${file.name}.results.json`),
  ];
  if (file.kind === 'grid') args.push('--grid-crs', 'EPSG:4326');
  const started = performance.now();
  return new Promise((resolve) => {
    execFile('/usr/bin/time', args, { cwd: root, timeout: MAX_CLI_MS }, (error, _stdout, stderr) => {
      const peak = /peak-kb (\d+)/.exec(stderr);
      resolve({
        exitCode: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
        // /usr/bin/time's own lines (peak, "Command exited with non-zero status 1") are not the CLI's.
        stderr: stderr
          .replace(/peak-kb \d+\s*$/, '')
          .replace(/^Command exited with non-zero status \d+\n/m, ''),
        peakMegabytes: peak ? Number(peak[1]) / 1024 : Number.NaN,
        milliseconds: performance.now() - started,
      });
    });
  });
}

describe('hostile corpus (issue 15)', () => {
  it('holds the files of the issue', () => {
    expect(files.map((file) => file.name)).toEqual([
      'deflate-bomb.tif',
      'shared-strip.tif',
      'arc-reuse.topojson',
      'sawtooth.geojson',
      'spikes.geojson',
      'bowtie.geojson',
      'lying-member.zip',
      'null-records.zip',
      'nested-collections.geojson',
    ]);
  });

  it('refuses a file over the size limit from its size, never reading it (app and CLI)', async () => {
    let reads = 0;
    const huge = {
      name: 'huge.geojson',
      blob: {
        size: MAX_IMPORT_FILE_BYTES + 1,
        arrayBuffer: () => {
          reads++;
          return Promise.resolve(new ArrayBuffer(0));
        },
      },
    };
    const [inspected] = await inspectFiles([huge]);
    expect(inspected?.ok ? null : inspected?.failure.error.code).toBe('file-too-large');
    const imported = await importBatch([{ file: huge, options: { kind: 'districts' } }]);
    expect(imported.ok ? null : imported.failure.error.code).toBe('file-too-large');
    expect(reads).toBe(0);
    // A sparse file: 300 MB to stat, no disk used; the CLI must not read it.
    const path = join(directory, 'huge.geojson');
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024);
    const run = await runCli({
      name: 'huge.geojson',
      bytes: new Uint8Array(),
      kind: 'districts',
      code: '',
      why: '',
    });
    expect(run.stderr).toMatch(/huge\.geojson: .*\[file-too-large\]\n?$/);
    expect(run.peakMegabytes).toBeLessThan(MAX_CLI_RSS_MB / 2);
  }, 60_000);

  it.each([
    'deflate-bomb.tif',
    'shared-strip.tif',
    'arc-reuse.topojson',
    'sawtooth.geojson',
    'spikes.geojson',
    'bowtie.geojson',
    'lying-member.zip',
    'null-records.zip',
    'nested-collections.geojson',
  ])(
    'importFile: %s gives its code in time',
    async (name) => {
      const file = files.find((candidate) => candidate.name === name) as HostileFile;
      const started = performance.now();
      const result = await importFile({ name: file.name, bytes: file.bytes }, { kind: file.kind });
      expect(performance.now() - started).toBeLessThan(MAX_IMPORT_MS);
      expect(codeOf(result, file.code)).toBe(file.code);
    },
    30_000,
  );

  it.each([
    'deflate-bomb.tif',
    'shared-strip.tif',
    'arc-reuse.topojson',
    'sawtooth.geojson',
    'spikes.geojson',
    'bowtie.geojson',
    'lying-member.zip',
    'null-records.zip',
    'nested-collections.geojson',
  ])(
    'CLI: %s ends in one coded line (or results) within the time and memory ceilings',
    async (name) => {
      const file = files.find((candidate) => candidate.name === name) as HostileFile;
      const run = await runCli(file);
      expect(run.milliseconds).toBeLessThan(MAX_CLI_MS);
      expect(run.peakMegabytes).toBeLessThan(MAX_CLI_RSS_MB);
      const lines = run.stderr.split('\n').filter((line) => line !== '' && !line.includes('note:'));
      if (file.code === 'ok' || file.code.startsWith('districts-repaired')) {
        expect(run.exitCode).toBe(0);
        expect(lines).toEqual([]);
      } else {
        expect(run.exitCode).toBe(1);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`\\[${file.code}\\]$`));
      }
      // Nothing from the file reaches the terminal as a control sequence.
      const unsafe = Array.from(run.stderr).filter((character) => {
        const code = character.codePointAt(0) as number;
        return (code < 0x20 && character !== '\n') || code === 0x7f || code === 0x202e;
      });
      expect(unsafe).toEqual([]);
      if (name === 'bowtie.geojson') expect(run.stderr).toContain('[2J]0;owned');
      expect(ESCAPING_NAME).toContain('\u001b');
    },
    60_000,
  );
});
