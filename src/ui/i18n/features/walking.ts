import type { FeatureTable } from './feature-table';

/** Strings of the walking network (issue 13): distance mode, network status, method phrases, comparing both modes. */
const zhCN = {
  distanceModeLabel: '距离',
  distanceStraight: '直线距离',
  distanceNetwork: '步行路网',
  networkLoading: '步行路网加载中…',
  networkReady: '路网 {nodes} 个节点、{edges} 条路段；{share}% 的居民在路网 300 米以内',
  networkFailed: '步行路网未能加载：{message}',
  methodStraight: '数字按直线距离计算（服务半径为圆）',
  methodNetwork: '数字沿步行路网「{name}」计算（距路网超过 300 米的人口不计入覆盖）',
  methodNetworkPending: '步行路网加载中，数字暂按直线距离计算',
  distancePhraseStraight: '直线距离（以设施为中心的局部平面，输入为 WGS 84 经纬度）',
  distancePhraseNetwork: '沿步行路网的距离（当前所用路网，接入距离计入，300 米以外的单元不可达）',
  compareModes: '与直线距离对比',
  compareModesNetwork: '与步行路网对比',
  compareModesHint: '复制当前方案为另一种距离方式，并排比较两者的数字',
  compareModesLine: '{type}覆盖率：{before} {beforePercent}%，{after} {afterPercent}%',
} as const;

export const walking: FeatureTable<keyof typeof zhCN> = {
  zhCN,
  en: {
    distanceModeLabel: 'Distance',
    distanceStraight: 'Straight-line',
    distanceNetwork: 'Walking network',
    networkLoading: 'Walking network loading…',
    networkReady:
      'Network of {nodes} nodes and {edges} street segments; {share}% of residents within 300 m of it',
    networkFailed: 'The walking network could not be loaded: {message}',
    methodStraight: 'Figures use straight-line distance (service radius as a circle)',
    methodNetwork:
      'Figures are measured along the walking network “{name}” (residents over 300 m from it are never covered)',
    methodNetworkPending: 'The walking network is loading; figures are straight-line until it is ready',
    distancePhraseStraight:
      'straight-line distances in metres on a local plane centred on each facility (inputs in WGS 84 lon/lat)',
    distancePhraseNetwork:
      'distances along the walking network in use (snapping included; cells over 300 m from it are not reached)',
    compareModes: 'Compare with straight-line',
    compareModesNetwork: 'Compare with walking network',
    compareModesHint: 'Copies this scenario in the other distance mode and shows both side by side',
    compareModesLine: '{type} coverage: {before} says {beforePercent}%, {after} {afterPercent}%',
  },
};
