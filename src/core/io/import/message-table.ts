/**
 * The message table of the import path, keyed by error or warning code. Entries with `en` are produced by the
 * importer itself with details; entries without `en` translate codes of the older readers (csv-grid.ts,
 * districts.ts, facilities-geojson.ts, geotiff-*.ts, geo/crs.ts), whose English message is kept as the detail.
 */
import type { MessageDetails } from './import-types';
import {
  MAX_DISTRICT_FEATURES,
  MAX_DISTRICT_VERTICES,
  MAX_FACILITY_FEATURES,
  MAX_GEOTIFF_PIXELS,
  MAX_GRID_CELLS,
  MAX_IMPORT_FILE_BYTES,
  MAX_UNZIPPED_BYTES,
} from './limits';

type Template = (details: MessageDetails) => string;

/**
 * Wording of one code: `en`/`zh` templates when the importer produces it with details; `zhGeneric`, a Chinese
 * description used when the producer (an older reader) gave only an English message.
 */
export interface MessageEntry {
  en?: Template;
  zh?: Template;
  zhGeneric?: string;
}

const text = (details: MessageDetails, key: string): string => String(details[key] ?? '');
const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (value: number): string => value.toLocaleString('en-US');

const MINE: Record<string, MessageEntry> = {
  'file-empty': { en: () => 'The file is empty.', zh: () => '文件是空的。' },
  'file-too-large': {
    en: (d) => `The file is ${megabytes(Number(d.bytes))}; the limit is ${megabytes(MAX_IMPORT_FILE_BYTES)}.`,
    zh: (d) => `文件大小为 ${megabytes(Number(d.bytes))}，超过上限 ${megabytes(MAX_IMPORT_FILE_BYTES)}。`,
  },
  'format-unknown': {
    en: () => 'Unrecognised file format: expected GeoJSON, TopoJSON, a zipped Shapefile, GeoTIFF or CSV.',
    zh: () => '无法识别的文件格式：支持 GeoJSON、TopoJSON、Shapefile 压缩包（.zip）、GeoTIFF 和 CSV。',
  },
  'kind-unsupported': {
    en: (d) => `A ${text(d, 'format')} file cannot be imported as ${text(d, 'kind')}.`,
    zh: (d) => `${text(d, 'format')} 文件不能作为“${kindZh(text(d, 'kind'))}”导入。`,
  },
  'json-malformed': {
    en: (d) => `The file is not valid JSON (${text(d, 'reason')}); it may be truncated.`,
    zh: () => '文件不是有效的 JSON，可能已损坏或不完整。',
  },
  'geojson-invalid': {
    en: () => 'The file is JSON but not GeoJSON (no FeatureCollection, Feature or Topology).',
    zh: () => '文件是 JSON，但不是 GeoJSON（缺少 FeatureCollection、Feature 或 Topology）。',
  },
  'geojson-empty': {
    en: () => 'The file has no features.',
    zh: () => '文件中没有任何要素。',
  },
  'geometry-type': {
    en: (d) =>
      `Feature ${text(d, 'feature')} is a ${text(d, 'found')}; ${kindEn(text(d, 'kind'))} must be ${text(d, 'expected')}.`,
    zh: (d) =>
      `第 ${text(d, 'feature')} 个要素是 ${text(d, 'found')}；${kindZh(text(d, 'kind'))}必须是 ${text(d, 'expected')}。`,
  },
  'crs-required': {
    en: (d) =>
      `The coordinates (e.g. ${text(d, 'x')}, ${text(d, 'y')}) are projected metres and the file names no coordinate system; choose it (e.g. CGCS2000 Gauss-Kruger EPSG:4547, UTM EPSG:32650).`,
    zh: (d) =>
      `坐标（如 ${text(d, 'x')}, ${text(d, 'y')}）是投影坐标（米），但文件未说明坐标系，请选择坐标系（如 CGCS2000 高斯-克吕格 EPSG:4547、UTM EPSG:32650）。`,
  },
  'crs-prj-unsupported': {
    en: (d) =>
      `The .prj describes a coordinate system that cannot be converted (${text(d, 'name')}); choose a supported CRS.`,
    zh: (d) => `.prj 文件中的坐标系无法转换（${text(d, 'name')}），请选择支持的坐标系。`,
  },
  'coordinates-out-of-range': {
    en: (d) =>
      `Coordinates ${text(d, 'x')}, ${text(d, 'y')} (feature or row ${text(d, 'item')}) lie outside the range of ${text(d, 'crs')}; is the coordinate system right?`,
    zh: (d) =>
      `坐标 ${text(d, 'x')}, ${text(d, 'y')}（第 ${text(d, 'item')} 个要素或行）超出 ${text(d, 'crs')} 的范围，请检查坐标系。`,
  },
  'coordinates-swapped': {
    en: (d) =>
      `Coordinates ${text(d, 'x')}, ${text(d, 'y')} look like latitude, longitude; GeoJSON and this import expect longitude first (swapped columns?).`,
    zh: (d) =>
      `坐标 ${text(d, 'x')}, ${text(d, 'y')} 看起来是“纬度, 经度”顺序，应为经度在前（经纬度是否颠倒？）。`,
  },
  'axis-order-ambiguous': {
    en: () =>
      'Cannot tell which coordinate column is longitude and which is latitude; confirm the column order.',
    zh: () => '无法判断哪一列是经度、哪一列是纬度，请确认列的顺序。',
  },
  'zip-unreadable': {
    en: (d) => `The zip archive cannot be read (${text(d, 'reason')}); it may be truncated.`,
    zh: () => 'ZIP 压缩包无法读取，可能已损坏或不完整。',
  },
  'zip-too-large': {
    en: (d) =>
      `The zip unpacks to ${megabytes(Number(d.bytes))}; the limit is ${megabytes(MAX_UNZIPPED_BYTES)}.`,
    zh: (d) => `压缩包解压后为 ${megabytes(Number(d.bytes))}，超过上限 ${megabytes(MAX_UNZIPPED_BYTES)}。`,
  },
  'shapefile-missing-part': {
    en: (d) => `The zip has no ${text(d, 'part')} file for layer "${text(d, 'layer')}".`,
    zh: (d) => `压缩包中图层“${text(d, 'layer')}”缺少 ${text(d, 'part')} 文件。`,
  },
  'shapefile-no-layer': {
    en: () => 'The zip holds no shapefile (.shp).',
    zh: () => '压缩包中没有 Shapefile（.shp）文件。',
  },
  'shapefile-truncated': {
    en: (d) => `The ${text(d, 'part')} file is truncated or damaged (${text(d, 'reason')}).`,
    zh: (d) => `${text(d, 'part')} 文件不完整或已损坏。`,
  },
  'shapefile-record-mismatch': {
    en: (d) => `The .shp has ${text(d, 'shapes')} shapes but the .dbf has ${text(d, 'records')} records.`,
    zh: (d) =>
      `.shp 中有 ${text(d, 'shapes')} 个图形，而 .dbf 中有 ${text(d, 'records')} 条记录，二者不一致。`,
  },
  'layer-unknown': {
    en: (d) => `There is no layer "${text(d, 'layer')}"; layers: ${text(d, 'layers')}.`,
    zh: (d) => `没有名为“${text(d, 'layer')}”的图层；现有图层：${text(d, 'layers')}。`,
  },
  'topojson-invalid': {
    en: (d) => `The TopoJSON cannot be decoded (${text(d, 'reason')}).`,
    zh: () => 'TopoJSON 无法解码，文件可能已损坏。',
  },
  'districts-too-many': {
    en: (d) => `${count(Number(d.count))} districts exceed the limit of ${count(MAX_DISTRICT_FEATURES)}.`,
    zh: (d) => `行政区数量 ${count(Number(d.count))} 超过上限 ${count(MAX_DISTRICT_FEATURES)}。`,
  },
  'districts-too-many-vertices': {
    en: (d) =>
      `The polygons have ${count(Number(d.count))} vertices; the limit is ${count(MAX_DISTRICT_VERTICES)} (simplify them first).`,
    zh: (d) =>
      `多边形共有 ${count(Number(d.count))} 个顶点，超过上限 ${count(MAX_DISTRICT_VERTICES)}，请先简化。`,
  },
  'districts-self-intersection': {
    en: (d) =>
      `District "${text(d, 'name')}" has a self-intersecting boundary near ${text(d, 'lon')}, ${text(d, 'lat')}; it was refused rather than guessed. Repair it in a GIS (e.g. QGIS "Fix geometries") and import again.`,
    zh: (d) =>
      `行政区“${text(d, 'name')}”的边界在 ${text(d, 'lon')}, ${text(d, 'lat')} 附近自相交，已拒绝导入（不做猜测性修复）。请在 GIS 软件中修复（如 QGIS“修复几何图形”）后重新导入。`,
  },
  'districts-repaired': {
    en: (d) =>
      `Repaired ${text(d, 'count')} ring(s): removed ${text(d, 'duplicates')} repeated vertices, ${text(d, 'spikes')} zero-width spikes and ${text(d, 'dropped')} rings of zero area; no point changes district.`,
    zh: (d) =>
      `已修复 ${text(d, 'count')} 个环：删除重复顶点 ${text(d, 'duplicates')} 个、零宽度尖刺 ${text(d, 'spikes')} 个、零面积环 ${text(d, 'dropped')} 个；不影响任何点所属的行政区。`,
  },
  'districts-collapsed': {
    en: (d) =>
      `District "${text(d, 'name')}" has no ring of non-zero area (its vertices repeat or lie on a line).`,
    zh: (d) => `行政区“${text(d, 'name')}”没有面积不为零的环（顶点重复或共线）。`,
  },
  'districts-duplicate-feature-ids': {
    en: (d) => `Feature id "${text(d, 'id')}" repeats, so the ids were taken from ${text(d, 'source')}.`,
    zh: (d) => `要素编号“${text(d, 'id')}”重复，改用 ${text(d, 'source')} 作为编号。`,
  },
  'encoding-gbk': {
    en: () => 'The attribute table is not UTF-8; it was read as GBK (GB 18030), usual for Chinese GIS files.',
    zh: () => '属性表不是 UTF-8 编码，已按 GBK（GB 18030）读取，这是国内 GIS 文件的常见编码。',
  },
  'grid-too-large': {
    en: (d) => `The grid has ${count(Number(d.count))} cells; the limit is ${count(MAX_GRID_CELLS)}.`,
    zh: (d) => `人口格网有 ${count(Number(d.count))} 个单元，超过上限 ${count(MAX_GRID_CELLS)}。`,
  },
  'geotiff-too-large': {
    en: (d) => `The GeoTIFF has ${count(Number(d.count))} pixels; the limit is ${count(MAX_GEOTIFF_PIXELS)}.`,
    zh: (d) => `GeoTIFF 有 ${count(Number(d.count))} 个像元，超过上限 ${count(MAX_GEOTIFF_PIXELS)}。`,
  },
  'grid-no-value-field': {
    en: (d) =>
      `No numeric field holds the population (fields: ${text(d, 'fields') || 'none'}); choose the value field.`,
    zh: (d) => `找不到表示人口的数值字段（现有字段：${text(d, 'fields') || '无'}），请选择数值字段。`,
  },
  'grid-value-invalid': {
    en: (d) =>
      `Feature or row ${text(d, 'item')}: "${text(d, 'value')}" in field ${text(d, 'field')} is not a number.`,
    zh: (d) =>
      `第 ${text(d, 'item')} 个要素或行：字段 ${text(d, 'field')} 的值“${text(d, 'value')}”不是数字。`,
  },
  'grid-value-negative': {
    en: (d) =>
      `Feature or row ${text(d, 'item')}: negative value ${text(d, 'value')} in field ${text(d, 'field')}; population cannot be negative.`,
    zh: (d) =>
      `第 ${text(d, 'item')} 个要素或行：字段 ${text(d, 'field')} 的值 ${text(d, 'value')} 为负数，人口不能为负。`,
  },
  'grid-duplicate-cell': {
    en: (d) =>
      `Cell ${text(d, 'cell')} appears twice (rows or features ${text(d, 'first')} and ${text(d, 'second')}).`,
    zh: (d) =>
      `单元 ${text(d, 'cell')} 重复出现（第 ${text(d, 'first')} 与第 ${text(d, 'second')} 行或要素）。`,
  },
  'h3-invalid-cell': {
    en: (d) =>
      `Row ${text(d, 'item')}: "${text(d, 'value')}" in column ${text(d, 'field')} is not an H3 cell id.`,
    zh: (d) =>
      `第 ${text(d, 'item')} 行：列 ${text(d, 'field')} 的值“${text(d, 'value')}”不是有效的 H3 单元编号。`,
  },
  'grid-layers-mismatch': {
    en: (d) => `Layer "${text(d, 'layer')}" is not on the same cells as layer "${text(d, 'first')}".`,
    zh: (d) => `图层“${text(d, 'layer')}”与图层“${text(d, 'first')}”的单元不一致。`,
  },
  'grid-layer-duplicate': {
    en: (d) => `Layer id "${text(d, 'layer')}" is given twice.`,
    zh: (d) => `图层编号“${text(d, 'layer')}”重复。`,
  },
  'grid-empty': {
    en: () => 'The grid holds no cell with a value.',
    zh: () => '人口格网中没有任何有值的单元。',
  },
  'csv-no-coordinates': {
    en: (d) =>
      `No coordinate columns found (expected lon/lat, longitude/latitude, 经度/纬度 or x/y); header: ${text(d, 'header')}.`,
    zh: (d) =>
      `找不到坐标列（应为 lon/lat、longitude/latitude、经度/纬度 或 x/y）；表头：${text(d, 'header')}。`,
  },
  'facilities-missing-fields': {
    en: (d) =>
      `No column or property for ${text(d, 'fields')}; map it to a field of the file or give a default.`,
    zh: (d) => `缺少 ${text(d, 'fields')} 对应的列或属性，请指定字段或给出默认值。`,
  },
  'facilities-value-invalid': {
    en: (d) =>
      `Row ${text(d, 'item')}: ${text(d, 'field')} "${text(d, 'value')}" is not a valid ${text(d, 'what')}.`,
    zh: (d) =>
      `第 ${text(d, 'item')} 行：${text(d, 'field')} 的值“${text(d, 'value')}”不是有效的${whatZh(text(d, 'what'))}。`,
  },
  'facilities-duplicate-id': {
    en: (d) => `Row ${text(d, 'item')}: duplicate id "${text(d, 'id')}".`,
    zh: (d) => `第 ${text(d, 'item')} 行：编号“${text(d, 'id')}”重复。`,
  },
  'facilities-too-many': {
    en: (d) => `${count(Number(d.count))} facilities exceed the limit of ${count(MAX_FACILITY_FEATURES)}.`,
    zh: (d) => `设施数量 ${count(Number(d.count))} 超过上限 ${count(MAX_FACILITY_FEATURES)}。`,
  },
  'scenario-invalid': {
    en: (d) => `Not a Lifecircle scenario file: ${text(d, 'reason')}.`,
    zh: (d) => `不是有效的生活圈方案文件：${text(d, 'reason')}。`,
  },
  'scenario-version-unsupported': {
    en: (d) =>
      `The scenario file has format version ${text(d, 'version')}; this app reads version ${text(d, 'supported')} or older.`,
    zh: (d) =>
      `方案文件格式版本为 ${text(d, 'version')}，本程序只能读取 ${text(d, 'supported')} 及以下版本。`,
  },
  'grid-districts-no-overlap': {
    en: () =>
      'The population grid and the districts do not overlap: no cell lies inside any district. Check the coordinate system of both files.',
    zh: () => '人口格网与行政区不重叠：没有任何单元位于行政区内。请检查两个文件的坐标系。',
  },
  'population-mostly-outside': {
    en: (d) =>
      `${text(d, 'percent')}% of the population lies outside every district; the files may not match.`,
    zh: (d) => `${text(d, 'percent')}% 的人口位于所有行政区之外，两个文件可能不匹配。`,
  },
  'districts-gcj02-offset': {
    en: (d) =>
      `The districts sit about ${text(d, 'meters')} m ${text(d, 'direction')} of the population grid, as GCJ-02 (Chinese web map) coordinates do; import the districts again with the GCJ-02 coordinate system.`,
    zh: (d) =>
      `行政区相对人口格网整体偏移约 ${text(d, 'meters')} 米（偏${directionZh(text(d, 'direction'))}），符合 GCJ-02（国内网络地图“火星坐标”）的特征；请选择 GCJ-02 坐标系重新导入行政区。`,
  },
  'import-failed': {
    en: (d) => `The file could not be read: ${text(d, 'reason')}.`,
    zh: () => '文件无法读取，可能已损坏。',
  },
};

/** Chinese descriptions of the older readers' codes; their English message is shown as the detail. */
const READER_CODES: Record<string, string> = {
  'csv-malformed': 'CSV 文件格式错误或不完整',
  'csv-empty': 'CSV 文件没有数据行',
  'csv-no-coordinate-columns': 'CSV 中找不到坐标列（经度/纬度或 x/y）',
  'csv-no-value-column': 'CSV 中找不到人口数值列',
  'csv-invalid-value': 'CSV 中的人口值不是数字',
  'csv-negative-value': 'CSV 中的人口值为负数',
  'csv-invalid-coordinate': 'CSV 中的坐标不是数字',
  'csv-crs-required': 'CSV 的 x/y 列是投影坐标，请选择坐标系',
  'csv-swapped-coordinates': 'CSV 中的经纬度看起来颠倒了',
  'csv-coordinate-out-of-range': 'CSV 中的坐标超出所选坐标系的范围',
  'csv-too-many-cells': 'CSV 行数超过上限',
  'csv-invalid-cell-area': '单元面积无效',
  'csv-cell-area-unknown': '无法从少于两个单元估算单元面积',
  'districts-invalid-json': '行政区文件不是有效的 JSON',
  'districts-not-geojson': '行政区文件不是 GeoJSON',
  'districts-topojson': '行政区文件是 TopoJSON',
  'districts-empty': '行政区文件中没有要素',
  'districts-no-name-field': '找不到行政区名称字段，请选择名称字段',
  'districts-name-missing': '有要素缺少行政区名称',
  'districts-missing-geometry': '有要素缺少几何图形',
  'districts-not-polygon': '行政区必须是面（Polygon 或 MultiPolygon）',
  'districts-bad-geometry': '行政区几何图形无效',
  'districts-not-lonlat': '行政区坐标不是经纬度，文件可能是投影坐标，请选择坐标系',
  'districts-id-missing': '有要素缺少编号',
  'districts-duplicate-id': '行政区编号重复',
  'facilities-not-geojson': '设施文件不是点要素的 GeoJSON',
  'facilities-geometry': '设施必须是点（Point）',
  'facilities-coordinates': '设施坐标无效',
  'facilities-type': '设施缺少类型',
  'facilities-unknown-type': '未知的设施类型',
  'facilities-status': '设施状态必须是“现状”或“规划”',
  'facilities-area': '设施建筑面积必须是不小于 0 的数字（平方米）',
  'facilities-radius': '设施服务半径必须是大于 0 的数字（米）',
  'facilities-land': '设施用地面积必须是不小于 0 的数字',
  'facilities-capacity': '设施容量（床位、学位、医生数）无效',
  'facilities-duplicate-id': '设施编号重复',
  'facilities-too-many': '设施数量超过上限',
  'geotiff-unreadable': 'GeoTIFF 无法读取，可能已损坏或不完整',
  'geotiff-band-missing': 'GeoTIFF 中没有所选波段',
  'geotiff-rotated': '不支持旋转或倾斜的 GeoTIFF',
  'geotiff-no-georeference': 'GeoTIFF 没有地理参考信息',
  'geotiff-negative-value': 'GeoTIFF 中有负的人口值',
  'geotiff-infinite-value': 'GeoTIFF 中有无穷大的值',
  'geotiff-no-layers': '没有提供 GeoTIFF',
  'geotiff-duplicate-layer': '图层编号重复',
  'geotiff-layers-mismatch': '多个 GeoTIFF 的范围或分辨率不一致',
  'geotiff-crs-missing': 'GeoTIFF 未说明坐标系且坐标不是经纬度，请选择坐标系',
  'geotiff-crs-mismatch': 'GeoTIFF 的范围超出所选坐标系',
  'geotiff-no-valid-cells': 'GeoTIFF 的所有像元都是无数据值',
  'crs-unknown': '无法识别的坐标系',
  'crs-unsupported': '不支持的坐标系',
};

function kindEn(kind: string): string {
  return (
    { districts: 'districts', grid: 'population cells', facilities: 'facilities', scenario: 'a scenario' }[
      kind
    ] ?? kind
  );
}

function kindZh(kind: string): string {
  return { districts: '行政区', grid: '人口格网', facilities: '设施', scenario: '方案' }[kind] ?? kind;
}

function whatZh(what: string): string {
  return { number: '数字', status: '状态（现状/规划）', coordinate: '坐标' }[what] ?? what;
}

function directionZh(direction: string): string {
  const words: Record<string, string> = { east: '东', west: '西', north: '北', south: '南' };
  return direction
    .split('-')
    .map((part) => words[part] ?? part)
    .join('');
}

/** Every code the import path can return or warn with. */
export const MESSAGE_TABLE: Record<string, MessageEntry> = Object.fromEntries(
  [...new Set([...Object.keys(MINE), ...Object.keys(READER_CODES)])].map((code): [string, MessageEntry] => [
    code,
    { ...MINE[code], ...(READER_CODES[code] === undefined ? {} : { zhGeneric: READER_CODES[code] }) },
  ]),
);
