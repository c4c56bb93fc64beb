/**
 * Shapes of the one import path (issue #5): inspect a file, let the user confirm what cannot be known from the
 * bytes, then import. Everything here is plain data so it crosses a worker boundary unchanged.
 */
import type { HouseholdsInput } from '../../model/dataset';
import type { District } from '../../model/district';
import type { Facility } from '../../model/facility';
import type { PopulationGrid } from '../../model/grid';
import type { ResultError } from '../../model/result';
import type { Scenario } from '../../model/scenario';

/** A file as the browser's File API or Node's fs gives it. */
export interface ImportInput {
  /** File name as shown to the user (used in every message; may contain anything, markup included). */
  name: string;
  bytes: Uint8Array;
}

/** File formats recognised by extension and content. */
export type ImportFormat =
  | 'geojson'
  | 'topojson'
  | 'shapefile-zip'
  | 'geotiff'
  | 'csv'
  /** OpenStreetMap extract (street networks only). */
  | 'osm-pbf'
  /** Prepared street network of core/network/network-file.ts. */
  | 'lcnet'
  | 'unknown';

/** What the imported file becomes. */
export type ImportKind = 'districts' | 'level' | 'grid' | 'facilities' | 'scenario' | 'network';

/** Value → parameter of a message template (numbers are formatted by the message table). */
export type MessageDetails = Record<string, string | number>;

/**
 * An error or warning with a stable code. `message` is English; `details` feed the bilingual templates of
 * messages.ts. Errors from the older readers (csv-grid.ts, districts.ts, …) carry no details.
 */
export interface ImportIssue extends ResultError {
  details?: MessageDetails;
}

/** Column or property names used to build facilities from a CSV or a GeoJSON without the facility schema. */
export interface FacilityFieldMapping {
  id?: string;
  name?: string;
  type?: string;
  status?: string;
  /** Floor area, m². */
  area?: string;
  /** Service radius, m. */
  radius?: string;
  beds?: string;
  places?: string;
  doctors?: string;
  /** Land (site) area, m². */
  land?: string;
}

/**
 * What the user confirmed (or the inspection suggested). All optional: missing answers take the inspection's
 * suggestion, and a question marked `required` with no answer makes the import fail with its code.
 */
export interface ImportOptions {
  /** What to import the file as; default: the inspection's first kind. */
  kind?: ImportKind;
  /** CRS of the coordinates (`EPSG:4326`, `gcj02`, `EPSG:4547`, …; see resolveCrs). Overrides the file's. */
  crs?: string;
  /** Column order of unnamed coordinate columns in CSV files. */
  axisOrder?: 'lonlat' | 'latlon';
  /** Layer of a TopoJSON topology or of a zip holding several shapefiles. */
  layer?: string;
  /** District name property. */
  nameField?: string;
  /** District id property. */
  idField?: string;
  /** Unit level: the level's name as the planner gives it (e.g. `街道`); required for `kind: 'level'`. */
  levelName?: string;
  /** Unit level: property holding each unit's code (its id); default: the feature ids, a code field or the names. */
  codeField?: string;
  /** Unit level: property holding the code of the coarser unit each unit belongs to (optional, informative). */
  parentField?: string;
  /** Unit level: the planner confirmed replacing the level of the same name (asked by the dialog, not the reader). */
  replaceExistingLevel?: boolean;
  /** Grid: numeric column or property holding persons per cell. */
  valueField?: string;
  /** Grid: layer id the values are stored under; default `total`. */
  layerId?: string;
  /** CSV: coordinate columns (x = longitude or easting, y = latitude or northing). */
  xColumn?: string;
  yColumn?: string;
  /** CSV: column of H3 cell ids; used instead of coordinate columns when set (or detected). */
  h3Column?: string;
  /** GeoTIFF: 0-based band. */
  band?: number;
  /**
   * Grid: households as the planner states them (residents per household, or the census's family households); read
   * when the dataset is replaced, not by the reader (domain.md § Households).
   */
  households?: HouseholdsInput;
  /** Facilities: columns or properties for each schema field. */
  facilityFields?: FacilityFieldMapping;
  /** Facilities: type given to rows without a type column. */
  defaultFacilityType?: string;
  /** Facilities: floor area for rows without an area column, m². */
  defaultFloorAreaSquareMeters?: number;
}

/** One thing the user should confirm before importing; `required` ones have no safe default. */
export type ImportQuestion =
  | { topic: 'kind'; required: boolean; choices: ImportKind[] }
  | {
      topic: 'crs';
      required: boolean;
      /** Why it is asked: no CRS in a projected file, or lon/lat in China that may be GCJ-02. */
      reason: 'projected-without-crs' | 'maybe-gcj02' | 'prj-unrecognised';
      choices: string[];
    }
  | { topic: 'layer'; required: boolean; choices: string[] }
  | { topic: 'nameField'; required: boolean; choices: string[] }
  | { topic: 'valueField'; required: boolean; choices: string[] }
  | { topic: 'coordinateColumns'; required: boolean; choices: string[] }
  | { topic: 'axisOrder'; required: boolean; choices: ('lonlat' | 'latlon')[] }
  | {
      topic: 'facilityFields';
      required: boolean;
      missing: (keyof FacilityFieldMapping)[];
      choices: string[];
    };

/** A property or column of the file with a few sample values (as text) for the confirmation dialog. */
export interface FieldSummary {
  name: string;
  /** True when every non-empty value is a finite number. */
  numeric: boolean;
  samples: string[];
}

/**
 * A street network as read for the confirmation dialog (issue 13): counts after the walkable filter and the 50 m
 * densification, the extent, and the largest connected component's share of the nodes.
 */
export interface NetworkSummary {
  nodes: number;
  edges: number;
  /** [west, south, east, north] of the nodes, WGS 84 degrees. */
  extent: [number, number, number, number];
  /** Nodes of the largest connected component, % of all nodes (one decimal). */
  largestComponentPercent: number;
  /** `network-fragmented` when the largest component holds under 90% of the nodes; import is still allowed. */
  warnings: ImportIssue[];
}

/** The inspection step: what the file is and what must be confirmed. Cheap: no grid is built. */
export interface FileInspection {
  fileName: string;
  format: ImportFormat;
  /** Plausible kinds, most likely first. */
  kinds: ImportKind[];
  /** Features or data rows (GeoTIFF: pixels). */
  itemCount: number;
  fields: FieldSummary[];
  /** Layers of a TopoJSON or of a zip with several shapefiles. */
  layers: string[];
  /** CRS named by the file (GeoTIFF GeoKeys, .prj, GeoJSON `crs` member), when any. */
  declaredCrs?: string;
  /** The options the importer would use if the user confirms everything as suggested. */
  suggested: ImportOptions;
  questions: ImportQuestion[];
  /** English notes on what was detected. */
  notes: string[];
  /** A street network (kind `network`) read in full; absent until a required CRS is answered. */
  network?: NetworkSummary;
}

interface ImportedCommon {
  fileName: string;
  format: ImportFormat;
  /** CRS the coordinates were read in (converted to WGS 84), e.g. `EPSG:4326`, `gcj02`. */
  crsId: string;
  /** Non-fatal findings (repairs, assumptions, suspicious data), coded like errors. */
  warnings: ImportIssue[];
  /** English notes on what was assumed or converted. */
  notes: string[];
}

export interface ImportedDistricts extends ImportedCommon {
  kind: 'districts';
  districts: District[];
  nameField: string;
}

/** A unit level (issue 12): polygons read exactly as districts are, kept beside the districts. */
export interface ImportedLevel extends ImportedCommon {
  kind: 'level';
  /** `import:<name>`: unique per name, so a level imported again under the same name replaces the old one. */
  levelId: string;
  levelName: string;
  units: District[];
  nameField: string;
  codeField?: string;
  parentField?: string;
}

export interface ImportedGrid extends ImportedCommon {
  kind: 'grid';
  grid: PopulationGrid;
  /** Layer ids in `grid.layers`. */
  layerIds: string[];
  /** Σ persons per layer. */
  totals: Record<string, number>;
}

export interface ImportedFacilities extends ImportedCommon {
  kind: 'facilities';
  facilities: Facility[];
}

export interface ImportedScenario extends ImportedCommon {
  kind: 'scenario';
  scenario: Scenario;
}

/** Anything {@link ImportOptions.kind} can produce. */
export type Imported =
  | ImportedDistricts
  | ImportedLevel
  | ImportedGrid
  | ImportedFacilities
  | ImportedScenario;

/** Progress callback: fraction done 0–1 and the current stage (`read`, `parse`, `convert`, `validate`). */
export type ImportProgress = (fraction: number, stage: string) => void;
