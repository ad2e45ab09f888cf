import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { FilterBar } from './filter-bar';

describe('FilterBar', () => {
  it('shows the live count and narrows it as the analyst types', async () => {
    const { user } = setup(<FilterBar />);
    expect(screen.getByRole('status')).toHaveTextContent('35 of 35 events');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Taji');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of 35 events$/);
    expect(screen.getByRole('status')).not.toHaveTextContent('35 of 35');
    expect(useViewStore.getState().text).toBe('Taji');
  });

  it('applies a date preset, marks it pressed, and Reset clears every filter', async () => {
    const { user } = setup(<FilterBar />);
    await user.click(screen.getByRole('button', { name: '2021' }));
    expect(screen.getByRole('button', { name: '2021' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2021-01-01');
    expect(screen.getByRole('status')).toHaveTextContent('9 of 35 events');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('status')).toHaveTextContent('35 of 35 events');
    expect(screen.getByLabelText('From')).toHaveValue('');
  });

  it('picks governorates from a labelled group of checkboxes', async () => {
    const { user } = setup(<FilterBar />);
    await user.click(screen.getByText('Governorates'));
    const group = screen.getByRole('group', { name: 'Governorates' });
    await user.click(within(group).getByRole('checkbox', { name: 'Anbar' }));
    expect(useViewStore.getState().provinces).toEqual(['IQ-AN']);
    expect(screen.getByRole('status')).toHaveTextContent('6 of 35 events');
  });

  it('explains how month- and year-dated events meet the date range', () => {
    setup(<FilterBar />);
    expect(screen.getByLabelText('From').closest('[role="group"]')).toHaveAccessibleDescription(
      /dated only to a month or a year is shown if any part/,
    );
  });
});
