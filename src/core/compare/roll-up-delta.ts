/**
 * Roll-ups compared (issue 12, domain.md § Planning units): for a coarser unit or the city, the share of its finest
 * units meeting each indicator and the units holding each facility type, before and after.
 */
import type { IndicatorRollUp, RollUp } from '../model/results';
import { ownValue, stringKeyed } from '../model/string-keyed';
import type { FigureDelta, IndicatorRollUpDelta, RollUpDelta } from './comparison';

function figureDelta(before: number, after: number): FigureDelta {
  return { before, after, delta: after - before };
}

const NONE: IndicatorRollUp = {
  unitsJudged: 0,
  unitsMeeting: 0,
  percentOfUnits: 0,
  populationJudged: 0,
  populationMeeting: 0,
  percentOfPopulation: 0,
};

/**
 * Both roll-ups figure by figure (delta = after − before; percentages in percentage points); an indicator or a type
 * on one side only counts as no unit judged / no unit with the type on the other. Undefined unless both sides have
 * a roll-up (districts-only results carry none on their districts).
 */
export function compareRollUps(
  before: RollUp | undefined,
  after: RollUp | undefined,
): RollUpDelta | undefined {
  if (!before || !after) return undefined;
  const ids = [...new Set([...Object.keys(after.indicators), ...Object.keys(before.indicators)])];
  const indicators = ids.map((id): IndicatorRollUpDelta => {
    const b = before.indicators[id] ?? NONE;
    const a = after.indicators[id] ?? NONE;
    return {
      id,
      unitsJudged: figureDelta(b.unitsJudged, a.unitsJudged),
      unitsMeeting: figureDelta(b.unitsMeeting, a.unitsMeeting),
      percentOfUnits: figureDelta(b.percentOfUnits, a.percentOfUnits),
      percentOfPopulation: figureDelta(b.percentOfPopulation, a.percentOfPopulation),
    };
  });
  const unitsWithFacility = stringKeyed<FigureDelta>();
  const types = new Set([...Object.keys(after.unitsWithFacility), ...Object.keys(before.unitsWithFacility)]);
  for (const type of types) {
    unitsWithFacility[type] = figureDelta(
      ownValue(before.unitsWithFacility, type) ?? 0,
      ownValue(after.unitsWithFacility, type) ?? 0,
    );
  }
  return {
    levelId: after.levelId,
    unitCount: figureDelta(before.unitCount, after.unitCount),
    indicators,
    unitsWithFacility,
  };
}
