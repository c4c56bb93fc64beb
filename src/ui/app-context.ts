import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppController } from '../state/app-controller';
import type { ImportController } from '../state/import-controller';
import type { NetworkController } from '../state/network-controller';
import type { PlannerController } from '../state/planner-controller';
import type { ScenarioController } from '../state/scenario-controller';
import type { AppStore } from '../state/store';
import type { SuggestController } from '../state/suggest-controller';
import type { UnitLevelController } from '../state/unit-level-controller';
import { type MessageKey, translate } from './i18n/i18n';

export interface AppContextValue {
  store: AppStore;
  controller: AppController;
  planner: PlannerController;
  scenarios: ScenarioController;
  /** The walking network (issue 13): distance mode, comparing both modes; absent in contexts built without it. */
  network?: NetworkController;
  /** File import (issue #5); absent in contexts built without an import worker. */
  importer?: ImportController;
  /** Site suggestion (issue 14); absent in contexts built without it. */
  suggest?: SuggestController;
  /** Unit levels (issue 12): the level shown and the generated hexagons; absent in contexts built without it. */
  unitLevels?: UnitLevelController;
  /** Other tabs of the app (state/tab-coordination.ts); absent in contexts built without it. */
  tabs?: { takeOver(): Promise<boolean> };
  /** Hands the MapLibre map to whoever needs it (the automation hook). */
  onMapCreated(map: unknown): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}

/** Translator bound to the current locale; reading the signal re-renders the component on a language switch. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useApp().store.locale.value;
  return (key, params) => translate(locale, key, params);
}
