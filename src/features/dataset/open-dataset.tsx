import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OPEN_MODES, openDatasetFile, type OpenMode } from '../../lib/dataset/open-file';

/**
 * "Open dataset…": opens a file on its own (instead of the dataset on screen) or adds it as a
 * layer beside it. Each choice stands for the hidden file input.
 */
export function OpenDataset() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const [mode, setMode] = useState<OpenMode>('own');
  return (
    <details className="open-menu" ref={menu}>
      <summary className="btn">{t('dataset.open')}</summary>
      <div className="menu-pop">
        {OPEN_MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="btn btn-small"
            onClick={() => {
              setMode(m);
              menu.current?.removeAttribute('open');
              input.current?.click();
            }}
          >
            {t(`dataset.openMode.${m}`)}
          </button>
        ))}
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.parquet,application/json,text/csv"
        hidden
        aria-label={t(`dataset.openMode.${mode}`)}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void openDatasetFile(f, client, mode);
          e.target.value = '';
        }}
      />
    </details>
  );
}
