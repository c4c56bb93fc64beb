/**
 * "Suggest sites / 选址建议" (issue 14): type, objective (k sites, a coverage target, a floor-area standard), the
 * candidates (populated cells or an imported points file), exclusion polygons, a minimum spacing; Run with progress
 * and Cancel. The answer is a new scenario (state/suggest-controller.ts); this panel shows its figures, the optimum
 * or bound when computed, the coverage curve and the ranked sites.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { useState } from 'preact/hooks';
import { errorText } from '../core/messages/error-text';
import type { ResultError } from '../core/model/result';
import { FACILITY_PRESETS, findFacilityPreset } from '../core/rules/facility-presets';
import type { CandidatePoint } from '../core/suggest/candidates';
import type { SuggestObjective, SuggestOutcome, SuggestPhase } from '../core/suggest/suggest-types';
import type { SuggestController } from '../state/suggest-controller';
import { useApp, useT } from './app-context';
import { CoverageCurve } from './coverage-curve';
import { formatDecimal, formatInteger } from './format';
import type { MessageKey } from './i18n/i18n';

type ObjectiveKind = 'count' | 'target-coverage' | 'floor-area';

const PHASE_KEYS: Record<SuggestPhase, MessageKey> = {
  candidates: 'suggestPhaseCandidates',
  catchments: 'suggestPhaseCatchments',
  search: 'suggestPhaseSearch',
  swap: 'suggestPhaseSwap',
  exact: 'suggestPhaseExact',
};

const OBJECTIVES: [ObjectiveKind, MessageKey][] = [
  ['count', 'suggestObjectiveCount'],
  ['target-coverage', 'suggestObjectiveTarget'],
  ['floor-area', 'suggestObjectiveFloorArea'],
];

interface Loaded<T> {
  file: string;
  items: T[];
}

function numberOf(event: Event): number {
  return Number((event.target as HTMLInputElement).value);
}

export function SuggestPanel() {
  const { store, suggest } = useApp();
  if (!suggest) return null;
  return <SuggestSection suggest={suggest} ready={store.summary.value !== null} />;
}

function SuggestSection(props: { suggest: SuggestController; ready: boolean }) {
  const { suggest } = props;
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const [type, setType] = useState('community_service_station');
  const [kind, setKind] = useState<ObjectiveKind>('count');
  const [count, setCount] = useState(20);
  const [target, setTarget] = useState(90);
  const [standard, setStandard] = useState(30);
  const [floorArea, setFloorArea] = useState<number | null>(null);
  const [spacing, setSpacing] = useState(0);
  const [candidates, setCandidates] = useState<Loaded<CandidatePoint> | null>(null);
  const [exclusions, setExclusions] = useState<Loaded<Polygon | MultiPolygon> | null>(null);
  const [fileError, setFileError] = useState<ResultError | null>(null);
  const state = suggest.state.value;
  const running = state.status === 'running';
  const preset = findFacilityPreset(type);
  const area = floorArea ?? preset?.typical.floorAreaSquareMeters ?? preset?.floorAreaSquareMeters?.min ?? 0;

  const objective = (): SuggestObjective =>
    kind === 'count'
      ? { kind: 'count', count }
      : kind === 'target-coverage'
        ? { kind: 'target-coverage', percent: target }
        : { kind: 'floor-area', squareMetersPer100Households: standard, floorAreaSquareMeters: area };

  const readFile = async <T,>(
    event: Event,
    read: (file: {
      name: string;
      blob: File;
    }) => Promise<{ ok: true; value: T[] } | { ok: false; error: ResultError }>,
    keep: (loaded: Loaded<T>) => void,
  ) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const answer = await read({ name: file.name, blob: file });
    setFileError(answer.ok ? null : answer.error);
    if (answer.ok) keep({ file: file.name, items: answer.value });
  };

  return (
    <details class="panel-section suggest-panel" data-testid="suggest-panel">
      <summary>
        <h2>{t('suggestTitle')}</h2>
      </summary>
      <p class="compare-note">{t('suggestHint')}</p>
      <form
        class="suggest-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (running || !props.ready) return;
          void suggest.run({
            type,
            objective: objective(),
            candidates: candidates ? candidates.items : null,
            exclusions: exclusions ? exclusions.items : [],
            minSpacingMeters: spacing,
          });
        }}
      >
        <label>
          {t('suggestType')}
          <select
            data-testid="suggest-type"
            value={type}
            disabled={running}
            onChange={(event) => setType((event.target as HTMLSelectElement).value)}
          >
            {FACILITY_PRESETS.map((option) => (
              <option key={option.id} value={option.id}>
                {locale === 'en' ? option.nameEn : option.nameZh}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="suggest-objectives" disabled={running}>
          <legend>{t('suggestObjective')}</legend>
          {OBJECTIVES.map(([value, key]) => (
            <label key={value}>
              <input
                type="radio"
                name="suggest-objective"
                data-testid={`suggest-objective-${value}`}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {t(key)}
            </label>
          ))}
        </fieldset>
        {kind === 'count' ? (
          <label>
            {t('suggestCount')}
            <input
              type="number"
              min={1}
              step={1}
              data-testid="suggest-count"
              value={count}
              disabled={running}
              onInput={(event) => setCount(numberOf(event))}
            />
          </label>
        ) : kind === 'target-coverage' ? (
          <label>
            {t('suggestTarget')}
            <input
              type="number"
              min={1}
              max={100}
              step="any"
              data-testid="suggest-target"
              value={target}
              disabled={running}
              onInput={(event) => setTarget(numberOf(event))}
            />
          </label>
        ) : (
          <>
            <label>
              {t('suggestStandard')}
              <input
                type="number"
                min={0}
                step="any"
                data-testid="suggest-standard"
                value={standard}
                disabled={running}
                onInput={(event) => setStandard(numberOf(event))}
              />
            </label>
            <label>
              {t('suggestFloorArea')}
              <input
                type="number"
                min={0}
                step="any"
                data-testid="suggest-floor-area"
                value={area}
                disabled={running}
                onInput={(event) => setFloorArea(numberOf(event))}
              />
            </label>
          </>
        )}
        <div class="suggest-file">
          <span>{t('suggestCandidates')}</span>
          <span data-testid="suggest-candidates">
            {candidates
              ? t('suggestCandidatesLoaded', { file: candidates.file, count: candidates.items.length })
              : t('suggestCandidatesCells')}
          </span>
          <label class="link-button">
            {t('suggestCandidatesFile')}
            <input
              type="file"
              hidden
              data-testid="suggest-candidates-file"
              disabled={running}
              onChange={(event) => void readFile(event, suggest.readPoints, setCandidates)}
            />
          </label>
          {candidates ? (
            <button type="button" class="link-button" onClick={() => setCandidates(null)}>
              {t('suggestClear')}
            </button>
          ) : null}
        </div>
        <div class="suggest-file">
          <span>{t('suggestExclusions')}</span>
          <span data-testid="suggest-exclusions">
            {exclusions
              ? t('suggestExclusionsLoaded', { file: exclusions.file, count: exclusions.items.length })
              : t('suggestExclusionsNone')}
          </span>
          <label class="link-button">
            {t('suggestExclusionsFile')}
            <input
              type="file"
              hidden
              data-testid="suggest-exclusions-file"
              disabled={running}
              onChange={(event) => void readFile(event, suggest.readPolygons, setExclusions)}
            />
          </label>
          {exclusions ? (
            <button type="button" class="link-button" onClick={() => setExclusions(null)}>
              {t('suggestClear')}
            </button>
          ) : null}
        </div>
        <label>
          {t('suggestSpacing')}
          <input
            type="number"
            min={0}
            step="any"
            data-testid="suggest-spacing"
            value={spacing}
            disabled={running}
            onInput={(event) => setSpacing(numberOf(event))}
          />
        </label>
        {fileError ? (
          <p class="suggest-error" role="alert" data-testid="suggest-file-error">
            {errorText(fileError, locale)}
          </p>
        ) : null}
        <div class="suggest-actions">
          {running ? (
            <button
              key="cancel"
              type="button"
              class="button-quiet"
              data-testid="suggest-cancel"
              onClick={() => suggest.cancel()}
            >
              {t('suggestCancel')}
            </button>
          ) : (
            <button
              key="run"
              type="submit"
              class="button-primary"
              data-testid="suggest-run"
              disabled={!props.ready}
            >
              {t('suggestRun')}
            </button>
          )}
        </div>
      </form>
      {running && state.progress ? (
        <div class="suggest-progress" data-testid="suggest-progress" data-phase={state.progress.phase}>
          <span>{t(PHASE_KEYS[state.progress.phase])}</span>
          <progress max={1} value={state.progress.fraction} />
        </div>
      ) : null}
      {state.status === 'error' && state.error ? (
        <p class="suggest-error" role="alert" data-testid="suggest-error">
          {errorText(state.error, locale)}
        </p>
      ) : null}
      {state.status === 'done' && state.outcome ? (
        <SuggestAnswer
          outcome={state.outcome}
          scenarioId={state.scenarioId}
          milliseconds={state.milliseconds}
        />
      ) : null}
    </details>
  );
}

function SuggestAnswer(props: {
  outcome: SuggestOutcome;
  scenarioId: string | null;
  milliseconds: number | null;
}) {
  const { store } = useApp();
  const t = useT();
  const locale = store.locale.value;
  const { outcome } = props;
  const percent = (persons: number) =>
    formatDecimal(outcome.totalPopulation > 0 ? (100 * persons) / outcome.totalPopulation : 0, locale, 1);
  const scenario = store.scenarios.value.list.scenarios.find(
    (candidate) => candidate.id === props.scenarioId,
  );
  const suggested = scenario?.facilities.filter((facility) => facility.addedPopulation !== undefined) ?? [];
  const exact = outcome.exact;
  return (
    <div
      class="suggest-answer"
      data-testid="suggest-answer"
      data-sites={outcome.sites.length}
      data-covered-before={outcome.coveredBefore}
      data-covered-after={outcome.coveredAfter}
      data-total={outcome.totalPopulation}
      data-scenario-id={props.scenarioId ?? ''}
      data-milliseconds={props.milliseconds === null ? '' : Math.round(props.milliseconds)}
    >
      <p data-testid="suggest-summary">
        {outcome.sites.length === 0
          ? t('suggestNothing')
          : t('suggestDone', {
              sites: formatInteger(outcome.sites.length, locale),
              before: percent(outcome.coveredBefore),
              after: percent(outcome.coveredAfter),
              added: formatInteger(Math.round(outcome.coveredAfter - outcome.coveredBefore), locale),
              seconds: formatDecimal((props.milliseconds ?? 0) / 1000, locale, 1),
              scenario: scenario?.name ?? '',
            })}
      </p>
      {outcome.shortfall && outcome.objective.kind !== 'count' ? (
        <p class="suggest-error">{t('suggestShortfall')}</p>
      ) : null}
      {outcome.objective.kind === 'count' ? (
        <p class="compare-note" data-testid="suggest-exact" data-status={exact?.status ?? 'none'}>
          {exact?.status === 'optimal'
            ? t('suggestOptimum', {
                optimum: formatInteger(Math.round(outcome.coveredBefore + exact.optimum), locale),
                gap: formatDecimal(100 * exact.gap, locale, 2),
              })
            : exact?.status === 'bound'
              ? t('suggestBound', {
                  bound: formatInteger(Math.round(outcome.coveredBefore + exact.bound), locale),
                  gap: formatDecimal(100 * exact.gapAtMost, locale, 2),
                })
              : outcome.upperBound !== undefined
                ? t('suggestBound', {
                    bound: formatInteger(Math.round(outcome.upperBound), locale),
                    gap: formatDecimal(
                      outcome.upperBound > 0
                        ? (100 * (outcome.upperBound - outcome.coveredAfter)) / outcome.upperBound
                        : 0,
                      locale,
                      2,
                    ),
                  })
                : t('suggestNoBound')}
        </p>
      ) : null}
      {outcome.sites.length > 0 ? (
        <CoverageCurve curve={outcome.curve} totalPopulation={outcome.totalPopulation} />
      ) : null}
      {suggested.length > 0 ? (
        <details class="suggest-sites">
          <summary>{t('suggestSitesTitle')}</summary>
          <ol>
            {suggested.map((facility) => (
              <li
                key={facility.id}
                data-testid="suggest-site"
                data-status={facility.status}
                data-added={facility.addedPopulation}
              >
                {facility.name} ·{' '}
                {t('suggestAdded', { persons: formatInteger(facility.addedPopulation ?? 0, locale) })}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
