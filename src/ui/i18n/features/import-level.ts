import type { FeatureTable } from './feature-table';

/** The import dialog's unit-level card (issue 12): a polygon file kept beside the districts as a level of units. */
const zhCN = {
  importKindLevel: '单元层级（街道、社区或规划单元；保留行政区）',
  importLevelName: '层级名称',
  importCodeField: '编码字段',
  importParentField: '上级编码字段',
  importLevelExists: '已有名为“{name}”的单元层级，导入会替换它。',
  importLevelReplace: '替换该层级',
  importDoneLevels: '单元层级：{names}。',
} as const;

export const importLevel: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    importKindLevel: 'Unit level (街道, 社区 or planning units; districts kept)',
    importLevelName: 'Level name',
    importCodeField: 'Code field',
    importParentField: 'Parent code field',
    importLevelExists: 'A unit level named "{name}" exists; importing replaces it.',
    importLevelReplace: 'Replace that level',
    importDoneLevels: 'Unit levels: {names}.',
  },
};
