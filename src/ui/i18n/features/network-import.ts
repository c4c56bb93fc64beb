import type { FeatureTable } from './feature-table';

/**
 * Strings of a street network imported through the import dialog (issue 13): the kind, the facts of the network, its
 * walkable filter, what confirming replaces, and which network is in use.
 */
const zhCN = {
  importKindNetwork: '步行路网（替换当前使用的路网）',
  networkImportFacts: '{nodes} 个节点、{edges} 条路段；范围 东经 {west}°–{east}°，北纬 {south}°–{north}°',
  networkImportComponent: '最大连通部分包含 {percent}% 的节点',
  networkImportFilterLines:
    '可步行线路：除 highway=motorway、motorway_link 以外的所有线（LineString/MultiLineString），不分方向；长于 50 米的路段按不超过 50 米切分。',
  networkImportFilterPbf:
    '可步行道路：带 highway 标签的道路，不含 motorway、motorway_link、construction、proposed、raceway、bus_guideway、abandoned、disused、platform、elevator、corridor，不含 foot=no，不含 access=private/no（foot=yes/designated/permissive 除外），不含闭合的 area=yes；长于 50 米的路段按不超过 50 米切分。',
  networkImportFilterPrepared: '预处理的路网文件（已按可步行规则筛选）。',
  networkImportCountedLater: '选择坐标系后，节点和路段在导入时统计。',
  networkImportReplaces:
    '确认后替换当前使用的路网（{current}）；取消则保持不变。导入的路网不随自动保存保留：重新加载页面后需再次导入。',
  networkDefaultName: '武汉中心城区 OpenStreetMap 路网（默认）',
  networkInUse: '使用的路网：{name}',
  networkImportedNotKept: '导入的路网；重新加载页面后需再次导入',
  importApplyingNetwork: '正在将人口单元接入路网… {percent}%',
  importDoneNetwork: '路网已替换为 {name}：{nodes} 个节点、{edges} 条路段；{share}% 的居民在路网 300 米以内',
} as const;

export const networkImport: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    importKindNetwork: 'Walking network (replaces the network in use)',
    networkImportFacts:
      '{nodes} nodes, {edges} street segments; extent {west}°–{east}° E, {south}°–{north}° N',
    networkImportComponent: 'Largest connected part: {percent}% of the nodes',
    networkImportFilterLines:
      'Walkable: every line (LineString/MultiLineString) except highway=motorway and motorway_link, both directions; segments over 50 m are cut into parts of at most 50 m.',
    networkImportFilterPbf:
      'Walkable: ways with a highway tag except motorway, motorway_link, construction, proposed, raceway, bus_guideway, abandoned, disused, platform, elevator and corridor; not foot=no; not access=private/no unless foot=yes/designated/permissive; not closed area=yes ways; segments over 50 m are cut into parts of at most 50 m.',
    networkImportFilterPrepared: 'A prepared network file (already filtered to walkable streets).',
    networkImportCountedLater: 'Nodes and street segments are counted at import, once the CRS is chosen.',
    networkImportReplaces:
      'Confirming replaces the network in use ({current}); Cancel keeps it. An imported network is not kept by autosave: after a page reload, import it again.',
    networkDefaultName: 'OpenStreetMap streets of central Wuhan (default)',
    networkInUse: 'Network in use: {name}',
    networkImportedNotKept: 'imported; import it again after a page reload',
    importApplyingNetwork: 'Snapping the population cells to the network… {percent}%',
    importDoneNetwork:
      'Network replaced by {name}: {nodes} nodes, {edges} street segments; {share}% of residents within 300 m of it',
  },
};
