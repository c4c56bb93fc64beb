import type { zhCN } from './zh-CN';

/** Keys of the UI strings; zh-CN.ts is the reference table. */
export type MessageKey = keyof typeof zhCN;
export type Messages = { readonly [K in MessageKey]: string };
