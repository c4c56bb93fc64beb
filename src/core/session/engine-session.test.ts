import { describe, expect, it } from 'vitest';
import { fail, ok } from '../model/result';
import { type BuildDataset, createEngineSession, type LoadStage } from './engine-session';
import { cell5Station, smallDataset } from './small-dataset.fixture';
import { transferablesOf } from './transferables-of';

const urls = { adultsTiff: 'a.tif', elderlyTiff: 'e.tif', districtsGeoJson: 'd.geojson' };
const fetchBytes = async (url: string) => new TextEncoder().encode(`bytes of ${url}`).buffer as ArrayBuffer;

describe('engine session (in Node, no worker)', () => {
  it('loads, reports monotone progress and returns the summary', async () => {
    const seen: { files?: unknown } = {};
    const build: BuildDataset = async (files, onProgress) => {
      seen.files = files;
      onProgress?.(0.5, 'decoding rasters');
      onProgress?.(1, 'assigning cells to districts');
      return ok(smallDataset());
    };
    const api = createEngineSession({ fetchBytes, buildDataset: build });
    const progress: [number, LoadStage][] = [];
    const result = await api.loadDefaultDataset(urls, (fraction, stage) => progress.push([fraction, stage]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.districts.map((d) => d.population)).toEqual([120, 90]);
    expect((seen.files as { districtsGeoJson: string }).districtsGeoJson).toBe('bytes of d.geojson');
    const fractions = progress.map(([fraction]) => fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([1, 'summarise']);
    expect(progress.map(([, stage]) => stage)).toEqual(
      expect.arrayContaining(['fetch', 'decode', 'assign', 'summarise']),
    );
  });

  it('paints a layer and names its ramp', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await api.loadDefaultDataset(urls);
    const raster = api.populationRaster('adults20plus');
    expect(raster.ok).toBe(true);
    if (!raster.ok) return;
    expect([raster.value.image.width, raster.value.image.height]).toEqual([4, 4]);
    expect(raster.value.image.rgba.length).toBe(64);
    // Pixel 15 is nodata: transparent. Pixel 0 holds 1 person: painted.
    expect(raster.value.image.rgba[15 * 4 + 3]).toBe(0);
    expect(raster.value.image.rgba[3]).toBeGreaterThan(0);
    expect(raster.value.ramp.thresholds.length).toBeGreaterThan(0);
  });

  it('paints the layer named at load before answering, and hands that raster to the first request for it', async () => {
    const dataset = smallDataset();
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(dataset) });
    await api.loadDefaultDataset(urls, undefined, 'adults20plus');
    // Cell 0 emptied after the load: the prepainted raster still shows it, a raster painted now does not.
    (dataset.grid.layers.adults20plus as Float32Array)[0] = 0;
    const alpha0 = () => {
      const raster = api.populationRaster('adults20plus');
      if (!raster.ok) throw new Error(raster.error.message);
      return raster.value.image.rgba[3];
    };
    expect(alpha0()).toBeGreaterThan(0);
    expect(alpha0()).toBe(0);
  });

  it('prepaints the resident layer when the named one is missing; any other request drops the prepainted raster', async () => {
    const alpha0 = (api: ReturnType<typeof createEngineSession>, layer: string) => {
      const raster = api.populationRaster(layer);
      if (!raster.ok) throw new Error(raster.error.message);
      return raster.value.image.rgba[3];
    };
    const emptyCell0 = (dataset: ReturnType<typeof smallDataset>) => {
      for (const values of Object.values(dataset.grid.layers)) (values as Float32Array)[0] = 0;
    };
    const fallback = smallDataset();
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(fallback) });
    await api.loadDefaultDataset(urls, undefined, 'children');
    emptyCell0(fallback);
    expect(alpha0(api, fallback.residentLayer)).toBeGreaterThan(0);

    const dropped = smallDataset();
    const other = createEngineSession({ fetchBytes, buildDataset: async () => ok(dropped) });
    await other.loadDefaultDataset(urls, undefined, 'adults20plus');
    emptyCell0(dropped);
    expect(alpha0(other, dropped.residentLayer)).toBe(0);
    expect(alpha0(other, 'adults20plus')).toBe(0);
  });

  it('paints a grid without raster layout (CSV, H3) on a display layout of its own', async () => {
    const pointGrid = smallDataset();
    const painted = (api: ReturnType<typeof createEngineSession>) => {
      const raster = api.populationRaster('adults20plus');
      if (!raster.ok) throw new Error(raster.error.message);
      const { rgba, width, height } = raster.value.image;
      return { width, height, opaque: rgba.filter((_, i) => i % 4 === 3 && rgba[i] !== 0).length };
    };
    const withRaster = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await withRaster.loadDefaultDataset(urls);
    delete pointGrid.grid.raster;
    const withoutRaster = createEngineSession({ fetchBytes, buildDataset: async () => ok(pointGrid) });
    await withoutRaster.loadDefaultDataset(urls);
    // The fixture's cells are its raster's pixels (0.001°, about the cells' own side), so the display layout puts
    // each cell in a pixel of its own: all 15 populated cells painted, on an image of about the raster's size.
    const fromPoints = painted(withoutRaster);
    expect(painted(withRaster)).toEqual({ width: 4, height: 4, opaque: 15 });
    expect(fromPoints.opaque).toBe(15);
    expect(Math.abs(fromPoints.width - 4) + Math.abs(fromPoints.height - 4)).toBeLessThanOrEqual(2);
  });

  it('returns errors as values with a code', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    expect(api.populationRaster('total')).toMatchObject({ ok: false, error: { code: 'no-dataset' } });
    expect(api.results()).toMatchObject({ ok: false, error: { code: 'no-dataset' } });
    await api.loadDefaultDataset(urls);
    expect(api.populationRaster('children')).toMatchObject({ ok: false, error: { code: 'unknown-layer' } });

    const failingFetch = createEngineSession({
      fetchBytes: async () => {
        throw new Error('HTTP 404');
      },
      buildDataset: async () => ok(smallDataset()),
    });
    expect(await failingFetch.loadDefaultDataset(urls)).toEqual({
      ok: false,
      error: { code: 'fetch-failed', message: 'HTTP 404' },
    });
    const failingBuild = createEngineSession({
      fetchBytes,
      buildDataset: async () => fail('geotiff-unreadable', 'not a TIFF'),
    });
    expect(await failingBuild.loadDefaultDataset(urls)).toEqual({
      ok: false,
      error: { code: 'geotiff-unreadable', message: 'not a TIFF' },
    });
  });

  it('gives the engine results: populations now, facility area per 100 households after setFacilities', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await api.loadDefaultDataset(urls);
    const results = api.results();
    expect(results.ok && results.value.districts.map((d) => d.households)).toEqual([48, 30]);
    expect(results.ok && results.value.districts[0]?.populationByLayer?.adults20plus).toBeCloseTo(60, 6);
    const station = {
      id: 'f1',
      name: '甲区社区服务站',
      type: 'community_service_station',
      status: 'proposed' as const,
      lon: 114.0005,
      lat: 30.0035,
      floorAreaSquareMeters: 600,
      radiusMeters: 300,
    };
    const evaluated = api.setFacilities([station]);
    expect(evaluated.ok).toBe(true);
    if (!evaluated.ok) return;
    const [a, b] = evaluated.value.districts;
    // 100 × 600 m² / 48 households = 1250 m² per 100 households in A; nothing in B.
    expect(a?.facilityAreaSquareMeters).toBe(600);
    expect(a?.areaPer100Households).toBeCloseTo(1250, 6);
    expect(b?.areaPer100Households).toBe(0);
    expect(api.setFacilities([{ ...station, floorAreaSquareMeters: -1 }]).ok).toBe(false);
  });

  it('edits incrementally and each call returns results equal to a full evaluation', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    expect(api.addFacility({} as never)).toMatchObject({ ok: false, error: { code: 'no-dataset' } });
    await api.loadDefaultDataset(urls);
    const station = {
      id: 'f1',
      name: '站',
      type: 'community_service_station',
      status: 'proposed' as const,
      lon: 114.0005,
      lat: 30.0035,
      floorAreaSquareMeters: 600,
      radiusMeters: 300,
    };
    const added = api.addFacility(station);
    // 100 × 600 / 48 households in A.
    expect(added.ok && added.value.districts[0]?.areaPer100Households).toBeCloseTo(1250, 6);
    const moved = api.moveFacility('f1', 114.0035, 30.0035);
    // Now in B: 100 × 600 / 30 households.
    expect(moved.ok && moved.value.districts.map((d) => d.areaPer100Households)).toEqual([0, 2000]);
    const updated = api.updateFacility('f1', { floorAreaSquareMeters: 300 });
    expect(updated.ok && updated.value.districts[1]?.areaPer100Households).toBeCloseTo(1000, 6);
    const full = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await full.loadDefaultDataset(urls);
    const expected = full.setFacilities([{ ...station, lon: 114.0035, floorAreaSquareMeters: 300 }]);
    expect(updated).toEqual(expected);
    const removed = api.removeFacility('f1');
    expect(removed.ok && removed.value.districts.map((d) => d.areaPer100Households)).toEqual([0, 0]);
    expect(api.removeFacility('f1')).toMatchObject({ ok: false });
  });

  it('returns per-cell coverage and 2SFCA surfaces as transferable arrays (hand-counted)', async () => {
    const api = createEngineSession({ fetchBytes, buildDataset: async () => ok(smallDataset()) });
    await api.loadDefaultDataset(urls);
    // A 100 m² station on the centre of cell 5 with a 50 m radius reaches only cell 5 (neighbours are ≥ 96 m away).
    api.setFacilities([cell5Station]);
    const coverage = api.cellSurface('community_service_station', 'coverage');
    const sfca = api.cellSurface('community_service_station', 'sfca');
    if (!coverage.ok || !sfca.ok) throw new Error('surface failed');
    expect([...coverage.value.values]).toEqual(Array.from({ length: 15 }, (_, c) => (c === 5 ? 1 : 0)));
    // Cell 5: total 12 persons / 2.5 = 4.8 households; R = 100 / 4.8; shown as 100 × A = 2083.33 m² per 100 households.
    expect(sfca.value.values[5]).toBeCloseTo(10_000 / 4.8, 2);
    expect(sfca.value.values[4]).toBe(0);
    expect(transferablesOf(sfca.value)).toHaveLength(1);
  });
});
