/**
 * The facility editor's fields as pure functions: text typed by the planner → a patch for one `updateFacility`
 * command, or the reason it is refused (shown in the field; nothing changes). Ranges are the engine's
 * (core/analysis/validate-facility.ts), so an accepted value always evaluates.
 */

import { MAX_AREA_SQUARE_METERS, MAX_RADIUS_METERS } from '../core/analysis/validate-facility';
import type { FacilityPatch } from '../core/commands/command';
import type { Facility, FacilityCapacity } from '../core/model/facility';
import { type CapacityKind, findFacilityPreset } from '../core/rules/facility-presets';

/** A text field of the editor; type and status are choices and need no parsing. */
export type EditorField = 'name' | 'floorArea' | 'radiusMeters' | 'radiusMinutes' | keyof FacilityCapacity;

/** Why a value was refused; the UI names it in the user's language. */
export type FieldProblem =
  | { code: 'empty-name' }
  | { code: 'not-a-number' }
  | { code: 'negative' }
  | { code: 'not-whole' }
  | { code: 'too-large'; max: number }
  | { code: 'radius-range'; maxMeters: number };

/** A patch to commit, `null` when the value is unchanged (no undo step for nothing), or a problem. */
export type FieldOutcome = { ok: true; patch: FacilityPatch | null } | { ok: false; problem: FieldProblem };

/** Walking minutes for a radius at the scenario's speed (domain.md § Life circles: minutes ↔ metres). */
export function minutesOfRadius(radiusMeters: number, walkingSpeedMetersPerMinute: number): number {
  return radiusMeters / walkingSpeedMetersPerMinute;
}

/** The radius in metres walked in `minutes` at the scenario's speed. */
function radiusOfMinutes(minutes: number, walkingSpeedMetersPerMinute: number): number {
  return minutes * walkingSpeedMetersPerMinute;
}

/** Parses a number as people type it: spaces and thousands separators (`,`, `，`) ignored, full-width digits read. */
export function parseNumber(text: string): number | null {
  const normalised = text
    .replace(/[０-９．]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '');
  if (normalised === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const refuse = (problem: FieldProblem): FieldOutcome => ({ ok: false, problem });
const change = (patch: FacilityPatch | null): FieldOutcome => ({ ok: true, patch });

function amountOf(text: string, whole: boolean): { value: number } | FieldProblem {
  const value = parseNumber(text);
  if (value === null) return { code: 'not-a-number' };
  if (value < 0) return { code: 'negative' };
  if (whole && !Number.isInteger(value)) return { code: 'not-whole' };
  if (value > MAX_AREA_SQUARE_METERS) return { code: 'too-large', max: MAX_AREA_SQUARE_METERS };
  return { value };
}

function radiusPatch(facility: Facility, radiusMeters: number | null): FieldOutcome {
  if (radiusMeters === null) return refuse({ code: 'not-a-number' });
  if (!(radiusMeters > 0 && radiusMeters <= MAX_RADIUS_METERS)) {
    return refuse({ code: 'radius-range', maxMeters: MAX_RADIUS_METERS });
  }
  return change(radiusMeters === facility.radiusMeters ? null : { radiusMeters });
}

/**
 * The patch for `text` typed into `field` of `facility`. Capacity fields accept an empty text (the figure is then
 * removed) and whole numbers only; the radius in minutes is converted at `walkingSpeedMetersPerMinute`.
 */
export function patchForField(
  facility: Facility,
  field: EditorField,
  text: string,
  walkingSpeedMetersPerMinute: number,
): FieldOutcome {
  switch (field) {
    case 'name': {
      const name = text.trim();
      if (name === '') return refuse({ code: 'empty-name' });
      return change(name === facility.name ? null : { name });
    }
    case 'floorArea': {
      const amount = amountOf(text, false);
      if (!('value' in amount)) return refuse(amount);
      return change(
        amount.value === facility.floorAreaSquareMeters ? null : { floorAreaSquareMeters: amount.value },
      );
    }
    case 'radiusMeters':
      return radiusPatch(facility, parseNumber(text));
    case 'radiusMinutes': {
      const minutes = parseNumber(text);
      if (minutes === null) return refuse({ code: 'not-a-number' });
      // Round to the centimetre so "5 min" at 60 m/min gives exactly 300 m, not 299.99999999999997.
      const meters = Math.round(radiusOfMinutes(minutes, walkingSpeedMetersPerMinute) * 100) / 100;
      return radiusPatch(facility, meters);
    }
    default: {
      const previous = facility.capacity?.[field];
      if (text.trim() === '') {
        if (previous === undefined) return change(null);
        const rest = { ...facility.capacity };
        delete rest[field];
        return change({ capacity: Object.keys(rest).length > 0 ? rest : undefined });
      }
      const amount = amountOf(text, true);
      if (!('value' in amount)) return refuse(amount);
      if (amount.value === previous) return change(null);
      return change({ capacity: { ...facility.capacity, [field]: amount.value } });
    }
  }
}

/**
 * Changing the type: the radius follows the new type's preset when it still is the old type's preset radius (the
 * planner did not set it), otherwise the planner's radius is kept.
 */
export function patchForType(facility: Facility, type: string): FacilityPatch | null {
  if (type === facility.type) return null;
  const oldPreset = findFacilityPreset(facility.type);
  const newPreset = findFacilityPreset(type);
  if (newPreset && oldPreset && facility.radiusMeters === oldPreset.radiusMeters) {
    return { type, radiusMeters: newPreset.radiusMeters };
  }
  return { type };
}

/** The capacity fields shown for a type: its preset's figure, plus general practitioners for health types. */
export function capacityFieldsOf(type: string): (keyof FacilityCapacity)[] {
  const kind: CapacityKind | null | undefined = findFacilityPreset(type)?.capacityKind;
  if (kind === undefined) return ['beds', 'places', 'doctors', 'generalPractitioners'];
  if (kind === null) return [];
  if (kind === 'doctors') return ['doctors', 'generalPractitioners'];
  // Kindergartens state their public or 普惠 places too (Xinji's 普惠 coverage needs places by kind).
  return kind === 'places' ? ['places', 'inclusivePlaces'] : [kind];
}
