import { describe, expect, it } from 'vitest';
import { crsFromPrj } from './prj';

const GCS_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const GCS_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const projcs = (name: string, centralMeridian: number, falseEasting: number) =>
  `PROJCS["${name}",${GCS_CGCS2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

function idOf(wkt: string): [string, boolean] | string {
  const read = crsFromPrj(wkt);
  return read.ok ? [read.value.crs.id, read.value.recognised] : read.error.code;
}

describe('crsFromPrj', () => {
  it('names the geographic systems by their ESRI names', () => {
    expect(idOf(GCS_WGS84)).toEqual(['EPSG:4326', true]);
    expect(idOf(GCS_CGCS2000)).toEqual(['EPSG:4490', true]);
  });

  it('reads the CGCS2000 Gauss–Krüger zones both ways: CM 114°E is EPSG:4547, zone 38 (CM 114°E) is 4526', () => {
    // EPSG:4534 is CM 75°E; each 3° further east adds one: 4534 + (114 − 75) / 3 = 4547.
    expect(idOf(projcs('CGCS2000_3_Degree_GK_CM_114E', 114, 500000))).toEqual(['EPSG:4547', true]);
    // EPSG:4513 is zone 25; zone 38 → 4513 + 13 = 4526 (false easting carries the zone number).
    expect(idOf(projcs('CGCS2000_3_Degree_GK_Zone_38', 114, 38500000))).toEqual(['EPSG:4526', true]);
  });

  it('reads UTM north and south zones, and the outer EPSG authority of OGC WKT', () => {
    const utm = (name: string) =>
      `PROJCS["${name}",${GCS_WGS84},PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
    expect(idOf(utm('WGS_1984_UTM_Zone_50N'))).toEqual(['EPSG:32650', true]);
    expect(idOf(utm('WGS_1984_UTM_Zone_23S'))).toEqual(['EPSG:32723', true]);
    const ogc =
      'PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","3857"]]';
    expect(idOf(ogc)).toEqual(['EPSG:3857', true]);
  });

  it('keeps another valid projection under its own name, unrecognised; refuses text that is not WKT', () => {
    const lambert = `PROJCS["Local_Lambert",${GCS_WGS84},PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",110.0],PARAMETER["Standard_Parallel_1",25.0],PARAMETER["Standard_Parallel_2",47.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
    const read = crsFromPrj(lambert);
    expect(read.ok && [read.value.crs.id, read.value.crs.kind, read.value.recognised]).toEqual([
      'prj:Local_Lambert',
      'projected',
      false,
    ]);
    expect(idOf('this is not a projection')).toBe('crs-prj-unsupported');
  });
});
