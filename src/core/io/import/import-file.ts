/**
 * The one import path used by the UI (in a worker), the CLI and the tests (issue #5): inspectFile says what a file
 * is and what the user must confirm; importFile reads it with the confirmed options. Both return errors as values and
 * never throw, whatever the bytes.
 */
import { ok, type Result } from '../../model/result';
import { parseCsvRows } from '../csv-grid';
import { scenarioFromGeoJson } from '../scenario-geojson';
import { importDistricts } from './import-districts';
import { importFacilities } from './import-facilities';
import { importGrid } from './import-grid';
import { importLevel } from './import-level';
import type {
  Imported,
  ImportedScenario,
  ImportInput,
  ImportKind,
  ImportOptions,
  ImportProgress,
} from './import-types';
import { importFail } from './messages';
import { csvKinds, kindsOf, type ReadSource, readSource } from './read-source';
import { decodeText } from './text-decode';

function importScenario(fileName: string, read: ReadSource): Result<ImportedScenario> {
  if (!read.source?.root) return importFail('kind-unsupported', { format: read.format, kind: 'scenario' });
  const scenario = scenarioFromGeoJson(read.source.root);
  if (!scenario.ok) return scenario;
  return ok({
    kind: 'scenario',
    fileName,
    format: read.format,
    crsId: 'EPSG:4326',
    scenario: scenario.value,
    warnings: [],
    notes: [],
  });
}

/** The kind to import as: the option, else the most likely one (CSV: from its header and values). */
function chooseKind(input: ImportInput, read: ReadSource, options: ImportOptions): ImportKind {
  if (options.kind !== undefined) return options.kind;
  if (read.format === 'csv') {
    const table = parseCsvRows(decodeText(input.bytes).text);
    return table.ok ? (csvKinds(table.value)[0] as ImportKind) : 'grid';
  }
  return kindsOf(read)[0] as ImportKind;
}

async function importChecked(
  input: ImportInput,
  options: ImportOptions,
  onProgress?: ImportProgress,
): Promise<Result<Imported>> {
  onProgress?.(0, 'read');
  const read = readSource(input, options.layer, options.kind);
  if (!read.ok) return read;
  const kind = chooseKind(input, read.value, options);
  onProgress?.(0.1, 'parse');
  let imported: Result<Imported>;
  if (kind === 'grid') {
    imported = await importGrid(input, read.value.format, read.value.source, options, (fraction, stage) =>
      onProgress?.(0.1 + 0.85 * fraction, stage),
    );
  } else if (kind === 'districts') {
    imported = read.value.source
      ? importDistricts(read.value.source, options, input.name)
      : importFail('kind-unsupported', { format: read.value.format, kind });
  } else if (kind === 'level') {
    imported = read.value.source
      ? importLevel(read.value.source, options, input.name)
      : importFail('kind-unsupported', { format: read.value.format, kind });
  } else if (kind === 'network') {
    // Street networks are read by core/network (import-batch.ts routes them there), never into a dataset part.
    imported = importFail('kind-unsupported', { format: read.value.format, kind });
  } else if (kind === 'facilities') {
    imported = importFacilities(input, read.value.format, read.value.source, options);
  } else {
    imported = importScenario(input.name, read.value);
  }
  onProgress?.(1, 'validate');
  return imported;
}

/**
 * Imports one file as districts, a unit level, a population grid, facilities or a scenario (`options.kind`,
 * default: the kind {@link inspectFile} lists first). Formats: GeoJSON, TopoJSON, zipped Shapefile, GeoTIFF, CSV (coordinates or H3
 * ids). Every coordinate comes back in WGS 84; what was assumed is in `notes`, what was repaired or looks wrong in
 * `warnings`. Errors are coded values (message-table.ts lists every code); an exception thrown by a parsing library
 * becomes `import-failed`. Nothing is shared with or changed in the caller's state.
 */
export async function importFile(
  input: ImportInput,
  options: ImportOptions = {},
  onProgress?: ImportProgress,
): Promise<Result<Imported>> {
  try {
    return await importChecked(input, options, onProgress);
  } catch (error) {
    return importFail('import-failed', { reason: error instanceof Error ? error.message : String(error) });
  }
}
