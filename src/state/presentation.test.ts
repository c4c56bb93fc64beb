import { describe, expect, it } from 'vitest';
import type { Facility } from '../core/model/facility';
import type { DistrictResult, Results } from '../core/model/results';
import {
  headlineFigures,
  mainFacilityType,
  presentationSlides,
  slideStepOfKey,
  stepSlide,
} from './presentation';

const facility = (
  id: string,
  type: string,
  status: 'existing' | 'proposed',
  radiusMeters = 300,
): Facility => ({
  id,
  name: id,
  type,
  status,
  lon: 114,
  lat: 30,
  floorAreaSquareMeters: 600,
  radiusMeters,
});

const district = (id: string, pass: boolean, deficitSquareMeters: number): DistrictResult => ({
  id,
  name: id,
  population: 1000,
  households: 400,
  facilityAreaSquareMeters: 0,
  areaPer100Households: 0,
  deficitSquareMeters,
  coverage: {},
  sfcaPer100Households: {},
  indicators: [
    { id: 'area', kind: 'areaPer100Households', value: 0, threshold: 30, unit: 'm²/100 households', pass },
  ],
});

describe('presentation slides', () => {
  it('has a slide per scenario and a comparison slide after them when there are two or more', () => {
    expect(presentationSlides([{ id: 'a' }])).toEqual([{ kind: 'scenario', scenarioId: 'a' }]);
    expect(presentationSlides([{ id: 'a' }, { id: 'b' }]).map((s) => s.kind)).toEqual([
      'scenario',
      'scenario',
      'comparison',
    ]);
  });

  it('steps with the arrow keys and stops at both ends', () => {
    expect(slideStepOfKey('ArrowRight')).toBe(1);
    expect(slideStepOfKey('PageUp')).toBe(-1);
    expect(slideStepOfKey('a')).toBe(0);
    expect(stepSlide(0, -1, 3)).toBe(0);
    expect(stepSlide(1, 1, 3)).toBe(2);
    expect(stepSlide(2, 1, 3)).toBe(2);
    expect(stepSlide(0, 1, 0)).toBe(0);
  });
});

describe('headline figures', () => {
  it('names the type with most facilities, the first placed on a tie', () => {
    expect(mainFacilityType({ facilities: [] })).toBeUndefined();
    const facilities = [
      facility('1', 'x', 'proposed'),
      facility('2', 'y', 'proposed'),
      facility('3', 'y', 'existing'),
    ];
    expect(mainFacilityType({ facilities })).toBe('y');
    expect(mainFacilityType({ facilities: facilities.slice(0, 2) })).toBe('x');
  });

  it('gives coverage of the main type, districts passing the area standard, Σ deficits and the facility count', () => {
    const facilities = [facility('1', 'station', 'proposed'), facility('2', 'station', 'existing')];
    const results: Results = {
      method: { coverage: 'centroid', householdSize: 2.5, distance: 'great-circle', layer: 'total' },
      districts: [district('A', true, 0), district('B', false, 1200), district('C', false, 300)],
      totals: {
        population: 3000,
        populationOutsideDistricts: 0,
        coverage: { station: { coveredPopulation: 750, percent: 25 } },
      },
    };
    expect(headlineFigures({ facilities }, results)).toEqual([
      { id: 'coverage', type: 'station', percent: 25, radiusMeters: 300 },
      { id: 'areaDistricts', passing: 1, districtCount: 3, threshold: 30 },
      { id: 'deficit', squareMeters: 1500 },
      { id: 'facilities', proposed: 1, existing: 1 },
    ]);
    const mixed = [facility('1', 'station', 'proposed', 300), facility('2', 'station', 'proposed', 500)];
    expect(headlineFigures({ facilities: mixed }, results)[0]).toMatchObject({ radiusMeters: null });
  });
});
