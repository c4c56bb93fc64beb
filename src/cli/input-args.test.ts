import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvaluateArgs } from './evaluate-args';
import { parseSuggestArgs } from './suggest-args';

const EVALUATE = ['--facilities', 'f.geojson', '--out', 'r.json'];
const SUGGEST = ['--type', 'health_service_station', '--count', '2', '--out', 's.geojson'];
const INPUTS = ['--grid', 'g.csv', '--districts', 'd.geojson'];

/** The error message of a parse, or the parsed inputs (evaluate's args, suggest's `inputs`) without the outputs. */
function inputsOf(command: 'evaluate' | 'suggest', argv: string[]) {
  const result =
    command === 'evaluate'
      ? parseEvaluateArgs([...argv, ...EVALUATE])
      : parseSuggestArgs([...argv, ...SUGGEST]);
  if (!result.ok) return { error: result.error.message, exitCode: result.error.exitCode };
  if (result.value === 'help') throw new Error('unexpected help');
  const { precise, outPath, outFormat, facilitiesPath, ...inputs } =
    'inputs' in result.value ? result.value.inputs : result.value;
  return inputs;
}

describe('the input options evaluate and suggest share', () => {
  it('read the same inputs the same way in both commands', () => {
    const argv = [
      ...INPUTS,
      '--layer',
      'elderly',
      '--grid-crs',
      'EPSG:32650',
      '--districts-crs',
      'gcj02',
      '--name-field',
      'NAME',
      '--household-size',
      '3.019',
      '--network',
      'streets.geojson',
    ];
    const expected = {
      gridPath: 'g.csv',
      gridFormat: 'csv',
      layer: 'elderly',
      gridCrs: 'EPSG:32650',
      districtsPath: 'd.geojson',
      districtsCrs: 'gcj02',
      nameField: 'NAME',
      householdSize: 3.019,
      networkPath: 'streets.geojson',
      // Absent --network-crs: the network's coordinates are read as WGS 84 (said in the parse, not left to each command).
      networkCrs: 'wgs84',
    };
    expect(inputsOf('evaluate', argv)).toEqual(expected);
    expect(inputsOf('suggest', argv)).toEqual(expected);
  });

  it('refuse the same mistakes with the same words (exit code 2)', () => {
    const mistakes: [string[], string][] = [
      [['--grid', 'g.png', '--districts', 'd.geojson'], '--grid g.png: expected a .tif, .tiff or .csv file'],
      [[...INPUTS, '--household-size', '0'], '--household-size 0: expected persons per household > 0'],
      [[...INPUTS, '--household-size', ''], '--household-size : expected persons per household > 0'],
      [[...INPUTS, '--network-crs', 'gcj02'], '--network-crs needs --network'],
    ];
    for (const [argv, message] of mistakes) {
      expect(inputsOf('evaluate', argv)).toEqual({ error: message, exitCode: 2 });
      expect(inputsOf('suggest', argv)).toEqual({ error: message, exitCode: 2 });
    }
  });

  it('accept a household size exactly when it is a finite number above 0, in both commands', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.constantFrom('abc', ' ', '1e400', '-0', '0', '-1')), (size) => {
        const text = String(size);
        const value = Number(text);
        const accepted = text.trim() !== '' && Number.isFinite(value) && value > 0;
        for (const command of ['evaluate', 'suggest'] as const) {
          const parsed = inputsOf(command, [...INPUTS, `--household-size=${text}`]);
          expect('householdSize' in parsed ? parsed.householdSize : 'refused').toBe(
            accepted ? value : 'refused',
          );
        }
      }),
    );
  });
});
