import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Results } from '../model/results';
import { resultsToCsv } from './results-csv';

const RESULTS: Results = {
  method: { coverage: 'centroid', householdSize: 2.5, distance: 'great-circle', layer: 'total' },
  districts: [
    {
      id: '420106',
      name: '武昌区',
      population: 1000,
      households: 400,
      facilityAreaSquareMeters: 600,
      areaPer100Households: 150,
      coverage: {
        kindergarten: { coveredPopulation: 250, percent: 25 },
        nursing_home: { coveredPopulation: 500, percent: 50 },
      },
      sfcaPer100Households: { kindergarten: 12.3456789 },
      indicators: [{ id: 'area-per-100', value: 150, threshold: 30, unit: 'm²/100 households', pass: true }],
    },
    {
      id: 'b',
      name: '=HYPERLINK("x")',
      population: 500,
      households: 200,
      facilityAreaSquareMeters: 0,
      areaPer100Households: 0,
      coverage: { kindergarten: { coveredPopulation: 0, percent: 0 } },
      sfcaPer100Households: { kindergarten: 0 },
      indicators: [{ id: 'area-per-100', value: 0, threshold: 30, unit: 'm²/100 households', pass: false }],
    },
  ],
  totals: {
    population: 1600,
    populationOutsideDistricts: 100,
    coverage: {
      kindergarten: { coveredPopulation: 250, percent: 15.625 },
      nursing_home: { coveredPopulation: 500, percent: 31.25 },
    },
  },
};

describe('resultsToCsv', () => {
  it('writes a BOM, a header, one row per district, an outside row and a total row worked out by hand', () => {
    const csv = resultsToCsv(RESULTS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'district_id,district_name,population,households,facility_area_m2,area_m2_per_100_households,deficit_m2,' +
        'covered_population_kindergarten,coverage_percent_kindergarten,covered_population_nursing_home,' +
        'coverage_percent_nursing_home,sfca_m2_per_100_households_kindergarten,indicator_area-per-100_value,' +
        'indicator_area-per-100_threshold,indicator_area-per-100_pass',
      '420106,武昌区,1000,400,600,150,,250,25,500,50,12.3457,150,30,true',
      // Formula-looking names are defused with a leading quote; the missing nursing_home figures stay empty.
      `b,"'=HYPERLINK(""x"")",500,200,0,0,,0,0,,,0,0,30,false`,
      // 100 persons / 2.5 = 40 households.
      'outside,outside districts 区外,100,40,,,,,,,,,,,',
      // Households 400 + 200 + 40 = 640; 100 × 600 / 640 = 93.75; 2SFCA (400 × 12.3456789 + 200 × 0) / 600 = 8.2305.
      'total,total 合计,1600,640,600,93.75,,250,15.625,500,31.25,8.2305,,,',
      '',
    ]);
  });

  it('takes the totals row from the engine when it gives them, and the deficit per district', () => {
    const [first, second] = RESULTS.districts;
    if (!first || !second) throw new Error('fixture');
    const csv = resultsToCsv({
      ...RESULTS,
      districts: [
        { ...first, deficitSquareMeters: 0 },
        { ...second, deficitSquareMeters: 60 },
      ],
      totals: {
        ...RESULTS.totals,
        households: 640,
        facilityAreaSquareMeters: 8600,
        areaPer100Households: 1343.75,
        deficitSquareMeters: 60,
        sfcaPer100Households: { kindergarten: 7.5 },
        indicators: [
          { id: 'area-per-100', value: 1343.75, threshold: 30, unit: 'm²/100 households', pass: true },
        ],
      },
    });
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe('420106,武昌区,1000,400,600,150,0,250,25,500,50,12.3457,150,30,true');
    expect(rows[2]?.startsWith(`b,"'=HYPERLINK(""x"")",500,200,0,0,60,`)).toBe(true);
    expect(rows[4]).toBe(
      'total,total 合计,1600,640,8600,1343.75,60,250,15.625,500,31.25,7.5,1343.75,30,true',
    );
  });

  it('parses back as a rectangular table with the district names intact', () => {
    const parsed = Papa.parse<string[]>(resultsToCsv(RESULTS).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const widths = new Set(parsed.data.map((row) => row.length));
    expect([...widths]).toEqual([15]);
    expect(parsed.data.map((row) => row[1])).toEqual([
      'district_name',
      '武昌区',
      `'=HYPERLINK("x")`,
      'outside districts 区外',
      'total 合计',
    ]);
  });

  it('leaves non-finite figures empty and writes no indicator columns without a rule set', () => {
    const first = RESULTS.districts[0];
    if (!first) throw new Error('fixture');
    const csv = resultsToCsv({
      ...RESULTS,
      districts: [
        { ...first, households: 0, areaPer100Households: Number.POSITIVE_INFINITY, indicators: [] },
      ],
    });
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]?.endsWith('sfca_m2_per_100_households_kindergarten')).toBe(true);
    expect(rows[1]).toBe('420106,武昌区,1000,0,600,,,250,25,500,50,12.3457');
  });

  it('adds roll-up columns after the indicators when a row or the totals have a roll-up, blank where a row has none', () => {
    const [first, second] = RESULTS.districts;
    if (!first || !second) throw new Error('fixture');
    const indicator = (
      judged: number,
      meeting: number,
      populationJudged: number,
      populationMeeting: number,
    ) => ({
      unitsJudged: judged,
      unitsMeeting: meeting,
      percentOfUnits: (100 * meeting) / judged,
      populationJudged,
      populationMeeting,
      percentOfPopulation: (100 * populationMeeting) / populationJudged,
    });
    const csv = resultsToCsv({
      ...RESULTS,
      districts: [
        {
          ...first,
          // 4 communities in 武昌区, 1 meets (300 of its 1,000 residents); 2 hold a kindergarten.
          rollUp: {
            levelId: 'community',
            unitCount: 4,
            indicators: { 'area-per-100': indicator(4, 1, 1000, 300) },
            unitsWithFacility: { kindergarten: 2 },
          },
        },
        second,
      ],
      totals: {
        ...RESULTS.totals,
        // The city: 6 communities, the same one meets: 1/6 = 16.6667 %, 300 of 1,500 residents = 20 %.
        rollUp: {
          levelId: 'community',
          unitCount: 6,
          indicators: { 'area-per-100': indicator(6, 1, 1500, 300) },
          unitsWithFacility: { kindergarten: 2, nursing_home: 1 },
        },
      },
    });
    const rows = csv.slice(1).split('\r\n');
    const tail = (row: string | undefined) => row?.split(',').slice(15);
    expect(tail(rows[0])).toEqual([
      'rollup_level',
      'rollup_units',
      'rollup_area-per-100_units_judged',
      'rollup_area-per-100_units_meeting',
      'rollup_area-per-100_percent_of_units',
      'rollup_area-per-100_percent_of_population',
      'rollup_units_with_kindergarten',
      'rollup_units_with_nursing_home',
    ]);
    expect(tail(rows[1])).toEqual(['community', '4', '4', '1', '25', '30', '2', '']);
    expect(tail(rows[2])).toEqual(['', '', '', '', '', '', '', '']);
    expect(tail(rows[3])).toEqual(['', '', '', '', '', '', '', '']);
    expect(tail(rows[4])).toEqual(['community', '6', '6', '1', '16.6667', '20', '2', '1']);
  });
});
