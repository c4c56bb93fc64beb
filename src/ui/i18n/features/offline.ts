import type { FeatureTable } from './feature-table';

/** The service worker's one message: a new version is ready and waits for the planner's reload. */
const zhCN = {
  updateAvailable: '有新版本',
  updateReload: '重新加载',
} as const;

export const offline: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    updateAvailable: 'New version available',
    updateReload: 'Reload',
  },
};
