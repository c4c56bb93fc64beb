/**
 * The Simplified Chinese message of every error and import-warning code (see `core/model/error-code.ts`). Typed
 * `Record<ErrorCode, …>`, so a code without a message here does not compile. A string is a message without values;
 * a function builds the message from the error's `details`; `summary` + `detailed` serve codes that some producers
 * raise with details and others without.
 */

import {
  MAX_DISTRICT_FEATURES,
  MAX_DISTRICT_VERTICES,
  MAX_FACILITY_FEATURES,
  MAX_GEOTIFF_BLOCK_PIXELS,
  MAX_GEOTIFF_BLOCKS,
  MAX_GEOTIFF_PIXELS,
  MAX_GRID_CELLS,
  MAX_IMPORT_FILE_BYTES,
  MAX_UNZIPPED_BYTES,
} from '../io/import/limits';
import { SHARE_LINK_MAX_TEXT_CHARACTERS } from '../io/share-link-limits';
import type { ErrorCode } from '../model/error-code';
import { MAX_NETWORK_EDGES, MAX_NETWORK_NODES } from '../network/network-errors';
import {
  count,
  directionZh,
  type ErrorMessage,
  facilityFieldZh,
  kindZh,
  megabytes,
  text,
  whatZh,
} from './error-message';

/** Simplified Chinese messages, by code. */
export const ERROR_MESSAGES_ZH_CN: Readonly<Record<ErrorCode, ErrorMessage>> = {
  'file-empty': () => '文件是空的。',
  'file-too-large': (d) =>
    `文件大小为 ${megabytes(Number(d.bytes))}，超过上限 ${megabytes(MAX_IMPORT_FILE_BYTES)}。`,
  'format-unknown': () =>
    '无法识别的文件格式：支持 GeoJSON、TopoJSON、Shapefile 压缩包（.zip）、GeoTIFF 和 CSV。',
  'kind-unsupported': (d) => `${text(d, 'format')} 文件不能作为“${kindZh(text(d, 'kind'))}”导入。`,
  'json-malformed': () => '文件不是有效的 JSON，可能已损坏或不完整。',
  'geojson-invalid': () => '文件是 JSON，但不是 GeoJSON（缺少 FeatureCollection、Feature 或 Topology）。',
  'geojson-empty': () => '文件中没有任何要素。',
  'geometry-type': (d) =>
    `第 ${text(d, 'feature')} 个要素是 ${text(d, 'found')}；${kindZh(text(d, 'kind'))}必须是 ${text(d, 'expected')}。`,
  'crs-required': (d) =>
    `坐标（如 ${text(d, 'x')}, ${text(d, 'y')}）是投影坐标（米），但文件未说明坐标系，请选择坐标系（如 CGCS2000 高斯-克吕格 EPSG:4547、UTM EPSG:32650）。`,
  'crs-prj-unsupported': (d) => `.prj 文件中的坐标系无法转换（${text(d, 'name')}），请选择支持的坐标系。`,
  'coordinates-out-of-range': (d) =>
    `坐标 ${text(d, 'x')}, ${text(d, 'y')}（第 ${text(d, 'item')} 个要素或行）超出 ${text(d, 'crs')} 的范围，请检查坐标系。`,
  'coordinates-swapped': (d) =>
    `坐标 ${text(d, 'x')}, ${text(d, 'y')} 看起来是“纬度, 经度”顺序，应为经度在前（经纬度是否颠倒？）。`,
  'axis-order-ambiguous': () => '无法判断哪一列是经度、哪一列是纬度，请确认列的顺序。',
  'zip-unreadable': () => 'ZIP 压缩包无法读取，可能已损坏或不完整。',
  'zip-too-large': (d) =>
    `压缩包解压后为 ${megabytes(Number(d.bytes))}，超过上限 ${megabytes(MAX_UNZIPPED_BYTES)}。`,
  'shapefile-missing-part': (d) => `压缩包中图层“${text(d, 'layer')}”缺少 ${text(d, 'part')} 文件。`,
  'shapefile-no-layer': () => '压缩包中没有 Shapefile（.shp）文件。',
  'shapefile-truncated': (d) => `${text(d, 'part')} 文件不完整或已损坏。`,
  'shapefile-record-mismatch': (d) =>
    `.shp 中有 ${text(d, 'shapes')} 个图形，而 .dbf 中有 ${text(d, 'records')} 条记录，二者不一致。`,
  'layer-unknown': (d) => `没有名为“${text(d, 'layer')}”的图层；现有图层：${text(d, 'layers')}。`,
  'topojson-invalid': () => 'TopoJSON 无法解码，文件可能已损坏。',
  'topojson-too-many-vertices': (d) =>
    `TopoJSON 展开后至少有 ${count(Number(d.count))} 个顶点（弧段被重复引用），超过上限 ${count(MAX_DISTRICT_VERTICES)}。`,
  'geometry-nesting-too-deep': (d) => `GeometryCollection 嵌套超过 ${count(Number(d.depth))} 层，请先展平。`,
  'districts-too-complex': (d) =>
    `行政区“${text(d, 'name')}”的边界有大量密集的边，无法在合理时间内检查是否自相交；请先在 GIS 中简化后再导入。`,
  'districts-too-many': (d) =>
    `行政区数量 ${count(Number(d.count))} 超过上限 ${count(MAX_DISTRICT_FEATURES)}。`,
  'districts-too-many-vertices': (d) =>
    `多边形共有 ${count(Number(d.count))} 个顶点，超过上限 ${count(MAX_DISTRICT_VERTICES)}，请先简化。`,
  'districts-self-intersection': (d) =>
    `行政区“${text(d, 'name')}”的边界在 ${text(d, 'lon')}, ${text(d, 'lat')} 附近自相交，已拒绝导入（不做猜测性修复）。请在 GIS 软件中修复（如 QGIS“修复几何图形”）后重新导入。`,
  'districts-repaired': (d) =>
    `已修复 ${text(d, 'count')} 个环：删除重复顶点 ${text(d, 'duplicates')} 个、零宽度尖刺 ${text(d, 'spikes')} 个、零面积环 ${text(d, 'dropped')} 个；不影响任何点所属的行政区。`,
  'districts-collapsed': (d) => `行政区“${text(d, 'name')}”没有面积不为零的环（顶点重复或共线）。`,
  'districts-duplicate-feature-ids': (d) =>
    `要素编号“${text(d, 'id')}”重复，改用 ${text(d, 'source')} 作为编号。`,
  'encoding-gbk': () => '属性表不是 UTF-8 编码，已按 GBK（GB 18030）读取，这是国内 GIS 文件的常见编码。',
  'grid-too-large': (d) => `人口格网有 ${count(Number(d.count))} 个单元，超过上限 ${count(MAX_GRID_CELLS)}。`,
  'geotiff-too-large': (d) =>
    `GeoTIFF 有 ${count(Number(d.count))} 个像元，超过上限 ${count(MAX_GEOTIFF_PIXELS)}。`,
  'geotiff-too-many-blocks': (d) =>
    `GeoTIFF 被分成 ${count(Number(d.count))} 个瓦片或条带，超过上限 ${count(MAX_GEOTIFF_BLOCKS)}（可用 gdal_translate -co TILED=YES 重新分块）。`,
  'geotiff-block-too-large': (d) =>
    `GeoTIFF 的一个分块（瓦片或条带）为 ${count(Number(d.width))} × ${count(Number(d.height))} 像元，超过每块 ${count(MAX_GEOTIFF_BLOCK_PIXELS)} 像元的上限（可用 gdal_translate -co TILED=YES 重新分块）。`,
  'grid-no-value-field': (d) =>
    `找不到表示人口的数值字段（现有字段：${text(d, 'fields') || '无'}），请选择数值字段。`,
  'grid-value-invalid': (d) =>
    `第 ${text(d, 'item')} 个要素或行：字段 ${text(d, 'field')} 的值“${text(d, 'value')}”不是数字。`,
  'grid-value-negative': (d) =>
    `第 ${text(d, 'item')} 个要素或行：字段 ${text(d, 'field')} 的值 ${text(d, 'value')} 为负数，人口不能为负。`,
  'grid-duplicate-cell': (d) =>
    `单元 ${text(d, 'cell')} 重复出现（第 ${text(d, 'first')} 与第 ${text(d, 'second')} 行或要素）。`,
  'h3-invalid-cell': (d) =>
    `第 ${text(d, 'item')} 行：列 ${text(d, 'field')} 的值“${text(d, 'value')}”不是有效的 H3 单元编号。`,
  'grid-layers-mismatch': (d) => `图层“${text(d, 'layer')}”与图层“${text(d, 'first')}”的单元不一致。`,
  'grid-layer-duplicate': (d) => `图层编号“${text(d, 'layer')}”重复。`,
  'grid-empty': () => '人口格网中没有任何有值的单元。',
  'csv-no-coordinates': (d) =>
    `找不到坐标列（应为 lon/lat、longitude/latitude、经度/纬度 或 x/y）；表头：${text(d, 'header')}。`,
  'facilities-missing-fields': (d) => `缺少 ${text(d, 'fields')} 对应的列或属性，请指定字段或给出默认值。`,
  'facilities-value-invalid': (d) =>
    `第 ${text(d, 'item')} 行：${text(d, 'field')} 的值“${text(d, 'value')}”不是有效的${whatZh(text(d, 'what'))}。`,
  'facilities-duplicate-id': {
    summary: '设施编号重复',
    detailed: (d) => `第 ${text(d, 'item')} 行：编号“${text(d, 'id')}”重复。`,
  },
  'facilities-too-many': {
    summary: '设施数量超过上限',
    detailed: (d) => `设施数量 ${count(Number(d.count))} 超过上限 ${count(MAX_FACILITY_FEATURES)}。`,
  },
  'scenario-invalid': (d) => `不是有效的生活圈方案文件：${text(d, 'reason')}。`,
  'scenario-version-unsupported': (d) =>
    `方案文件格式版本为 ${text(d, 'version')}，本程序只能读取 ${text(d, 'supported')} 及以下版本。`,
  'grid-districts-no-overlap': () =>
    '人口格网与行政区不重叠：没有任何单元位于行政区内。请检查两个文件的坐标系。',
  'population-mostly-outside': (d) => `${text(d, 'percent')}% 的人口位于所有行政区之外，两个文件可能不匹配。`,
  'districts-gcj02-offset': (d) =>
    `行政区相对人口格网整体偏移约 ${text(d, 'meters')} 米（偏${directionZh(text(d, 'direction'))}），符合 GCJ-02（国内网络地图“火星坐标”）的特征；请选择 GCJ-02 坐标系重新导入行政区。`,
  'several-district-files': '一次只能导入一个行政区文件。',
  'import-failed': () => '文件无法读取，可能已损坏。',
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
  'share-link-missing': '链接中没有方案数据（缺少 #s=…）。',
  'share-link-malformed': '链接中的方案数据含有无效字符，可能在复制时被改动。请重新复制完整链接。',
  'share-link-damaged': '链接不完整或已被改动（校验失败）。请重新复制完整链接。',
  'share-link-version':
    '此链接由更新版本的生活圈生成，当前版本无法打开。请更新页面或请对方导出 GeoJSON 文件。',
  'share-link-unreadable': '链接中的方案数据无法解压。请重新复制完整链接。',
  'share-link-invalid': '链接中的方案数据无效（设施字段缺失或超出范围）。',
  'share-link-too-large': '方案太大，无法放入链接。请改用“导出 GeoJSON 文件”分享。',
  'share-link-text-too-long': (d) =>
    `链接中的文字（${text(d, 'field')}）有 ${count(Number(d.characters))} 个字符，链接最多可带 ${count(SHARE_LINK_MAX_TEXT_CHARACTERS)} 个。`,
  'share-link-unknown-rule-set': (d) => `链接使用了本版本不认识的规则集（“${text(d, 'id')}”），未打开。`,
  'share-link-unknown-dataset': (d) => `链接对应的数据集本版本不认识（“${text(d, 'id')}”），未打开。`,
  'duplicate-id': {
    summary: '已有相同编号的设施。',
    detailed: (d) => `已有编号为“${text(d, 'id')}”的设施。`,
  },
  'unknown-facility': {
    summary: '该设施已不存在。',
    detailed: (d) => `没有编号为“${text(d, 'id')}”的设施。`,
  },
  'invalid-facility': {
    summary: '设施的某项数据缺失或超出范围。',
    detailed: (d) =>
      d.field === undefined
        ? `设施“${text(d, 'id')}”的某项数据缺失或超出范围（名称、面积、半径或容量）。`
        : `设施“${text(d, 'name')}”${d.item === undefined ? '' : `（第 ${text(d, 'item')} 个要素或行）`}被拒绝：${facilityFieldZh(text(d, 'field'))} ${text(d, 'value')} 超出范围 ${text(d, 'range')}。`,
  },
  'duplicate-facility-id': {
    summary: '设施编号重复。',
    detailed: (d) => `设施编号“${text(d, 'id')}”重复。`,
  },
  'too-many-facilities': {
    summary: '同一类型的设施数量超过上限。',
    detailed: (d) => `类型“${text(d, 'type')}”的设施超过 ${count(Number(d.max))} 个上限。`,
  },
  'duplicate-scenario-id': {
    summary: '已有相同编号的方案。',
    detailed: (d) => `已有编号为“${text(d, 'id')}”的方案。`,
  },
  'unknown-scenario': {
    summary: '该方案已不存在。',
    detailed: (d) => `没有编号为“${text(d, 'id')}”的方案。`,
  },
  'last-scenario': '至少要保留一个方案：最后一个方案不能删除。',
  'invalid-scenario': '方案数据无效（有字段缺失或超出范围）。',
  'invalid-rule-set': '规则集无效。',
  'unknown-rule-set': {
    summary: '规则集不存在。',
    detailed: (d) => `规则集“${text(d, 'ruleSet')}”不存在。`,
  },
  'invalid-option': '计算选项超出范围。',
  'missing-layer': {
    summary: '人口格网中没有该人口图层。',
    detailed: (d) => `人口格网中没有常住人口图层“${text(d, 'layer')}”。`,
  },
  'invalid-household-size': {
    summary: '户均人口必须是正数。',
    detailed: (d) => `户均人口 ${text(d, 'value')} 不是正数。`,
  },
  'mask-size-mismatch': '两个覆盖范围的大小不一致。',
  'no-dataset': '尚未加载数据。',
  'fetch-failed': '数据文件下载失败。',
  'load-failed': '数据加载失败。',
  'not-a-raster': '人口格网中没有可绘制的单元。',
  'unknown-layer': {
    summary: '数据中没有该图层。',
    detailed: (d) => `数据中没有图层“${text(d, 'layer')}”。`,
  },
  'import-cancelled': '导入已取消。',
  'worker-crashed': '计算进程意外中止，正在重新启动。',
  'worker-call-failed': '计算无法执行。',
  'worker-crash-loop': '计算进程在一分钟内三次意外中止，已停止重启。请刷新页面；方案已保存。',
  'tab-read-only':
    '生活圈已在另一个标签页中打开并由其保存：本页为只读。如需在本页编辑，请点击“改在此页编辑”。',
  'autosave-version': '保存的工作来自其他版本，未恢复。',
  'autosave-dataset': '保存的工作属于其他数据集，未恢复。',
  usage: '命令行用法错误。',
  'file-not-found': '文件不存在。',
  'file-is-directory': '该路径是文件夹，不是文件。',
  'file-unreadable': '文件无法读取。',
  'output-unwritable': '输出文件无法写入。',
  'no-overlap': '人口格网与行政区不重叠。',
  'network-no-lines': '道路文件中没有可步行的线路。',
  'several-network-files': '一次只能导入一个步行路网文件。',
  'network-too-large': () =>
    `道路网络超过规模上限：长于 50 米的路段切分后，最多 ${count(MAX_NETWORK_NODES)} 个节点、${count(MAX_NETWORK_EDGES)} 条路段。请将路网裁剪到规划范围后再导入。`,
  'network-file-invalid': '预处理的道路网络文件已损坏或版本不符。',
  'network-no-overlap': '没有人口单元位于道路网络附近。',
  'network-pbf-invalid': 'OpenStreetMap .osm.pbf 文件已损坏，或使用了本应用不支持的压缩方式（仅支持 zlib）。',
  'network-not-ready': '步行路网仍在加载，加载完成前的数字按直线距离计算。',
  'network-fragmented': {
    summary: '道路网络分成了互不连通的几部分。',
    detailed: (d) =>
      `道路网络最大的连通部分只包含 ${text(d, 'percent')}% 的节点，其他部分上的地点无法经道路到达。`,
  },
  'suggest-missing-layer': '人口格网中没有选址所用的人口图层。',
  'suggest-invalid-parameter': '选址的数量、目标、半径、间距或建筑面积超出范围。',
  'suggest-no-candidates': '排除之后没有剩余的候选位置。',
  'suggest-cancelled': '选址已取消。',
  'level-name-missing': '请为单元层级命名。',
  'level-name-duplicate': (d) =>
    `已有名为“${text(d, 'name')}”的单元层级，或同一名称导入了两次；请换一个名称。`,
  'level-empty': (d) => `单元层级“${text(d, 'name')}”没有单元多边形。`,
  'level-grid-no-overlap': (d) =>
    `人口格网中没有任何人口位于“${text(d, 'name')}”的单元内。请检查文件的坐标系。`,
  'level-gcj02-offset': (d) =>
    `单元层级“${text(d, 'name')}”相对人口格网整体偏移约 ${text(d, 'meters')} 米（偏${directionZh(text(d, 'direction'))}），符合 GCJ-02（国内网络地图“火星坐标”）的特征；请选择 GCJ-02 坐标系重新导入该层级。`,
};
