/**
 * How a facility is drawn: its type's colour, and a status look. Existing facilities are solid with a dark outline;
 * proposed ones are hollow (white fill, coloured ring) with a dashed-looking lighter service circle, so the two read
 * apart even in greyscale.
 */
import type { Facility } from '../model/facility';
import { findFacilityPreset } from '../rules/facility-presets';

export type Rgba = [number, number, number, number];

export interface FacilityStyle {
  position: [number, number];
  /** Service radius, metres (drawn as a true circle with deck.gl radiusUnits 'meters'). */
  radiusMeters: number;
  pointFill: Rgba;
  pointLine: Rgba;
  circleFill: Rgba;
  circleLine: Rgba;
  selected: boolean;
}

const FALLBACK_COLOUR = '#6b7280';

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function facilityStyle(facility: Facility, selectedId: string | null): FacilityStyle {
  const [r, g, b] = hexToRgb(findFacilityPreset(facility.type)?.color ?? FALLBACK_COLOUR);
  const existing = facility.status === 'existing';
  const selected = facility.id === selectedId;
  return {
    position: [facility.lon, facility.lat],
    radiusMeters: facility.radiusMeters,
    pointFill: existing ? [r, g, b, 255] : [255, 255, 255, 255],
    pointLine: selected ? [220, 38, 38, 255] : existing ? [17, 24, 39, 255] : [r, g, b, 255],
    circleFill: [r, g, b, existing ? 40 : 20],
    circleLine: [r, g, b, existing ? 200 : 140],
    selected,
  };
}
