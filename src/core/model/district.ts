import type { MultiPolygon, Polygon } from 'geojson';

/** A district (区/街道/社区) polygon in WGS 84 (domain.md § Inputs). */
export interface District {
  id: string;
  /** Name as in the source file (for Chinese data, the Chinese name). */
  name: string;
  /** Optional English or pinyin name. */
  nameEn?: string;
  geometry: Polygon | MultiPolygon;
  /** Id of the unit of the coarser level this unit belongs to, as the source file states it (informative). */
  parentId?: string;
  /** Persons per household for this district; falls back to the dataset's. */
  householdSize?: number;
}
