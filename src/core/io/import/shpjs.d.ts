/** The two parsers of shpjs 6 used by shapefile.ts (the package ships no types). */
declare module 'shpjs' {
  /** Geometries of a .shp in record order (null for null shapes); `prj` false/undefined means no reprojection. */
  export function parseShp(shp: DataView, prj?: string | false): (import('geojson').Geometry | null)[];
  /** Records of a .dbf; `cpg` is a TextDecoder label or code page. */
  export function parseDbf(dbf: DataView, cpg?: string): Record<string, unknown>[];
}
