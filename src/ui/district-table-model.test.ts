import { describe, expect, it } from 'vitest';
import type { Results } from '../core/model/results';
import type { DatasetSummary } from '../core/session/dataset-summary';
import { districtTableModel } from './district-table-model';
import { translate } from './i18n/i18n';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const summary = { householdSize: 3.019 } as unknown as DatasetSummary;
const resultsWith = (ruleSetId: string, areaTypes: string[]) =>
  ({
    method: {
      coverage: 'centroid',
      householdSize: 3.019,
      distance: 'great-circle',
      layer: 'total',
      ruleSetId,
      areaTypes,
    },
    districts: [],
    totals: {},
  }) as unknown as Results;

describe('district table model', () => {
  it('shows no m² per 100 households columns for a rule set that names no area types (Xinji)', () => {
    const xinji = districtTableModel(t, 'en', summary, resultsWith('xinji-2022-2025', []));
    expect(xinji.showArea).toBe(false);
    // The same rule set edited to name a type for the area figure: the columns come back, the deficit among them.
    const named = districtTableModel(
      t,
      'en',
      summary,
      resultsWith('xinji-2022-2025', ['community_service_station']),
    );
    expect(named.showArea).toBe(true);
    expect(named.extraColumns - xinji.extraColumns).toBe(1);
  });
});
