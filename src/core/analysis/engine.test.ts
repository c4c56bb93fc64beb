import { describe, expect, it } from 'vitest';
import type { Engine } from './engine';
import { createEngine, type EngineOptions } from './engine';
import { facilityAt, fiveByFiveDataset } from './five-by-five.fixture';

// Facilities on the 5 × 5 fixture (see five-by-five.fixture.ts for the populations and districts).
// Pixels are 100.0756 m: radius 150 m reaches the 3 × 3 block (diagonal 141.5 m), radius 120 m the "plus" of 5.
//
// S1 community_service_station at r1c1, 150 m, 50 m² → block r0–r2 × c0–c2 (r2c1 is nodata):
//    West cells 10 + 20 + 60 + 70 + 110 = 270 persons = 135 households (size 2.0)
//    East cells 30 + 80 + 130 = 240 persons = 96 households (size 2.5)             demand D1 = 231 households
// S2 community_service_station at r3c3, 150 m, 1000 m² → block r2–r4 × c2–c4:
//    East 130 + 140 + 150 + 180 + 190 + 200 = 990 persons = 396 households
//    outside 7 + 8 + 9 = 24 persons = 9.6 households                                 demand D2 = 405.6 households
// H1 health_service_station at r0c4, 120 m, 200 m² → plus: 50 + 40 + 100 = 190 persons (East)
// K1 kindergarten at the nodata pixel r2c1, 40 m, 3000 m² → no cell centre in reach: no demand, flagged.
function fixtureFacilities() {
  return [
    facilityAt('S1', 'community_service_station', 1, 1, 150, 50),
    facilityAt('S2', 'community_service_station', 3, 3, 150, 1000),
    facilityAt('H1', 'health_service_station', 0, 4, 120, 200),
    facilityAt('K1', 'kindergarten', 2, 1, 40, 3000),
  ];
}

function engineWith(options: EngineOptions = {}): Engine {
  const created = createEngine(fiveByFiveDataset(), options);
  if (!created.ok) throw new Error(created.error.message);
  const engine = created.value;
  const set = engine.setFacilities(fixtureFacilities());
  if (!set.ok) throw new Error(set.error.message);
  return engine;
}

describe('engine on the 5 × 5 fixture', () => {
  it('sums population and households per district, with the district household size where given', () => {
    const results = engineWith().results();
    const [west, east] = results.districts;
    expect(west?.population).toBe(610);
    expect(west?.households).toBe(305); // 610 / 2.0
    expect(east?.population).toBe(1380);
    expect(east?.households).toBe(552); // 1380 / 2.5
    expect(west?.elderlyPopulation).toBeCloseTo(61, 4);
    expect(results.totals.population).toBe(2014);
    expect(results.totals.populationOutsideDistricts).toBe(24);
    expect(results.totals.households).toBeCloseTo(866.6, 9); // 305 + 552 + 9.6
  });

  it('counts covered population once where catchments overlap (centroid rule)', () => {
    const results = engineWith().results();
    const [west, east] = results.districts;
    // West: 270 of 610. East: S1 gives 240, S2 gives 990 of which r2c2 (130) is already covered → 1100 of 1380.
    expect(west?.coverage.community_service_station).toEqual({
      coveredPopulation: 270,
      percent: (100 * 270) / 610,
    });
    expect(east?.coverage.community_service_station?.coveredPopulation).toBe(1100);
    expect(east?.coverage.community_service_station?.percent).toBeCloseTo(79.71014, 4);
    expect(east?.coverage.health_service_station?.coveredPopulation).toBe(190);
    expect(results.totals.coverage.community_service_station?.coveredPopulation).toBe(270 + 1100 + 24);
    expect(results.totals.coverage.nursing_home).toEqual({ coveredPopulation: 0, percent: 0 });
  });

  it('gives m² per 100 households, pass/fail and the deficit of the default rule set (≥ 30)', () => {
    const results = engineWith().results();
    const [west, east] = results.districts;
    // West holds S1 (50 m²): 100 × 50 / 305 = 16.39 < 30; deficit 30 × 305 / 100 − 50 = 41.5 m².
    expect(west?.facilityAreaSquareMeters).toBe(50);
    expect(west?.areaPer100Households).toBeCloseTo(16.393443, 5);
    expect(west?.deficitSquareMeters).toBeCloseTo(41.5, 9);
    expect(west?.indicators[0]).toMatchObject({ id: 'community-service-area', threshold: 30, pass: false });
    // East holds S2 (1000 m²; H1 is not a community-service type): 100 × 1000 / 552 = 181.16 ≥ 30.
    expect(east?.facilityAreaSquareMeters).toBe(1000);
    expect(east?.areaPer100Households).toBeCloseTo(181.15942, 4);
    expect(east?.indicators[0]).toMatchObject({ pass: true, deficitSquareMeters: 0 });
  });

  it('computes 2SFCA: R_j = S_j / demand, district value Σ h_i A_i / H', () => {
    const engine = engineWith();
    const results = engine.results();
    const [west, east] = results.districts;
    // West: 135 households × R1 (50 / 231) = 29.2208 m² → 100 × 29.2208 / 305 = 9.5806.
    expect(west?.sfcaPer100Households.community_service_station).toBeCloseTo(
      (100 * ((50 * 135) / 231)) / 305,
      6,
    );
    // East: 96 × 50 / 231 + 396 × 1000 / 405.6 = 20.7792 + 976.3314 = 997.1106 → 100 × 997.1106 / 552 = 180.636.
    const eastSupply = (50 * 96) / 231 + (1000 * 396) / 405.6;
    expect(east?.sfcaPer100Households.community_service_station).toBeCloseTo((100 * eastSupply) / 552, 6);
    const facilities = results.facilities ?? [];
    expect(facilities[0]?.demandHouseholds).toBeCloseTo(231, 9);
    expect(facilities[1]?.demandHouseholds).toBeCloseTo(405.6, 9);
    expect(facilities[0]?.supplyPer100Households).toBeCloseTo((100 * 50) / 231, 9);
    // The surface: r2c2 is reached by both, A = 50/231 + 1000/405.6; r0c0 only by S1.
    const surface = engine.sfcaSurface('community_service_station');
    expect(surface[11]).toBeCloseTo(100 * (50 / 231 + 1000 / 405.6), 4); // cell 11 = r2c2 (r2c1 is nodata)
    expect(surface[0]).toBeCloseTo((100 * 50) / 231, 4);
    expect(surface[23]).toBeCloseTo((100 * 1000) / 405.6, 4); // last cell, r4c4, outside districts
  });

  it('flags a facility with no demand in range and still counts it for zone coverage', () => {
    const results = engineWith().results();
    const k1 = results.facilities?.find((facility) => facility.id === 'K1');
    expect(k1).toMatchObject({ districtId: 'west', demandHouseholds: 0, supplyPer100Households: 0 });
    expect(k1?.flags).toEqual(['noDemandInRange']);
    expect(results.facilities?.find((facility) => facility.id === 'S1')?.flags).toEqual([]);
    expect(results.totals.zoneCoverage?.kindergarten).toEqual({
      zonesWithFacility: 1,
      zoneCount: 2,
      percent: 50,
    });
    expect(results.totals.zoneCoverage?.community_service_station?.percent).toBe(100);
  });

  it('evaluates the XX-city rule set: 93% of zones with a station, and minimum sizes', () => {
    const results = engineWith({ ruleSetId: 'xx-city-13th-five-year' }).results();
    const [west, east] = results.districts;
    // 综合覆盖率 is a share of zones (issue 12): West holds S1, so it counts as covered (100), whatever its residents.
    const coverage = west?.indicators.find((indicator) => indicator.id === 'community-service-zone-coverage');
    expect(coverage).toMatchObject({ value: 100, pass: true });
    const minimum = west?.indicators.find(
      (indicator) => indicator.id === 'minimum-size-community_service_station',
    );
    expect(minimum).toMatchObject({ value: 50, threshold: 300, pass: false, facilityIds: ['S1'] });
    const eastMinimum = east?.indicators.find(
      (indicator) => indicator.id === 'minimum-size-community_service_station',
    );
    expect(eastMinimum).toMatchObject({ value: 1000, pass: true, facilityIds: [] });
    const streetCentre = east?.indicators.find(
      (indicator) => indicator.id === 'minimum-size-street_service_centre',
    );
    // No street centre in East: the minimum-size rule has nothing to judge, "none" (neither pass nor fail).
    expect(streetCentre).toMatchObject({ available: false, pass: false, outcome: 'none' });
    expect(results.facilities?.find((facility) => facility.id === 'S1')?.flags).toEqual(['belowMinimumSize']);
  });

  it('evaluates an elderly coverage indicator at the rule radius (Xiaoshan, 500 m) on the elderly layer', () => {
    const engine = engineWith({ ruleSetId: 'xiaoshan' });
    // A day-care centre at r2c2 with radius 120 m; the rule judges it at 500 m: every cell within 500 m.
    engine.addFacility(facilityAt('D1', 'elderly_day_care', 2, 2, 120, 400));
    const results = engine.results();
    const [west] = results.districts;
    const circle = west?.indicators.find((indicator) => indicator.id === 'home-elderly-10-minute-circle');
    // Every West cell is within 2√2 pixels = 283 m of r2c2: all 61 elderly covered.
    expect(circle?.value).toBeCloseTo(100, 9);
    const beds = west?.indicators.find((indicator) => indicator.id === 'elderly-beds');
    expect(beds).toMatchObject({ value: 0, pass: false, available: true });
  });

  it('reports area-weighted coverage of partly covered cells by supersampling', () => {
    // A disk of 85 m at the centre of r2c2 holds no other centroid (neighbours are 100.08 m away), but with 2 × 2
    // samples (±25.02 m) the near half of each edge neighbour lies within 79.1 m: r1c2 80, r3c2 180, r2c3 140 count
    // half each, r2c1 is nodata. Covered: 130 + (80 + 180 + 140) / 2 = 330; diagonal samples are 106 m away.
    const created = createEngine(fiveByFiveDataset(), { coverageMethod: 'area-weighted', samplesPerSide: 2 });
    if (!created.ok) throw new Error(created.error.message);
    created.value.setFacilities([facilityAt('A', 'culture_station', 2, 2, 85, 300)]);
    const results = created.value.results();
    expect(results.totals.coverage.culture_station?.coveredPopulation).toBe(330);
    expect(results.method).toMatchObject({ coverage: 'area-weighted', samplesPerSide: 2 });
    const centroid = createEngine(fiveByFiveDataset());
    if (!centroid.ok) throw new Error(centroid.error.message);
    centroid.value.setFacilities([facilityAt('A', 'culture_station', 2, 2, 85, 300)]);
    expect(centroid.value.results().totals.coverage.culture_station?.coveredPopulation).toBe(130);
  });

  it('returns errors as values and leaves the state unchanged', () => {
    const engine = engineWith();
    const before = engine.results();
    expect(engine.addFacility(facilityAt('S1', 'kindergarten', 0, 0, 100, 1))).toMatchObject({
      ok: false,
      error: { code: 'duplicate-facility-id' },
    });
    expect(engine.moveFacility('nope', 0, 0)).toMatchObject({
      ok: false,
      error: { code: 'unknown-facility' },
    });
    expect(engine.updateFacility('S1', { radiusMeters: -5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-facility' },
    });
    expect(engine.setOptions({ ruleSetId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-rule-set' },
    });
    expect(engine.results()).toEqual(before);
  });

  it('gives the coverage mask by the centroid rule', () => {
    const mask = engineWith().coverageMask('health_service_station');
    // H1 reaches r0c3 (cell 3), r0c4 (cell 4), r1c4 (cell 9).
    expect([...mask].flatMap((value, cell) => (value ? [cell] : []))).toEqual([3, 4, 9]);
  });

  it('evaluates zone coverage (national 2011–2015): share of districts holding a facility', () => {
    const engine = engineWith({ ruleSetId: 'national-2011-2015' });
    const zone = (results: ReturnType<Engine['results']>) =>
      results.districts.map((district) =>
        district.indicators.find((indicator) => indicator.kind === 'zoneCoveragePercent'),
      );
    // S1 lies in West, S2 in East: both zones hold one.
    expect(zone(engine.results()).map((indicator) => indicator?.value)).toEqual([100, 100]);
    engine.removeFacility('S2');
    const results = engine.results();
    expect(zone(results).map((indicator) => indicator?.pass)).toEqual([true, false]);
    const total = results.totals.indicators?.find((indicator) => indicator.kind === 'zoneCoveragePercent');
    expect(total).toMatchObject({ value: 50, threshold: 90, pass: false });
  });

  it('evaluates capacity ratios per 1,000 elderly and residents (Zibo, Xinji) with threshold overrides', () => {
    const created = createEngine(fiveByFiveDataset(), { ruleSetId: 'zibo-2003-2007' });
    if (!created.ok) throw new Error(created.error.message);
    const engine = created.value;
    engine.setFacilities([
      { ...facilityAt('N1', 'nursing_home', 1, 1, 1000, 8000), capacity: { beds: 10 } },
      {
        ...facilityAt('H1', 'health_service_station', 0, 4, 120, 200),
        capacity: { doctors: 3, generalPractitioners: 1 },
      },
      { ...facilityAt('G1', 'fitness_ground', 3, 0, 300, 0), landAreaSquareMeters: 500 },
    ]);
    const find = (results: ReturnType<Engine['results']>, district: number, id: string) =>
      results.districts[district]?.indicators.find((indicator) => indicator.id === id);
    let results = engine.results();
    // West: 10 beds / 61 elderly → 163.93 per 1,000 ≥ 15. East: 1 GP / 1380 residents → 7.246 per 10,000 ≥ 2.
    expect(find(results, 0, 'elderly-beds')?.value).toBeCloseTo(10_000 / 61, 6);
    expect(find(results, 1, 'general-practitioners')).toMatchObject({ pass: true });
    expect(find(results, 1, 'general-practitioners')?.value).toBeCloseTo(10_000 / 1380, 9);
    // Health coverage in East: H1 reaches 190 of 1380 = 13.8% < 70%.
    expect(find(results, 1, 'health-service-coverage')?.value).toBeCloseTo((100 * 190) / 1380, 9);
    expect(find(results, 1, 'health-service-coverage')?.pass).toBe(false);
    engine.setOptions({ thresholdOverrides: { 'general-practitioners': 8 } });
    expect(find(engine.results(), 1, 'general-practitioners')).toMatchObject({ threshold: 8, pass: false });
    engine.setOptions({ ruleSetId: 'xinji-2022-2025', thresholdOverrides: {} });
    results = engine.results();
    // Doctors: 3 / 1380 → 2.174 per 1,000 < 3.6. Sports ground: 500 m² land / 610 West residents = 0.82 m² < 2.61.
    expect(find(results, 1, 'doctors')?.value).toBeCloseTo(3000 / 1380, 9);
    expect(find(results, 0, 'sports-area')?.value).toBeCloseTo(500 / 610, 9);
    expect(find(results, 0, 'sports-area')?.pass).toBe(false);
  });
});
