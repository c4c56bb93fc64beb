import { AppContext, type AppContextValue } from './app-context';
import { DistrictPanel } from './district-panel';
import { FacilityEditor } from './facility-editor';
import { FacilityPalette } from './facility-palette';
import { Header } from './header';
import { DropZone } from './import/drop-zone';
import { ImportDialog } from './import/import-dialog';
import { ImportStatus } from './import/import-status';
import { MapPane } from './map-pane';
import { MethodNote } from './method-note';
import { SettingsDialog } from './settings-dialog';

export function App(props: { context: AppContextValue }) {
  return (
    <AppContext.Provider value={props.context}>
      <div class="app">
        <Header />
        <main class="app-main">
          <MapPane />
          <aside class="side-panel" data-testid="side-panel">
            <FacilityPalette />
            <FacilityEditor />
            <DistrictPanel />
            <MethodNote />
          </aside>
        </main>
        <SettingsDialog />
        <ImportStatus />
        <ImportDialog />
        <DropZone />
      </div>
    </AppContext.Provider>
  );
}
