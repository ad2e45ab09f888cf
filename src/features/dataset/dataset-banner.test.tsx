import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useSourceStore } from '../../lib/dataset/load-status';
import { useViewStore } from '../../lib/store/view-store';
import { FatalDatasetError } from '../../lib/dataset/record-checks';
import { headerFormat } from '../../lib/import/import-csv';
import { DatasetBanner } from './dataset-banner';

afterEach(() => useSourceStore.setState({ failure: null }));

/** Why the checks refuse a CSV with a header Drawdown does not read, as the worker reports it. */
function refusedHeader() {
  try {
    headerFormat(['colour', 'size']);
  } catch (e) {
    if (e instanceof FatalDatasetError) return { reason: e.message, check: e.check };
  }
  throw new Error('the header was read');
}

describe('why a file could not be opened', () => {
  it('is said in Arabic on an Arabic page, the file’s own words kept as written', async () => {
    act(() => useViewStore.getState().setLang('ar'));
    act(() => useSourceStore.getState().fail({ name: 'mine.csv', ...refusedHeader() }));
    setup(<DatasetBanner />);
    const alert = await screen.findByText(/ليست صيغة يقرؤها الانسحاب/);
    expect(alert.textContent).toContain('ويبدأ رأس الجدول بـ \u2068colour, size\u2069');
    expect(alert.closest('[role=alert]')!.textContent).not.toMatch(/not a format|Expected/);
  });

  it('is the checks’ English on an English page', () => {
    act(() => useSourceStore.getState().fail({ name: 'mine.csv', ...refusedHeader() }));
    setup(<DatasetBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Could not open .*mine\.csv.*: not a format Drawdown reads\. .* the header starts colour, size/,
    );
  });

  it('says when the layers are full, in the reader’s digits', () => {
    act(() => useViewStore.getState().setLang('ar'));
    act(() => useSourceStore.getState().fail({ name: 'ninth.csv', layersFull: 8 }));
    setup(<DatasetBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent('لا تُفتح أكثر من ٨ طبقات معاً: أزل إحداها أولاً');
  });
});
