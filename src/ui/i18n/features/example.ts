import type { FeatureTable } from './feature-table';

/** Template for a feature's strings: copy this file, rename, list it in index.ts. */
const zhCN = {
  featureTemplateNote: '（示例）',
} as const;

export const example: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    featureTemplateNote: '(example)',
  },
};
