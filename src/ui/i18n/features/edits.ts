import type { FeatureTable } from './index';

/** Messages about edits that were refused (nothing changed). */
const zhCN = {
  editRefused: '未执行：{message}',
  editRefusedLastScenario: '至少要保留一个方案：最后一个方案不能删除。',
} as const;

export const edits: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    editRefused: 'Not done: {message}',
    editRefusedLastScenario: 'At least one scenario must remain: the last one cannot be deleted.',
  },
};
