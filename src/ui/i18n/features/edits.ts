import type { FeatureTable } from './feature-table';

/** Messages about edits that were refused (nothing changed). */
const zhCN = {
  editRefused: '未执行：{message}',
} as const;

export const edits: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    editRefused: 'Not done: {message}',
  },
};
