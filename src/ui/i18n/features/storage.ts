import type { FeatureTable } from './feature-table';

/** Saved work and the browser's storage: set-aside data, a newer version's record, other tabs, shared links. */
const zhCN = {
  storageQuarantined:
    '恢复已保存的工作时，有 {count} 项数据无效（如超出范围的设施），已单独保存；其余方案均已恢复。',
  storageQuarantineDownload: '下载这些数据',
  storageForeignVersion:
    '已保存的工作由更新版本的生活圈写入（格式版本 {version}），已原样保留；本页的修改不会被保存。',
  tabReadOnly: '生活圈已在另一个标签页中打开，由该页保存工作。本页为只读，并随其更新。',
  tabTakeOver: '改在此页编辑',
  shareAskTitle: '打开分享的方案',
  shareAskText: '链接中带有方案“{name}”（{count} 个设施）。是否将其添加为新方案并显示？',
  shareAskAdd: '添加方案',
  shareAskIgnore: '忽略',
} as const;

export const storage: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    storageQuarantined:
      '{count} saved item(s) were not valid (e.g. a facility out of range) and were set aside; every other scenario was restored.',
    storageQuarantineDownload: 'Download them',
    storageForeignVersion:
      'The saved work was written by a newer version of Lifecircle (format {version}); it is kept untouched and changes in this tab are not saved.',
    tabReadOnly:
      'Lifecircle is open in another tab, which saves the work. This tab is read-only and follows it.',
    tabTakeOver: 'Edit here instead',
    shareAskTitle: 'Open a shared scenario',
    shareAskText:
      'The link holds the scenario “{name}” ({count} facilities). Add it as a new scenario and show it?',
    shareAskAdd: 'Add scenario',
    shareAskIgnore: 'Ignore',
  },
};
