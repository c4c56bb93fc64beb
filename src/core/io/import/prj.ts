/**
 * The coordinate system of a shapefile's .prj (WKT 1, ESRI or OGC flavour) as one of the CRSs Lifecircle supports
 * (domain.md § Inputs, CRS). Other WKT that proj4 can read is still converted, under its own name, with a note.
 */
import proj4 from 'proj4';
import { type CrsInfo, resolveCrs } from '../../geo/crs';
import { ok, type Result } from '../../model/result';
import { importFail } from './messages';

/** A CRS read from a .prj; `recognised` is false when it is not one of the supported EPSG codes. */
export interface PrjCrs {
  crs: CrsInfo;
  recognised: boolean;
}

/** Supported EPSG id named by the WKT: its outermost EPSG authority, else its ESRI-style name. */
function epsgIdOf(wkt: string): string | undefined {
  const outerAuthority = /AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim());
  if (outerAuthority) return `EPSG:${outerAuthority[1]}`;
  const projected = /^\s*PROJCS\[\s*"([^"]*)"/i.exec(wkt)?.[1];
  const name = (projected ?? /GEOGCS\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '').replace(/[\s-]/g, '_');
  const utm = /WGS_?(?:19)?84_UTM_Zone_(\d{1,2})([NS])/i.exec(name);
  if (utm) return `EPSG:${(utm[2]?.toUpperCase() === 'S' ? 32700 : 32600) + Number(utm[1])}`;
  const centralMeridian = /CGCS_?2000_3_Degree_GK_CM_(\d{2,3})E/i.exec(name);
  if (centralMeridian) return `EPSG:${4534 + Number(centralMeridian[1]) / 3 - 25}`;
  const zone = /CGCS_?2000_3_Degree_GK_Zone_(\d{2})/i.exec(name);
  if (zone) return `EPSG:${4513 + Number(zone[1]) - 25}`;
  if (/Pseudo_Mercator|Web_Mercator/i.test(name)) return 'EPSG:3857';
  if (projected !== undefined) return undefined;
  if (/China_Geodetic_Coordinate_System_2000|CGCS_?2000/i.test(name)) return 'EPSG:4490';
  if (/WGS_?(?:19)?84/i.test(name)) return 'EPSG:4326';
  return undefined;
}

/**
 * Reads a .prj. Returns a supported CRS (`recognised`) when the WKT names one, else a CRS whose proj4 definition is
 * the WKT itself with world-wide bounds (`recognised: false`: the caller notes that the datum shift may be
 * unknown). Fails with `crs-prj-unsupported` when neither works.
 */
export function crsFromPrj(wkt: string): Result<PrjCrs> {
  const id = epsgIdOf(wkt);
  if (id !== undefined) {
    const resolved = resolveCrs(id);
    if (resolved.ok) return ok({ crs: resolved.value, recognised: true });
  }
  const name = /^\s*(?:PROJCS|GEOGCS)\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? 'unnamed';
  try {
    proj4(wkt, proj4.WGS84);
  } catch {
    return importFail('crs-prj-unsupported', { name });
  }
  const geographic = /^\s*GEOGCS/i.test(wkt);
  const limit = geographic ? 180 : 1e8;
  return ok({
    crs: {
      id: `prj:${name}`,
      name,
      kind: geographic ? 'geographic' : 'projected',
      unit: geographic ? 'degree' : 'metre',
      proj4: wkt,
      bounds: { minX: -limit, minY: geographic ? -90 : -limit, maxX: limit, maxY: geographic ? 90 : limit },
    },
    recognised: false,
  });
}
