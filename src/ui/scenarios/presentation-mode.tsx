/**
 * Presentation mode (issue 6): full screen (Fullscreen API where allowed; the layout fills the window either way),
 * large type, the map with the active scenario's headline figures, arrow keys through the scenarios and a
 * comparison slide, editing hidden and blocked, Esc leaves.
 */
import { useEffect } from 'preact/hooks';
import type { Results } from '../../core/model/results';
import type { Scenario } from '../../core/model/scenario';
import { facilityUnderPointer } from '../../map/facility-drag';
import { defaultComparePair } from '../../state/compare-controller';
import {
  type HeadlineFigure,
  headlineFigures,
  presentationSlides,
  type Slide,
  slideStepOfKey,
  stepSlide,
} from '../../state/presentation';
import type { AppStore } from '../../state/store';
import { useApp, useT } from '../app-context';
import { formatDecimal, formatInteger } from '../format';
import { facilityTypeName } from '../local-name';
import { CompareSummary, DeltaLegend, useComparisonSentences } from './compare-view';
import { useMeeting } from './meeting-context';

/** Starts presenting at the active scenario's slide and asks for full screen (refusal is fine: CSS fills the window). */
export function enterPresentation(store: AppStore, slides: Slide[]): void {
  const activeId = store.activeScenario.peek().id;
  const index = slides.findIndex((slide) => slide.kind === 'scenario' && slide.scenarioId === activeId);
  store.selectedFacilityId.value = null;
  store.presentationSlide.value = Math.max(0, index);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) {
    root.requestFullscreen().catch(() => {
      // Not allowed here (iframe, kiosk, headless): the presentation layout still covers the window.
    });
  }
}

/** Leaves presentation mode and full screen. */
function leavePresentation(store: AppStore): void {
  store.presentationSlide.value = null;
  if (store.meetingView.peek() !== 'compare') store.deltaImage.value = null;
  if (document.fullscreenElement && document.exitFullscreen) void document.exitFullscreen().catch(() => {});
}

/** Keys that edit the plan; swallowed while presenting so a stray key cannot change a scenario in a meeting. */
function isEditingKey(event: KeyboardEvent): boolean {
  if (event.key === 'Delete' || event.key === 'Backspace') return true;
  return (event.ctrlKey || event.metaKey) && /^[zy]$/i.test(event.key);
}

function Figure(props: { figure: HeadlineFigure }) {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const { figure } = props;
  let label: string;
  let value: string;
  switch (figure.id) {
    case 'coverage':
      label =
        figure.radiusMeters === null
          ? t('headlineCoverage', { type: facilityTypeName(figure.type, locale) })
          : t('headlineCoverageRadius', {
              type: facilityTypeName(figure.type, locale),
              radius: formatInteger(figure.radiusMeters, locale),
            });
      value = `${formatDecimal(figure.percent, locale, 1)}%`;
      break;
    case 'areaDistricts':
      label = t('headlineAreaDistricts', { threshold: formatInteger(figure.threshold, locale) });
      value = t('headlineOf', { passing: figure.passing, count: figure.districtCount });
      break;
    case 'deficit':
      label = t('headlineDeficit');
      value = `${formatInteger(figure.squareMeters, locale)} m²`;
      break;
    case 'facilities':
      label = t('headlineFacilities');
      value = `${figure.proposed} / ${figure.existing}`;
      break;
  }
  return (
    <div class="headline" data-testid={`headline-${figure.id}`}>
      <div class="headline-value">{value}</div>
      <div class="headline-label">{label}</div>
    </div>
  );
}

function ScenarioSlide(props: { scenario: Scenario; results: Results | null }) {
  const figures = props.results ? headlineFigures(props.scenario, props.results) : [];
  return (
    <>
      <h2 class="presentation-title" data-testid="presentation-title">
        {props.scenario.name}
      </h2>
      <div class="headlines">
        {figures.map((figure) => (
          <Figure key={figure.id} figure={figure} />
        ))}
      </div>
    </>
  );
}

function ComparisonSlide() {
  const { store } = useApp();
  const { compare } = useMeeting();
  const t = useT();
  const state = compare.state.value;
  const sentences = useComparisonSentences();
  const list = store.scenarios.value.list;
  const name = (id: string) => list.scenarios.find((s) => s.id === id)?.name ?? '';
  return (
    <>
      <h2 class="presentation-title" data-testid="presentation-title">
        {t('presentationComparisonTitle', { before: name(state.beforeId), after: name(state.afterId) })}
      </h2>
      {state.status === 'loading' && !state.comparison && <p>{t('compareLoading')}</p>}
      <CompareSummary sentences={sentences} />
      {state.comparison && <DeltaLegend gained={state.gainedPopulation} lost={state.lostPopulation} />}
    </>
  );
}

export function PresentationMode() {
  const { store, scenarios } = useApp();
  const { compare, getMap } = useMeeting();
  const t = useT();
  const index = store.presentationSlide.value;
  const presenting = index !== null;
  const list = store.scenarios.value.list;
  const slides = presentationSlides(list.scenarios);
  const slide = presenting ? slides[Math.min(index, slides.length - 1)] : undefined;

  useEffect(() => {
    document.body.classList.toggle('presenting', presenting);
    if (!presenting) return () => document.body.classList.remove('presenting');
    // Once the planner's panels are gone and MapLibre has followed its container's new size (its ResizeObserver runs
    // after the first frame's callbacks), show the whole city beside the figures panel.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const map = getMap();
        const summary = store.summary.peek();
        if (!map || !summary) return;
        const panelRight = document.querySelector('.presentation-panel')?.getBoundingClientRect().right ?? 0;
        map.fitBounds(summary.bounds, {
          padding: { top: 40, bottom: 40, right: 40, left: Math.round(panelRight) + 40 },
          animate: false,
        });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      document.body.classList.remove('presenting');
    };
  }, [presenting, getMap, store]);

  // Show what the slide is about: its scenario on the map, or the delta map of the comparison.
  useEffect(() => {
    if (!slide) return;
    if (slide.kind === 'scenario') {
      if (store.meetingView.peek() !== 'compare') store.deltaImage.value = null;
      void scenarios.activate(slide.scenarioId);
      return;
    }
    const current = compare.state.peek();
    const valid =
      current.beforeId !== current.afterId &&
      list.scenarios.some((s) => s.id === current.beforeId) &&
      list.scenarios.some((s) => s.id === current.afterId);
    const pair = valid ? current : defaultComparePair(list);
    void compare.choose(pair.beforeId, pair.afterId);
  }, [slide?.kind, slide?.kind === 'scenario' ? slide.scenarioId : '', scenarios, compare, store, list]);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        leavePresentation(store);
        return;
      }
      const step = slideStepOfKey(event.key);
      if (step !== 0) {
        event.preventDefault();
        event.stopImmediatePropagation();
        const count = presentationSlides(store.scenarios.peek().list.scenarios).length;
        store.presentationSlide.value = stepSlide(store.presentationSlide.peek() ?? 0, step, count);
        return;
      }
      if (isEditingKey(event)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    // Leaving full screen with the browser's own Esc (which pages do not receive) leaves the presentation too.
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      if (wasFullscreen && !document.fullscreenElement) leavePresentation(store);
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    // A click on the map would place a facility; in a meeting it only pans and zooms.
    const blockClick = (event: MouseEvent) => {
      if ((event.target as Element | null)?.closest?.('.map')) event.stopPropagation();
    };
    // A press on a facility would start dragging it; elsewhere it pans as usual.
    const blockFacilityPress = (event: MouseEvent) => {
      const map = getMap();
      if (!map || !(event.target as Element | null)?.closest?.('.map')) return;
      const box = map.getCanvasContainer().getBoundingClientRect();
      const facilities = store.activeScenario.peek().facilities;
      if (facilityUnderPointer(map, facilities, event.clientX - box.left, event.clientY - box.top)) {
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('click', blockClick, true);
    window.addEventListener('mousedown', blockFacilityPress, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('click', blockClick, true);
      window.removeEventListener('mousedown', blockFacilityPress, true);
    };
  }, [presenting, store, getMap]);

  if (!slide || index === null) return null;
  const active = store.activeScenario.value;
  return (
    <aside class="presentation-panel" data-testid="presentation" data-slide={index} data-kind={slide.kind}>
      {slide.kind === 'scenario' ? (
        <ScenarioSlide
          scenario={active}
          results={active.id === slide.scenarioId ? store.results.value : null}
        />
      ) : (
        <ComparisonSlide />
      )}
      <footer class="presentation-footer">
        <span data-testid="presentation-counter">
          {t('presentationSlide', { index: index + 1, count: slides.length })}
        </span>
        <span>{t('presentationHelp')}</span>
      </footer>
    </aside>
  );
}
