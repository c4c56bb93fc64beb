/**
 * Checks a rule set the planner edited (domain.md § Rule sets: "a preset the planner can pick, copy and edit")
 * before the engine evaluates it, and copies it so later edits of the caller's object do not reach the engine.
 */
import { fail, ok, type Result } from '../model/result';
import type { IndicatorKind, RuleSet } from './rule-set';

const KINDS: readonly IndicatorKind[] = [
  'areaPer100Households',
  'coveragePercent',
  'zoneCoveragePercent',
  'bedsPer1000Elderly',
  'doctorsPer1000',
  'gpsPer10000',
  'sportsAreaPerPerson',
  'minimumSize',
  'inclusiveKindergartenPercent',
];

const ROLES: readonly string[] = ['resident', 'elderly', 'child'];

/** A deep copy of `ruleSet`, or `invalid-rule-set` naming the first bad indicator. */
export function validateRuleSet(ruleSet: RuleSet): Result<RuleSet> {
  const ids = new Set<string>();
  for (const rule of ruleSet.indicators ?? []) {
    const where = `rule set "${ruleSet.id}", indicator "${rule.id}"`;
    if (typeof rule.id !== 'string' || rule.id === '' || ids.has(rule.id)) {
      return fail('invalid-rule-set', `${where}: the id is empty or repeated`);
    }
    ids.add(rule.id);
    if (!KINDS.includes(rule.kind)) return fail('invalid-rule-set', `${where}: unknown kind "${rule.kind}"`);
    if (!Number.isFinite(rule.threshold))
      return fail('invalid-rule-set', `${where}: threshold is not a number`);
    if (!Array.isArray(rule.facilityTypes) || rule.facilityTypes.length === 0) {
      return fail('invalid-rule-set', `${where}: no facility type is counted`);
    }
    if (!ROLES.includes(rule.populationLayer)) {
      return fail('invalid-rule-set', `${where}: population layer must be "resident", "elderly" or "child"`);
    }
    if (rule.comparison !== 'atLeast' && rule.comparison !== 'atMost') {
      return fail('invalid-rule-set', `${where}: comparison must be "atLeast" or "atMost"`);
    }
    const radius = rule.radiusMeters;
    if (radius !== undefined && !(Number.isFinite(radius) && radius > 0)) {
      return fail('invalid-rule-set', `${where}: radius ${radius} m is not positive`);
    }
  }
  if (!Array.isArray(ruleSet.indicators))
    return fail('invalid-rule-set', `rule set "${ruleSet.id}" has no indicators`);
  return ok(JSON.parse(JSON.stringify(ruleSet)) as RuleSet);
}
