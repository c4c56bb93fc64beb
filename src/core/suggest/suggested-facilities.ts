/**
 * The suggested sites as facilities of the one facility schema (model/facility.ts), for the CLI's output file and the
 * app's new scenario alike: status `proposed`, ranked names, the type's preset floor area (its minimum) unless given.
 */
import type { Facility } from '../model/facility';
import { findFacilityPreset } from '../rules/facility-presets';
import type { SuggestOutcome } from './suggest-types';

/** How to name and size the new facilities. */
export interface SuggestedFacilityOptions {
  type: string;
  radiusMeters: number;
  /** Floor area of each new facility, m²; default the preset's minimum, or 0 for a type without one. */
  floorAreaSquareMeters?: number;
  /** Name of the facility of rank `rank` (1 = first); default `Suggested <preset English name> <rank>`. */
  name?: (rank: number) => string;
  /** Id of the facility of rank `rank`; default `suggested-<rank>`. Ids must not collide with existing ones. */
  id?: (rank: number) => string;
}

/** One proposed facility per site of `outcome`, in rank order. */
export function suggestedFacilities(outcome: SuggestOutcome, options: SuggestedFacilityOptions): Facility[] {
  const preset = findFacilityPreset(options.type);
  const floorArea = options.floorAreaSquareMeters ?? preset?.floorAreaSquareMeters?.min ?? 0;
  const name = options.name ?? ((rank: number) => `Suggested ${preset?.nameEn ?? options.type} ${rank}`);
  const id = options.id ?? ((rank: number) => `suggested-${rank}`);
  return outcome.sites.map((site, index) => ({
    id: id(index + 1),
    name: name(index + 1),
    type: options.type,
    status: 'proposed',
    lon: site.lon,
    lat: site.lat,
    floorAreaSquareMeters: floorArea,
    radiusMeters: options.radiusMeters,
  }));
}
