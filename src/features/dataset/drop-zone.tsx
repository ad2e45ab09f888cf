import './dataset.css';
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OPEN_MODES, openDatasetFile, type OpenMode } from '../../lib/dataset/open-file';
import { isRtl } from '../../lib/i18n/languages';
import { useViewStore } from '../../lib/store/view-store';

/** The half of the window a point is in: the first half (in reading order) opens on its own. */
function modeAt(x: number): OpenMode {
  const first = x < window.innerWidth / 2;
  return first !== isRtl(useViewStore.getState().lang) ? 'own' : 'layer';
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Dropping a file on the page opens it: on its own in the first half, as a layer in the other. */
export function DropZone() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [over, setOver] = useState(false);
  const [mode, setMode] = useState<OpenMode>('own');
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setMode(modeAt(e.clientX));
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const f = e.dataTransfer?.files?.[0];
      if (f) void openDatasetFile(f, client, modeAt(e.clientX));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, [client]);
  if (!over) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p className="drop-title">{t('dataset.drop')}</p>
      {OPEN_MODES.map((m) => (
        <p key={m} className={`drop-half${m === mode ? ' active' : ''}`}>
          {t(`dataset.dropMode.${m}`)}
        </p>
      ))}
    </div>
  );
}
