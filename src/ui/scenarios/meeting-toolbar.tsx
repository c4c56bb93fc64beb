/**
 * The meeting-room actions (issue 6): compare, present, export the map as a picture, the printable report, and the
 * share link (copied; when the scenario is too large, the GeoJSON file instead).
 */
import { useState } from 'preact/hooks';
import { mapPicturePng } from '../../map/export-png';
import { presentationSlides } from '../../state/presentation';
import { useApp, useT } from '../app-context';
import { downloadBlob, downloadScenarioGeoJson, exportFileName } from '../download';
import { useMeeting } from './meeting-context';
import { pictureLegend } from './picture-legend';
import { enterPresentation } from './presentation-mode';
import { shareErrorMessage, shareUrlOf } from './share-link-actions';

type SharePopover = { url: string; copied: boolean } | { tooLarge: string } | null;

export function MeetingToolbar() {
  const { store } = useApp();
  const { compare, getMap } = useMeeting();
  const t = useT();
  const [share, setShare] = useState<SharePopover>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const ready = store.ready.value;
  const locale = store.locale.value;

  const exportPicture = async () => {
    const map = getMap();
    if (!map) return;
    const scenario = store.activeScenario.peek();
    try {
      const blob = await mapPicturePng({
        map,
        title: t('exportTitle', { scenario: scenario.name }),
        credits: t('credits'),
        legend: pictureLegend(store.raster.peek(), scenario, store.deltaImage.peek(), locale, t),
      });
      downloadBlob(blob, exportFileName(scenario.name, new Date(), 'png'));
      setExportError(null);
    } catch (error) {
      setExportError(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const shareLink = async () => {
    const scenario = store.activeScenario.peek();
    const url = shareUrlOf(scenario, location.href);
    if (!url.ok) {
      setShare({
        tooLarge: t('shareTooLarge', { detail: shareErrorMessage(url.error.code, locale) }),
      });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(url.value);
      copied = true;
    } catch {
      copied = false;
    }
    setShare({ url: url.value, copied });
  };

  const compareOpen = store.meetingView.value === 'compare';
  return (
    <div class="meeting-toolbar">
      <button
        type="button"
        class={compareOpen ? 'button-quiet active' : 'button-quiet'}
        data-testid="meeting-compare"
        aria-pressed={compareOpen}
        disabled={!ready}
        onClick={() => (compareOpen ? compare.close() : void compare.open())}
      >
        ⇄ {t('meetingCompare')}
      </button>
      <button
        type="button"
        class="button-quiet"
        data-testid="meeting-present"
        disabled={!ready}
        onClick={() => enterPresentation(store, presentationSlides(store.scenarios.peek().list.scenarios))}
      >
        ▶ {t('meetingPresent')}
      </button>
      <button
        type="button"
        class="button-quiet"
        data-testid="meeting-export-png"
        disabled={!ready}
        onClick={() => void exportPicture()}
      >
        ⤓ {t('meetingExportPng')}
      </button>
      <button
        type="button"
        class="button-quiet"
        data-testid="meeting-report"
        disabled={!ready}
        onClick={() => {
          store.meetingView.value = 'report';
        }}
      >
        {t('meetingReport')}
      </button>
      <button type="button" class="button-quiet" data-testid="meeting-share" onClick={() => void shareLink()}>
        {t('meetingShare')}
      </button>
      {exportError && (
        <div class="meeting-popover" role="alert">
          {exportError}
        </div>
      )}
      {share && (
        <div class="meeting-popover" data-testid="share-popover" role="status">
          {'url' in share ? (
            <>
              <p>{share.copied ? t('shareCopied') : t('shareCopyFailed')}</p>
              <input
                class="share-url"
                data-testid="share-url"
                readOnly
                value={share.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            </>
          ) : (
            <>
              <p data-testid="share-too-large">{share.tooLarge}</p>
              <button
                type="button"
                data-testid="share-download-geojson"
                onClick={() => downloadScenarioGeoJson(store.activeScenario.peek())}
              >
                {t('shareDownloadGeoJson')}
              </button>
            </>
          )}
          <button type="button" class="button-quiet" data-testid="share-close" onClick={() => setShare(null)}>
            {t('shareClose')}
          </button>
        </div>
      )}
    </div>
  );
}
