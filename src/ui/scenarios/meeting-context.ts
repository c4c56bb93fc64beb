/**
 * What the meeting-room components (issue 6) need beyond the app context: the compare controller and the MapLibre
 * map for picture export. Provided by app.tsx from main.tsx.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompareController } from '../../state/compare-controller';

export interface MeetingContextValue {
  compare: CompareController;
  /** The map once created, for the picture and the report. */
  getMap(): MapLibreMap | undefined;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeeting outside <MeetingContext.Provider>');
  return value;
}
