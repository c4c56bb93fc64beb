/**
 * Presentation mode as data (issue 6): the slides (one per scenario, then a comparison slide), stepping through them
 * with the arrow keys, and the three to five headline figures shown large on a scenario slide. Pure; the component
 * in ui/scenarios/presentation-mode.tsx does the keys, the fullscreen and the drawing.
 */
import type { Results } from '../core/model/results';
import type { Scenario } from '../core/model/scenario';

/** One slide: a scenario, or the comparison of the two scenarios chosen for compare. */
export type Slide = { kind: 'scenario'; scenarioId: string } | { kind: 'comparison' };

/** One slide per scenario in list order, then the comparison slide when there are at least two scenarios. */
export function presentationSlides(scenarios: readonly Pick<Scenario, 'id'>[]): Slide[] {
  const slides: Slide[] = scenarios.map((scenario) => ({ kind: 'scenario', scenarioId: scenario.id }));
  if (scenarios.length >= 2) slides.push({ kind: 'comparison' });
  return slides;
}

/** The slide index after a step of `delta` (±1), clamped to the slides (no wrap-around in front of an audience). */
export function stepSlide(index: number, delta: number, slideCount: number): number {
  if (slideCount <= 0) return 0;
  return Math.max(0, Math.min(slideCount - 1, index + delta));
}

/** The step a key makes: → ↓ PageDown Space forward, ← ↑ PageUp back, else 0. */
export function slideStepOfKey(key: string): number {
  if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown' || key === ' ') return 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') return -1;
  return 0;
}

/** A headline figure: a message key for its label, its value and unit, for the UI to format. */
export type HeadlineFigure =
  | { id: 'coverage'; type: string; percent: number; radiusMeters: number | null }
  | { id: 'areaDistricts'; passing: number; districtCount: number; threshold: number }
  | { id: 'deficit'; squareMeters: number }
  | { id: 'facilities'; proposed: number; existing: number };

/** The type with the most facilities in the scenario (ties: the first placed), or undefined without facilities. */
export function mainFacilityType(scenario: Pick<Scenario, 'facilities'>): string | undefined {
  const counts = new Map<string, number>();
  for (const facility of scenario.facilities) counts.set(facility.type, (counts.get(facility.type) ?? 0) + 1);
  let best: string | undefined;
  for (const [type, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/**
 * The figures shown large on a scenario slide, in order: residents covered by the scenario's main facility type
 * (totals, 0–100 %; its radius when all facilities of the type share one), districts reaching the area indicator
 * of the rule set, floor area still to be built (Σ of district deficits, m², so a surplus in one district does not
 * hide a shortfall in another), and the facility count. Figures the results cannot give are left out.
 */
export function headlineFigures(scenario: Pick<Scenario, 'facilities'>, results: Results): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [];
  const type = mainFacilityType(scenario);
  if (type) {
    const radii = new Set(scenario.facilities.filter((f) => f.type === type).map((f) => f.radiusMeters));
    figures.push({
      id: 'coverage',
      type,
      percent: results.totals.coverage[type]?.percent ?? 0,
      radiusMeters: radii.size === 1 ? ([...radii][0] as number) : null,
    });
  }
  const area = results.districts
    .map((district) => district.indicators.find((i) => i.kind === 'areaPer100Households'))
    .filter((indicator) => indicator !== undefined);
  if (area.length > 0) {
    figures.push({
      id: 'areaDistricts',
      passing: area.filter((indicator) => indicator.pass).length,
      districtCount: results.districts.length,
      threshold: area[0]?.threshold ?? 0,
    });
    figures.push({
      id: 'deficit',
      squareMeters: results.districts.reduce((sum, d) => sum + (d.deficitSquareMeters ?? 0), 0),
    });
  }
  const existing = scenario.facilities.filter((f) => f.status === 'existing').length;
  figures.push({ id: 'facilities', proposed: scenario.facilities.length - existing, existing });
  return figures;
}
