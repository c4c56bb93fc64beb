import type * as maplibregl from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Facility } from '../core/model/facility';
import { commitToActive } from '../state/list-commit';
import { facilityFromPreset } from '../state/planner-controller';
import { createStore } from '../state/store';
import { installFacilityDrag } from './facility-drag';

/** The map container's page box: 100 px from the left, 50 px from the top. */
const LEFT = 100;
const TOP = 50;

/**
 * A map where a screen pixel is a tenth of a degree (x = lon × 10, y = lat × 10), enough for the drag's arithmetic,
 * and a window that is a plain EventTarget. Tasks and box reads are counted so the test sees what each move costs.
 */
function setUp() {
  const mapHandlers = new Map<string, (event: unknown) => void>();
  let boxReads = 0;
  const container = {
    style: { cursor: '' },
    getBoundingClientRect: () => {
      boxReads += 1;
      return { left: LEFT, top: TOP } as DOMRect;
    },
  };
  const map = {
    getCanvasContainer: () => container,
    dragPan: { enable() {}, disable() {} },
    on: (type: string, handler: (event: unknown) => void) => mapHandlers.set(type, handler),
    off: () => {},
    project: ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 }),
    unproject: ([x, y]: [number, number]) => ({ lng: x / 10, lat: y / 10 }),
  } as unknown as maplibregl.Map;
  const store = createStore(undefined, ['en']);
  const facility: Facility = facilityFromPreset('health_service_station', 'f1', 20, 30, 'en', 1);
  commitToActive(store, { kind: 'addFacility', facility });
  store.ready.value = true;
  const previews: [number, number][] = [];
  const commits: [number, number][] = [];
  const planner = {
    select: () => {},
    previewMove: async (_id: string, lon: number, lat: number) => {
      previews.push([lon, lat]);
    },
    moveFacility: async (_id: string, lon: number, lat: number) => {
      commits.push([lon, lat]);
    },
    cancelPreview: async () => {},
  };
  const tasks: (() => void)[] = [];
  const stop = installFacilityDrag(map, store, planner, (run) => tasks.push(run));
  /** Presses on the facility, drawn at (200, 300) in the map. */
  const press = () =>
    mapHandlers.get('mousedown')?.({ originalEvent: { button: 0 }, point: { x: 200, y: 300 } });
  /** A pointer move to a map point (x, y), given as the page coordinates the browser sends. */
  const move = (x: number, y: number) =>
    window.dispatchEvent(Object.assign(new Event('mousemove'), { clientX: LEFT + x, clientY: TOP + y }));
  const release = () => window.dispatchEvent(new Event('mouseup'));
  /** A pointer move as the browser sends it before the mouse move; returns whether it went on past the window. */
  const pointerMove = () => {
    const event = new Event('pointermove');
    let passedOn = true;
    event.stopPropagation = () => {
      passedOn = false;
    };
    window.dispatchEvent(event);
    return passedOn;
  };
  const runTasks = () => {
    for (const run of tasks.splice(0)) run();
  };
  return {
    store,
    previews,
    commits,
    tasks,
    press,
    move,
    pointerMove,
    release,
    runTasks,
    stop,
    boxReads: () => boxReads,
  };
}

describe('dragging a facility', () => {
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = new EventTarget();
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('applies the moves of one task once, at the newest position, in a task of its own', () => {
    const drag = setUp();
    drag.press();
    drag.move(230, 300);
    drag.move(240, 310);
    drag.move(250, 320);
    // Nothing is drawn or sent inside the pointer events' task…
    expect(drag.previews).toEqual([]);
    expect(drag.store.facilityDrag.peek()).toBeNull();
    expect(drag.tasks).toHaveLength(1);
    drag.runTasks();
    // …then once, at (250, 320) px = (25°, 32°).
    expect(drag.previews).toEqual([[25, 32]]);
    expect(drag.store.facilityDrag.peek()).toEqual({ id: 'f1', lon: 25, lat: 32 });
    // The container's box was read once, at the press, not on every move.
    expect(drag.boxReads()).toBe(1);
    drag.stop();
  });

  it('commits where the pointer was let go, even when that move still waits for its task', () => {
    const drag = setUp();
    drag.press();
    drag.move(230, 300);
    drag.runTasks();
    drag.move(260, 290);
    drag.release();
    expect(drag.commits).toEqual([[26, 29]]);
    expect(drag.store.facilityDrag.peek()).toBeNull();
    // The queued task finds nothing left to apply.
    drag.runTasks();
    expect(drag.previews).toEqual([
      [23, 30],
      [26, 29],
    ]);
    drag.stop();
  });

  it('keeps the pointer moves of a drag from the map (deck.gl would read the canvas box on each), and only then', () => {
    const drag = setUp();
    expect(drag.pointerMove()).toBe(true);
    drag.press();
    // Pressed but not yet a drag: the map may still see a click.
    expect(drag.pointerMove()).toBe(true);
    drag.move(230, 300);
    expect(drag.pointerMove()).toBe(false);
    drag.release();
    expect(drag.pointerMove()).toBe(true);
    drag.stop();
  });
});
