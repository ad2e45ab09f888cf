import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { useBriefingStore } from './store';
import { ExportFailure, failure } from './export-failure';
import { BriefingStatus } from './briefing-status';

describe('the export status', () => {
  it('reads in the language shown, even when said before a switch, with its digits', () => {
    act(() => useViewStore.getState().setLang('en'));
    setup(<BriefingStatus />);
    act(() =>
      useBriefingStore
        .getState()
        .say('briefing.videoDownloaded', { file: 'drawdown.webm', frames: 12, seconds: 3.5 }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Video saved as drawdown.webm: 12 frames in 3.5 s.');
    act(() => useViewStore.getState().setLang('ar'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'حُفظ الفيديو باسم drawdown.webm: ١٢ إطاراً في ٣٫٥ ثانية.',
    );
    act(() => useBriefingStore.getState().say(null));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it("says a failure Drawdown can name in the reader's language, and any other with the browser's words", () => {
    act(() => useViewStore.getState().setLang('en'));
    setup(<BriefingStatus />);
    act(() => useBriefingStore.getState().say(...failure(new ExportFailure('briefing.imageTooLarge'))));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Export failed: the browser could not draw an image this large. Choose a smaller image scale and try again.',
    );
    act(() => useViewStore.getState().setLang('ar'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'تعذّر التصدير: لم يستطع المتصفح رسم صورة بهذا الحجم. اختر دقة أصغر للصورة وأعد المحاولة.',
    );
    act(() =>
      useBriefingStore
        .getState()
        .say(...failure(new DOMException('Write permission denied.', 'NotAllowedError'))),
    );
    expect(screen.getByRole('status')).toHaveTextContent('تعذّر التصدير: Write permission denied.');
  });
});
