import { describe, expect, it } from 'vitest';
import type { ImportBundle } from '../core/io/import/import-batch';
import type { Results } from '../core/model/results';
import { rectangle } from '../core/session/small-dataset.fixture';
import { currentLevelIds, levelBlock, levelReplacementsOf, replacesLevel } from './level-import';

const withLevels = (ids: string[]) =>
  ({ levels: ids.map((id) => ({ id, name: id.replace(/^import:/, ''), units: [] })) }) as unknown as Results;

describe('what a level file needs before it is imported', () => {
  const levelIds = currentLevelIds(withLevels(['import:街道', 'h3-r8']));

  it('reads the level ids of the latest results (none before the first results)', () => {
    expect(levelIds).toEqual(['import:街道', 'h3-r8']);
    expect(currentLevelIds(null)).toEqual([]);
  });

  it('a name: blank or spaces only blocks the import', () => {
    expect(levelBlock({ kind: 'level' }, levelIds)).toBe('name-missing');
    expect(levelBlock({ kind: 'level', levelName: '   ' }, levelIds)).toBe('name-missing');
    expect(levelBlock({ kind: 'level', levelName: '社区' }, levelIds)).toBeUndefined();
  });

  it('the name of an existing level asks first: blocked until the planner confirms the replacement', () => {
    const options = { kind: 'level' as const, levelName: ' 街道 ' };
    expect(replacesLevel(options, levelIds)).toBe(true);
    expect(levelBlock(options, levelIds)).toBe('replace-unconfirmed');
    expect(levelBlock({ ...options, replaceExistingLevel: true }, levelIds)).toBeUndefined();
  });

  it('files of other kinds are never blocked by it', () => {
    expect(levelBlock({ kind: 'districts', levelName: '街道' }, levelIds)).toBeUndefined();
    expect(replacesLevel({ kind: 'districts', levelName: '街道' }, levelIds)).toBe(false);
  });

  it('hands the imported levels to the engine with their id, name, units and the CRS they were read in', () => {
    const units = [{ id: 'W', name: '西街道', geometry: rectangle(114, 30, 114.002, 30.004) }];
    const bundle = {
      facilities: [],
      scenarios: [],
      levels: [{ levelId: 'import:街道', levelName: '街道', units, crsId: 'EPSG:4326' }],
    } as unknown as ImportBundle;
    // The CRS decides the GCJ-02 offset hint (replace-levels.ts).
    expect(levelReplacementsOf(bundle)).toEqual([
      { id: 'import:街道', name: '街道', units, crsId: 'EPSG:4326' },
    ]);
    expect(levelReplacementsOf({ facilities: [], scenarios: [] })).toEqual([]);
  });
});
