/**
 * The malformed/awkward corpus (test/fixtures/import/manifest.json, made by make-corpus.ts) through importFile, the
 * path the UI uses: each file must give its code (an error, or a warning of a successful import) and a message
 * naming the file in English and Chinese.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import type { ImportIssue, ImportOptions } from './import-types';
import { formatImportError } from './messages';

interface Entry {
  file: string;
  options?: ImportOptions;
  code: string;
  message: string;
  why: string;
}

const fixtures = join(import.meta.dirname, '../../../../test/fixtures/import');
const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as Entry[];

describe('import corpus', () => {
  it('holds at least 40 files with distinct names', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((entry) => entry.file)).size).toBe(manifest.length);
  });

  it.each(manifest)('$file → $code ($why)', async (entry) => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'corpus', entry.file)));
    const result = await importFile({ name: entry.file, bytes }, entry.options ?? {});
    let issue: ImportIssue | undefined;
    if (result.ok) issue = result.value.warnings.find((warning) => warning.code === entry.code);
    else issue = result.error;
    expect(issue?.code).toBe(entry.code);
    const english = formatImportError(issue as ImportIssue, entry.file, 'en');
    expect(english).toContain(entry.message);
    expect(english.startsWith(`"${entry.file}": `)).toBe(true);
    const chinese = formatImportError(issue as ImportIssue, entry.file, 'zh-CN');
    expect(chinese.startsWith(`“${entry.file}”：`)).toBe(true);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });
});
