/**
 * What the UI says for each share-link error code (share-link.ts), in both UI languages. Messages tell the planner
 * what to do next; the English `message` of the error value carries the technical detail.
 */
import type { Locale } from '../model/locale';
import type { ShareLinkErrorCode } from './share-link';

/** One message in both UI languages. */
export interface BilingualMessage {
  'zh-CN': string;
  en: string;
}

/** The message for every share-link error code. */
export const SHARE_LINK_MESSAGES: Readonly<Record<ShareLinkErrorCode, BilingualMessage>> = Object.freeze({
  'share-link-missing': {
    'zh-CN': '链接中没有方案数据（缺少 #s=…）。',
    en: 'The link holds no scenario (no #s=… part).',
  },
  'share-link-malformed': {
    'zh-CN': '链接中的方案数据含有无效字符，可能在复制时被改动。请重新复制完整链接。',
    en: 'The scenario part of the link has invalid characters; it may have been altered while copying. Copy the whole link again.',
  },
  'share-link-damaged': {
    'zh-CN': '链接不完整或已被改动（校验失败）。请重新复制完整链接。',
    en: 'The link is incomplete or was changed (checksum mismatch). Copy the whole link again.',
  },
  'share-link-version': {
    'zh-CN': '此链接由更新版本的生活圈生成，当前版本无法打开。请更新页面或请对方导出 GeoJSON 文件。',
    en: 'This link was made by a newer version of Lifecircle. Reload the page, or ask for the GeoJSON file instead.',
  },
  'share-link-unreadable': {
    'zh-CN': '链接中的方案数据无法解压。请重新复制完整链接。',
    en: 'The scenario in the link cannot be decompressed. Copy the whole link again.',
  },
  'share-link-invalid': {
    'zh-CN': '链接中的方案数据无效（设施字段缺失或超出范围）。',
    en: 'The scenario in the link is not valid (a facility field is missing or out of range).',
  },
  'share-link-too-large': {
    'zh-CN': '方案太大，无法放入链接。请改用“导出 GeoJSON 文件”分享。',
    en: 'The scenario is too large for a link. Share the exported GeoJSON file instead.',
  },
});

/** The message for a share-link error code in `locale`. */
export function shareLinkMessage(code: ShareLinkErrorCode, locale: Locale): string {
  return SHARE_LINK_MESSAGES[code][locale];
}
