import { useEffect, useState } from 'preact/hooks';
import { useApp, useT } from '../app-context';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Files dropped anywhere on the app start an import; while files are dragged over the window a hint covers it.
 * Listens on the window so the map canvas (which swallows some events) cannot hide a drop.
 */
export function DropZone() {
  const { importer } = useApp();
  const t = useT();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    if (!importer) return undefined;
    // dragenter/dragleave fire for every child crossed; counting them tells when the pointer really left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (importer.state.peek().phase === 'idle')
        void importer.open(files.map((file) => ({ name: file.name, blob: file })));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importer]);
  if (!dragging) return null;
  return (
    <div class="drop-zone" data-testid="drop-zone">
      <div class="drop-zone-card">
        <strong>{t('importDropHint')}</strong>
        <span>{t('importDropFormats')}</span>
      </div>
    </div>
  );
}
