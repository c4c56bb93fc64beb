/**
 * Reference figures for the default Wuhan dataset, from shared/data/README.md (computed there independently with
 * GDAL/numpy, not by this code): persons aged 20+ per OSM district, summed over the WorldPop cell centres inside it.
 */
export const WUHAN_ADULTS_BY_OSM_DISTRICT: Readonly<Record<string, number>> = {
  洪山区: 1_700_100,
  东西湖区: 979_645,
  江夏区: 873_965,
  黄陂区: 804_441,
  新洲区: 773_226,
  武昌区: 770_574,
  江岸区: 705_350,
  汉阳区: 694_216,
  蔡甸区: 644_067,
  硚口区: 484_534,
  青山区: 476_823,
  江汉区: 476_484,
  汉南区: 101_427,
};
