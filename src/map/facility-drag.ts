/**
 * Drag to move a facility (issue 4): a press on a facility's point grabs it; while the pointer moves, the facility
 * is drawn under it (store.facilityDrag) and the engine gets preview moves, so the figures follow; the release
 * commits one `moveFacility` (one undo step, the start position is its inverse); Esc puts it back. Mouse or one
 * finger. Map panning is off only while a facility is held. Geometry is in core/render/facility-hit.ts.
 */
import { batch } from '@preact/signals';
import type * as maplibregl from 'maplibre-gl';
import type { Facility } from '../core/model/facility';
import { facilityAtPoint, isDrag } from '../core/render/facility-hit';
import type { PlannerController } from '../state/planner-controller';
import type { AppStore } from '../state/store';

/**
 * The facility drawn under a point of the map (CSS pixels from its top-left), or null: projected points, not deck.gl
 * picking, which would read pixels back from the GPU on every pointer event.
 */
export function facilityUnderPointer(
  map: maplibregl.Map,
  facilities: readonly Facility[],
  x: number,
  y: number,
): string | null {
  return facilityAtPoint(
    facilities.map((facility) => {
      const point = map.project([facility.lon, facility.lat]);
      return { id: facility.id, x: point.x, y: point.y };
    }),
    x,
    y,
  );
}

interface Press {
  id: string;
  startX: number;
  startY: number;
  dragging: boolean;
  /** The map container's page box, read once at the press: read on every move, it forced a layout each time. */
  rect: DOMRect;
}

/** Starts listening on the map; returns a function that stops (and cancels a drag in progress). */
export function installFacilityDrag(
  map: maplibregl.Map,
  store: AppStore,
  planner: Pick<PlannerController, 'select' | 'previewMove' | 'moveFacility' | 'cancelPreview'>,
  /** Runs a callback in a later task of its own (setTimeout 0); a test runs them by hand. */
  nextTask: (run: () => void) => void = (run) => setTimeout(run, 0),
): () => void {
  const container = map.getCanvasContainer();
  let press: Press | null = null;
  /** The newest pointer position of a drag not yet applied, and whether a task to apply it is queued. */
  let pointer: { x: number; y: number } | null = null;
  let applyQueued = false;

  const facilityAt = (x: number, y: number) =>
    facilityUnderPointer(map, store.activeScenario.peek().facilities, x, y);

  /** Draws the held facility at the newest pointer position and asks the planner for its preview. */
  const applyPointer = () => {
    applyQueued = false;
    const point = pointer;
    pointer = null;
    if (!press || !point) return;
    const { lng, lat } = map.unproject([point.x, point.y]);
    store.facilityDrag.value = { id: press.id, lon: lng, lat };
    void planner.previewMove(press.id, lng, lat);
  };

  const release = () => {
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('pointermove', onPointerMove, true);
    window.removeEventListener('mouseup', onUp);
    window.removeEventListener('touchmove', onTouchMove, true);
    window.removeEventListener('touchend', onUp);
    window.removeEventListener('touchcancel', cancel);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('blur', onBlur);
    map.dragPan.enable();
    container.style.cursor = '';
    press = null;
    pointer = null;
  };

  const cancel = () => {
    const held = press;
    release();
    if (!held?.dragging) return;
    store.facilityDrag.value = null;
    void planner.cancelPreview(held.id);
  };

  function onMove(event: MouseEvent) {
    movePointer(event.clientX, event.clientY, event);
  }

  /**
   * Pointer moves of a drag are not passed on either: deck.gl's event manager reads the canvas box on each one (a
   * forced layout while the panels have just re-rendered), for picking that is off anyway.
   */
  function onPointerMove(event: Event) {
    if (press?.dragging) event.stopPropagation();
  }

  function onTouchMove(event: TouchEvent) {
    const touch = event.touches[0];
    if (!press || !touch || event.touches.length !== 1) return;
    // The page must not scroll or zoom under a held facility.
    event.preventDefault();
    movePointer(touch.clientX, touch.clientY, event);
  }

  function movePointer(clientX: number, clientY: number, event: Event) {
    if (!press) return;
    const x = clientX - press.rect.left;
    const y = clientY - press.rect.top;
    if (!press.dragging) {
      if (!isDrag(press.startX, press.startY, x, y)) return;
      press.dragging = true;
      planner.select(press.id);
      container.style.cursor = 'grabbing';
    }
    event.stopPropagation();
    // Applied in a task of its own: Chromium dispatches pointer moves inside the frame's task, and the deck.gl
    // layer update and signal effects they start would otherwise add to that frame's map render (one long task).
    // Moves that arrive before it runs only replace the position.
    pointer = { x, y };
    if (!applyQueued) {
      applyQueued = true;
      nextTask(applyPointer);
    }
  }

  function onUp() {
    const held = press;
    // The last position may still wait for its task: the release commits where the pointer was let go.
    if (pointer) applyPointer();
    const drag = store.facilityDrag.peek();
    release();
    if (!held?.dragging || !drag) return;
    // One batch: the committed position replaces the preview in the same frame, so the point does not jump back.
    batch(() => {
      void planner.moveFacility(held.id, drag.lon, drag.lat);
      store.facilityDrag.value = null;
    });
  }

  function onKey(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    // Esc ends the drag only; it must not also clear the selection (the palette's shortcut).
    event.preventDefault();
    event.stopImmediatePropagation();
    cancel();
  }

  function onBlur() {
    cancel();
  }

  /** Holds the facility under a press, if any: map panning stops and the pointer is followed on the window. */
  const grab = (point: { x: number; y: number }) => {
    if (press || !store.ready.peek()) return;
    const id = facilityAt(point.x, point.y);
    if (!id) return;
    // Before MapLibre's pan handler sees this press (map events run first), so the map stays put.
    map.dragPan.disable();
    const rect = container.getBoundingClientRect();
    press = { id, startX: point.x, startY: point.y, dragging: false, rect };
    // Capture phase, and not passed on: while a facility is held, MapLibre's own mousemove work (district hover
    // queries, deck.gl's pointer handling) is of no use and costs 15–75 ms a move under software rendering.
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('pointermove', onPointerMove, true);
    window.addEventListener('mouseup', onUp);
    window.addEventListener('touchmove', onTouchMove, { capture: true, passive: false });
    window.addEventListener('touchend', onUp);
    window.addEventListener('touchcancel', cancel);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onBlur);
  };

  const onMouseDown = (event: maplibregl.MapMouseEvent) => {
    if (event.originalEvent.button === 0) grab(event.point);
  };

  const onTouchStart = (event: maplibregl.MapTouchEvent) => {
    if (event.points.length === 1) grab(event.point);
  };

  const onHover = (event: maplibregl.MapMouseEvent) => {
    if (press) return;
    container.style.cursor = facilityAt(event.point.x, event.point.y) ? 'move' : '';
  };

  map.on('mousedown', onMouseDown);
  map.on('touchstart', onTouchStart);
  map.on('mousemove', onHover);
  return () => {
    cancel();
    map.off('mousedown', onMouseDown);
    map.off('touchstart', onTouchStart);
    map.off('mousemove', onHover);
  };
}
