/**
 * The feature areas' string tables, merged. Each feature file exports `{ zhCN, en }` where `en` has exactly the
 * keys of `zhCN` (`FeatureTable` in feature-table.ts checks it at compile time); add a new file to the list below.
 */
import { analysis } from './analysis';
import { editing } from './editing';
import { edits } from './edits';
import { example } from './example';
import { importExport } from './import';
import { importLevel } from './import-level';
import { networkImport } from './network-import';
import { offline } from './offline';
import { scenarios } from './scenarios';
import { storage } from './storage';
import { suggest } from './suggest';
import { unitLevels } from './unit-levels';
import { walking } from './walking';

export const featureTables = {
  zhCN: {
    ...example.zhCN,
    ...analysis.zhCN,
    ...edits.zhCN,
    ...editing.zhCN,
    ...scenarios.zhCN,
    ...importExport.zhCN,
    ...importLevel.zhCN,
    ...walking.zhCN,
    ...networkImport.zhCN,
    ...storage.zhCN,
    ...suggest.zhCN,
    ...offline.zhCN,
    ...unitLevels.zhCN,
  },
  en: {
    ...example.en,
    ...analysis.en,
    ...edits.en,
    ...editing.en,
    ...scenarios.en,
    ...importExport.en,
    ...importLevel.en,
    ...walking.en,
    ...networkImport.en,
    ...storage.en,
    ...suggest.en,
    ...offline.en,
    ...unitLevels.en,
  },
};
