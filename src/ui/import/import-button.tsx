import { useApp, useT } from '../app-context';

/** The header's Import button: a label over a hidden multi-file input (the test drives `import-input`). */
export function ImportButton() {
  const { importer } = useApp();
  const t = useT();
  if (!importer) return null;
  const busy = importer.state.value.phase !== 'idle';
  return (
    <label class="button-quiet import-button" title={t('importButtonTitle')} aria-disabled={busy}>
      ⤓ {t('importButton')}
      <input
        type="file"
        multiple
        class="import-input"
        data-testid="import-input"
        disabled={busy}
        accept=".geojson,.json,.topojson,.zip,.tif,.tiff,.csv,.txt"
        onChange={(event) => {
          const input = event.target as HTMLInputElement;
          const files = Array.from(input.files ?? []);
          // Cleared so choosing the same file again fires another change.
          input.value = '';
          void importer.open(files.map((file) => ({ name: file.name, blob: file })));
        }}
      />
    </label>
  );
}
