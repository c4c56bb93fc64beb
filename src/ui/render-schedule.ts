/**
 * Preact re-renders in a task of its own, not in the microtask after the change. A change usually comes from the
 * engine's answer (results during a drag, every frame): rendered in the same task, the panels' render added to that
 * task's signal effects and map updates, and the sum went over 50 ms. Changes within one task still render once.
 */
import { options } from 'preact';

export function renderInOwnTask(): void {
  options.debounceRendering = (render) => setTimeout(render, 0);
}
