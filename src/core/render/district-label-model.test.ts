import { describe, expect, it } from 'vitest';
import { summarizeDataset } from '../session/dataset-summary';
import { smallDataset } from '../session/small-dataset.fixture';
import { compactPopulation, districtLabels } from './district-label-model';

describe('compactPopulation', () => {
  it('writes 万 in Chinese and K/M in English, three significant digits', () => {
    expect(compactPopulation(965_260, 'zh-CN')).toBe('96.5万人');
    expect(compactPopulation(1_700_100, 'en')).toBe('1.7M people');
    expect(compactPopulation(101_427, 'en')).toBe('101K people');
  });
});

describe('districtLabels', () => {
  it('labels each district inside its polygon with its population', () => {
    const labels = districtLabels(summarizeDataset(smallDataset()), 'zh-CN');
    expect(labels.map((l) => [l.id, l.name, l.detail])).toEqual([
      ['A', '甲区', '120人'],
      ['B', '乙区', '90人'],
    ]);
    const [x, y] = labels[0]?.position ?? [0, 0];
    expect(x).toBeCloseTo(114.001, 6);
    expect(y).toBeCloseTo(30.002, 6);
  });
});
