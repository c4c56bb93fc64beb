import { featureTables } from './features';
import type { Messages } from './messages';

/** English UI strings. Keys are those of zh-CN.ts (checked by i18n.test.ts). */
export const en: Messages = {
  appTitle: 'Lifecircle',
  appSubtitle: 'Community-service facility planning',
  datasetWuhan: 'Wuhan · 2020',
  languageLabel: 'Language',
  layerLabel: 'Population layer',
  layerTotal: 'Estimated total',
  layerAdults: 'Adults 20+',
  layerElderly: 'Elderly 60+',
  layerTotalHint: 'WorldPop adults 20+ scaled up to the census total (see Method)',
  layerAdultsHint: 'WorldPop 2020, persons aged 20 and over (source data)',
  layerElderlyHint: 'WorldPop 2020, persons aged 60 and over (source data)',
  legendTitle: 'Persons per cell',
  legendCell: 'cell ≈ 80 × 92 m (3″)',
  loadingTitle: 'Loading Wuhan data',
  stageFetch: 'Downloading data files',
  stageDecode: 'Decoding population grids',
  stageAssign: 'Assigning cells to districts',
  stageSummarise: 'Summing districts',
  stageDraw: 'Drawing the map',
  loadFailed: 'The data could not be loaded',
  retry: 'Retry',
  workerRestarted: 'The computation worker stopped unexpectedly; it was restarted and the data reloaded.',
  panelTitle: 'Population and households by district',
  panelLoading: 'District figures are being computed in the background; the map is already usable.',
  columnDistrict: 'District',
  columnPopulation: 'Population (est.)',
  columnElderly: 'Elderly 60+',
  columnHouseholds: 'Households',
  columnPopulationHint:
    'Estimated total = WorldPop adults 20+ × {scale} (2020 census population of Wuhan 12,326,518 ÷ WorldPop adults 20+ 9,491,334)',
  columnElderlyHint: 'WorldPop 2020 persons aged 60+, summed by the district containing each cell centre',
  columnHouseholdsHint:
    'Households = estimated population ÷ {size} persons per household (2020 census, Wuhan family households)',
  totalRow: 'Total (13 districts)',
  outsideRow: 'Cells outside every district',
  outsideHint:
    '{cells} cells have their centre outside every district polygon (the boundaries are simplified); their population is listed here, not dropped.',
  cityTotalRow: 'All grid cells',
  methodTitle: 'Data and method',
  methodPopulation:
    'Population: WorldPop 2020 100 m grids (adults 20+, elderly 60+). The grid has no ages 0–19, so the total is estimated by scaling to the 2020 census total: × {scale}.',
  methodHouseholds:
    'Households: residents ÷ {size} persons per household (an assumption: change it under Assumptions).',
  methodHouseholdsCensus:
    'Households: residents ÷ {size} persons per household = census residents {residents} ÷ family households {households} (residents of collective households such as dormitories form no household). An assumption: change it under Assumptions.',
  methodAssignment: 'Assignment: a cell counts in the district that contains its centre (centroid rule).',
  methodBoundaries:
    'Districts: OpenStreetMap (simplified; cells near a border may be assigned to the neighbour).',
  settings: 'Settings',
  settingsTitle: 'Basemap',
  basemapLabel: 'Online basemap style URL (any MapLibre style)',
  basemapPlaceholder: 'https://example.com/style.json',
  basemapHint:
    'The offline basemap is the default and needs no network. An online style is loaded when set; if it fails, the offline basemap comes back.',
  basemapApply: 'Use online basemap',
  basemapReset: 'Back to offline basemap',
  basemapFailed: 'The online basemap failed to load; the offline basemap is back: {message}',
  basemapOnline: 'Online basemap in use',
  basemapOffline: 'Offline basemap in use',
  close: 'Close',
  persons: 'persons',
  households: 'households',
  paletteTitle: 'Facility type (click the map to place)',
  emptyStateHint:
    'Choose a facility type above, then click the map to place your first facility; the district figures update at once.',
  selectedFacility: 'Selected: {name} (Delete removes it, Esc deselects)',
  undo: 'Undo',
  redo: 'Redo',
  undoHint: 'Undo (Ctrl/Cmd+Z)',
  redoHint: 'Redo (Ctrl/Cmd+Shift+Z or Ctrl+Y)',
  columnAreaPer100: 'm² per 100 households',
  columnAreaPer100Hint:
    'Floor area of the facilities in the district × 100 ÷ households; the standard is ≥ {threshold} m² per 100 households ({ruleSet})',
  columnCompliance: 'Pass',
  pass: 'Pass',
  fail: 'Fail',
  cells: 'cells',
  ...featureTables.en,
};
