/**
 * The shape of one entry of the error message tables (`error-messages-zh-cn.ts`, `error-messages-en.ts`) and the
 * small formatters their templates share.
 */
import type { ErrorDetails } from '../model/error-code';

/** Builds a message from the values an error names (`details`); a value absent from `details` reads as empty. */
type MessageTemplate = (details: ErrorDetails) => string;

/**
 * The message of one code: a plain sentence; a template over the error's details; or both, for codes that some
 * producers raise with details and others (the older readers) without: `summary` is used when there are none.
 */
export type ErrorMessage = string | MessageTemplate | { summary: string; detailed: MessageTemplate };

/** `details[key]` as text, `''` when absent. */
export const text = (details: ErrorDetails, key: string): string => String(details[key] ?? '');

/** A byte count as whole megabytes, e.g. `25 MB`. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A count with thousands separators, e.g. `100,000`. */
export const count = (value: number): string => value.toLocaleString('en-US');

/** What an import kind is called in English messages. */
export function kindEn(kind: string): string {
  return (
    {
      districts: 'districts',
      level: 'a unit level',
      grid: 'population cells',
      facilities: 'facilities',
      scenario: 'a scenario',
    }[kind] ?? kind
  );
}

/** What an import kind is called in Chinese messages. */
export function kindZh(kind: string): string {
  return (
    { districts: '行政区', level: '单元层级', grid: '人口格网', facilities: '设施', scenario: '方案' }[
      kind
    ] ?? kind
  );
}

/** The Chinese name of what a facility field should hold (`facilities-value-invalid`). */
export function whatZh(what: string): string {
  return { number: '数字', status: '状态（现状/规划）', coordinate: '坐标' }[what] ?? what;
}

/** A compass direction such as `north-east` in Chinese (东北). */
export function directionZh(direction: string): string {
  const words: Record<string, string> = { east: '东', west: '西', north: '北', south: '南' };
  return direction
    .split('-')
    .map((part) => words[part] ?? part)
    .join('');
}

/** What a facility field (`FacilityField` of analysis/validate-facility.ts) is called in English messages. */
export function facilityFieldEn(field: string): string {
  const names: Record<string, string> = {
    id: 'id',
    type: 'type',
    status: 'status',
    lon: 'longitude',
    lat: 'latitude',
    radius: 'service radius (m)',
    floorArea: 'floor area (m²)',
    landArea: 'land area (m²)',
    capacity: 'capacity',
  };
  return Object.hasOwn(names, field) ? (names[field] as string) : field;
}

/** What a facility field is called in Chinese messages. */
export function facilityFieldZh(field: string): string {
  const names: Record<string, string> = {
    id: '编号',
    type: '类型',
    status: '状态',
    lon: '经度',
    lat: '纬度',
    radius: '服务半径（米）',
    floorArea: '建筑面积（平方米）',
    landArea: '用地面积（平方米）',
    capacity: '容量',
  };
  return Object.hasOwn(names, field) ? (names[field] as string) : field;
}
