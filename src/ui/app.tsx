import { AppContext, type AppContextValue } from './app-context';
import { DistanceModeSection } from './distance-mode';
import { DistrictPanel } from './district-panel';
import { FacilityEditor } from './facility-editor';
import { FacilityPalette } from './facility-palette';
import { Header } from './header';
import { DropZone } from './import/drop-zone';
import { ImportDialog } from './import/import-dialog';
import { ImportStatus } from './import/import-status';
import { MapPane } from './map-pane';
import { MethodNote } from './method-note';
import { RuleSettingsSection } from './rule-settings-section';
import { CompareView } from './scenarios/compare-view';
import { MeetingContext, type MeetingContextValue } from './scenarios/meeting-context';
import { PresentationMode } from './scenarios/presentation-mode';
import { ReportView } from './scenarios/report-view';
import { ScenarioTabs } from './scenarios/scenario-tabs';
import { ShareLinkDialog } from './scenarios/share-link-dialog';
import { ShareLinkNotice } from './scenarios/share-link-notice';
import { SettingsDialog } from './settings-dialog';
import { StorageNotices } from './storage-notices';
import { SuggestPanel } from './suggest-panel';
import { TabBanner } from './tab-banner';
import { UpdatePrompt } from './update-prompt';

export function App(props: { context: AppContextValue; meeting: MeetingContextValue }) {
  return (
    <AppContext.Provider value={props.context}>
      <MeetingContext.Provider value={props.meeting}>
        <div class="app">
          <Header />
          <UpdatePrompt />
          <TabBanner />
          <ScenarioTabs />
          <main class="app-main">
            <MapPane />
            <aside class="side-panel" data-testid="side-panel">
              <FacilityPalette />
              <DistanceModeSection />
              <SuggestPanel />
              <FacilityEditor />
              <RuleSettingsSection />
              <DistrictPanel />
              <MethodNote />
            </aside>
            <CompareView />
            <PresentationMode />
            <ShareLinkNotice />
            <StorageNotices />
            <ShareLinkDialog />
          </main>
          <ReportView />
          <SettingsDialog />
          <ImportStatus />
          <ImportDialog />
          <DropZone />
        </div>
      </MeetingContext.Provider>
    </AppContext.Provider>
  );
}
