/** Fetching the default dataset's three files, with the fetch part of the load's progress. */
import { decodeText } from '../io/import/text-decode';
import { fetchFraction, type ProgressCallback } from './load-progress';

/** Where the default dataset's files are served (relative URLs bundled by Vite). */
export interface DefaultDatasetUrls {
  adultsTiff: string;
  elderlyTiff: string;
  districtsGeoJson: string;
}

/** The default dataset's files as read: the two GeoTIFFs' bytes and the districts GeoJSON text. */
export interface DefaultDatasetFiles {
  adultsTiff: ArrayBuffer;
  elderlyTiff: ArrayBuffer;
  districtsGeoJson: string;
}

/** Reads the bytes at a URL; throws on any failure (its message becomes the `fetch-failed` error's). */
export type FetchBytes = (url: string) => Promise<ArrayBuffer>;

/**
 * Fetches the three files at once, reporting the fetch stage after each arrives ({@link fetchFraction}); the
 * GeoJSON is decoded as UTF-8. Rejects with the first failure.
 */
export async function fetchDefaultDatasetFiles(
  urls: DefaultDatasetUrls,
  fetchBytes: FetchBytes,
  onProgress?: ProgressCallback,
): Promise<DefaultDatasetFiles> {
  onProgress?.(0, 'fetch');
  let fetchedFileCount = 0;
  const count = async (url: string) => {
    const bytes = await fetchBytes(url);
    fetchedFileCount += 1;
    onProgress?.(fetchFraction(fetchedFileCount, 3), 'fetch');
    return bytes;
  };
  const [adultsTiff, elderlyTiff, districts] = await Promise.all([
    count(urls.adultsTiff),
    count(urls.elderlyTiff),
    count(urls.districtsGeoJson),
  ]);
  return { adultsTiff, elderlyTiff, districtsGeoJson: decodeText(new Uint8Array(districts)).text };
}
