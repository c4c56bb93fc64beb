import { describe, expect, it } from 'vitest';
import { formatCliError } from './cli-error';
import { parseEvaluateArgs } from './evaluate-args';

const REQUIRED = [
  '--grid',
  'g.tif',
  '--districts',
  'd.geojson',
  '--facilities',
  'f.geojson',
  '--out',
  'r.csv',
];

function usageMessage(argv: string[]): string {
  const result = parseEvaluateArgs(argv);
  if (result.ok) return 'ok';
  expect(result.error.exitCode).toBe(2);
  return result.error.message;
}

describe('parseEvaluateArgs', () => {
  it('applies the defaults', () => {
    expect(parseEvaluateArgs(REQUIRED)).toEqual({
      ok: true,
      value: {
        gridPath: 'g.tif',
        gridFormat: 'geotiff',
        layer: 'total',
        districtsPath: 'd.geojson',
        districtsCrs: 'wgs84',
        facilitiesPath: 'f.geojson',
        householdSize: 2.62,
        precise: false,
        outPath: 'r.csv',
        outFormat: 'csv',
      },
    });
  });

  it('reads every option', () => {
    const result = parseEvaluateArgs([
      ...['--grid', 'G.CSV', '--layer', 'adults20plus', '--grid-crs', 'EPSG:4547', '--districts', 'd.json'],
      ...[
        '--districts-crs',
        'gcj02',
        '--name-field',
        'NAME',
        '--facilities',
        'f.geojson',
        '--household-size',
        '2.47',
      ],
      ...['--rule-set', 'national-2021-2025', '--precise', '--out', 'out.json'],
    ]);
    expect(result.ok && result.value).toMatchObject({
      gridFormat: 'csv',
      layer: 'adults20plus',
      gridCrs: 'EPSG:4547',
      districtsCrs: 'gcj02',
      nameField: 'NAME',
      householdSize: 2.47,
      ruleSetId: 'national-2021-2025',
      precise: true,
      outFormat: 'json',
    });
  });

  it('returns help for -h', () => {
    expect(parseEvaluateArgs(['-h'])).toEqual({ ok: true, value: 'help' });
  });

  it('refuses bad usage with exit code 2', () => {
    expect(usageMessage(REQUIRED.slice(2))).toBe('missing --grid');
    expect(usageMessage([...REQUIRED, '--bogus'])).toMatch(/Unknown option '--bogus'/);
    expect(usageMessage([...REQUIRED, '--household-size', '0'])).toBe(
      '--household-size 0: expected persons per household > 0',
    );
    expect(usageMessage([...REQUIRED, '--household-size', 'x'])).toMatch(/expected persons per household/);
    expect(usageMessage([...REQUIRED.slice(0, 6), '--out', 'r.xlsx'])).toBe(
      '--out r.xlsx: expected a .json, .csv or .geojson file',
    );
    expect(usageMessage(['--grid', 'g.shp', ...REQUIRED.slice(2)])).toBe(
      '--grid g.shp: expected a .tif, .tiff or .csv file',
    );
  });
});

describe('formatCliError', () => {
  it('prints one line naming the file, the problem and the code', () => {
    expect(
      formatCliError({
        code: 'json-malformed',
        message: 'not valid JSON\n(line 3)',
        file: 'd.geojson',
        exitCode: 1,
      }),
    ).toBe('lifecircle: d.geojson: not valid JSON (line 3) [json-malformed]');
    expect(formatCliError({ code: 'usage', message: 'missing --grid', exitCode: 2 })).toBe(
      'lifecircle: missing --grid [usage]',
    );
  });
});
