import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { useBriefingStore } from './store';
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
});
