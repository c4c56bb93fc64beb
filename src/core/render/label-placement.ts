/**
 * Which district labels fit on screen without overlapping: a greedy pass in priority order that tries the name with
 * its detail line, then the name alone, then the name in a smaller size, then hides the label. 13 districts: cheap
 * enough for every frame.
 */
export interface LabelCandidate {
  id: string;
  /** Anchor in screen pixels: the name sits just above it, the detail line just below. */
  x: number;
  y: number;
  nameWidth: number;
  nameHeight: number;
  detailWidth: number;
  detailHeight: number;
  /** Larger is placed first. */
  priority: number;
}

export interface LabelPlacement {
  showName: boolean;
  showDetail: boolean;
  /** The name fits only at {@link SMALL_NAME_SCALE} of its size. */
  small: boolean;
}

export const SMALL_NAME_SCALE = 0.8;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP_PIXELS = 3;

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right + GAP_PIXELS &&
    b.left < a.right + GAP_PIXELS &&
    a.top < b.bottom + GAP_PIXELS &&
    b.top < a.bottom + GAP_PIXELS
  );
}

function nameBox(c: LabelCandidate, scale = 1): Box {
  const halfWidth = (c.nameWidth * scale) / 2;
  return { left: c.x - halfWidth, right: c.x + halfWidth, top: c.y - c.nameHeight * scale, bottom: c.y };
}

function fullBox(c: LabelCandidate): Box {
  const halfWidth = Math.max(c.nameWidth, c.detailWidth) / 2;
  return {
    left: c.x - halfWidth,
    right: c.x + halfWidth,
    top: c.y - c.nameHeight,
    bottom: c.y + c.detailHeight,
  };
}

export function placeLabels(candidates: readonly LabelCandidate[]): Map<string, LabelPlacement> {
  const placed: Box[] = [];
  const result = new Map<string, LabelPlacement>();
  const fits = (box: Box) => !placed.some((other) => overlaps(box, other));
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const full = fullBox(candidate);
    const name = nameBox(candidate);
    const smallName = nameBox(candidate, SMALL_NAME_SCALE);
    if (candidate.detailWidth > 0 && fits(full)) {
      placed.push(full);
      result.set(candidate.id, { showName: true, showDetail: true, small: false });
    } else if (fits(name)) {
      placed.push(name);
      result.set(candidate.id, { showName: true, showDetail: false, small: false });
    } else if (fits(smallName)) {
      placed.push(smallName);
      result.set(candidate.id, { showName: true, showDetail: false, small: true });
    } else {
      result.set(candidate.id, { showName: false, showDetail: false, small: false });
    }
  }
  return result;
}

/** Rough rendered width of a text: CJK characters one em wide, others about 0.6 em. */
export function textWidthPixels(text: string, fontSizePixels: number): number {
  let ems = 0;
  for (const character of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? 1 : 0.6;
  return ems * fontSizePixels;
}
