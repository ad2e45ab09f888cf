import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { FilterBar } from './filter-bar';

describe('date fields in Arabic mode', () => {
  it('take a date typed in Arabic-Indic digits and show it back in them', async () => {
    act(() => useViewStore.getState().setLang('ar'));
    const { user } = setup(<FilterBar />);
    const from = screen.getByRole('textbox', { name: 'من' });
    expect(from).toHaveAttribute('placeholder', 'سنة-شهر-يوم');
    await user.type(from, '٢٠٢٠-٠٣-٠١{Enter}');
    expect(useViewStore.getState().from).toBe('2020-03-01');
    await user.tab();
    expect(from).toHaveValue('٢٠٢٠-٠٣-٠١');
  });

  it('refuse an impossible date with a message, keeping the filter as it was', async () => {
    act(() => useViewStore.getState().setLang('ar'));
    const { user } = setup(<FilterBar />);
    const to = screen.getByRole('textbox', { name: 'إلى' });
    await user.type(to, '2020-13-45{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('اكتب التاريخ بالشكل سنة-شهر-يوم.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(useViewStore.getState().to).toBeNull();
  });
});
