/**
 * The comparison seen from one unit level (issue 12): the units of the chosen level in place of the districts, so
 * the compare view's rows, pass changes and summary follow the level the planner reads the table at.
 */
import { resultsAtLevel } from '../io/level-results';
import type { Results } from '../model/results';
import { DISTRICT_LEVEL_ID } from '../model/unit-level';
import type { RuleSet } from '../rules/rule-set';
import { compareResults } from './compare-results';
import type { Comparison } from './comparison';

/**
 * `compareResults` over the units of level `levelId` (`districts`: the districts themselves); the totals and the
 * city's roll-up are the same at every level. Null when either side lacks the level.
 */
export function compareResultsAtLevel(
  before: Results,
  after: Results,
  levelId: string,
  ruleSet?: RuleSet,
): Comparison | null {
  if (levelId === DISTRICT_LEVEL_ID) return compareResults(before, after, ruleSet);
  const beforeAtLevel = resultsAtLevel(before, levelId);
  const afterAtLevel = resultsAtLevel(after, levelId);
  if (!beforeAtLevel || !afterAtLevel) return null;
  return compareResults(beforeAtLevel, afterAtLevel, ruleSet);
}
