import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { openDatasetFile } from '../../lib/dataset/open-file';

/** "Open dataset…": a button standing for a hidden file input. */
export function OpenDataset() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {t('dataset.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        hidden
        aria-label={t('dataset.open')}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void openDatasetFile(f, client);
          e.target.value = '';
        }}
      />
    </>
  );
}
