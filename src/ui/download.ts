/**
 * Files the app hands to the browser: one way to download, one way to name exports (scenario GeoJSON, district
 * results, the map picture), whichever button asked.
 */
import { scenarioToGeoJson } from '../core/io/scenario-geojson';
import type { Scenario } from '../core/model/scenario';

/** `name-YYYY-MM-DD.ext` with characters that file systems refuse replaced by `_`. */
export function exportFileName(scenarioName: string, date: Date, extension: string): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  const safe = scenarioName.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').trim() || 'lifecircle';
  return `${safe}-${day}.${extension}`;
}

/** Saves a blob as a file: a temporary `<a download>`, clicked and removed. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file of the given MIME type. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** The scenario as a GeoJSON file (issue #5 export; also the fallback of a share link too large for a URL). */
export function downloadScenarioGeoJson(scenario: Scenario, date = new Date()): void {
  downloadText(
    JSON.stringify(scenarioToGeoJson(scenario), null, 2),
    exportFileName(scenario.name, date, 'geojson'),
    'application/geo+json',
  );
}
