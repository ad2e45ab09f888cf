import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import BaseMap from './base-map';

beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
    const file = String(url).split('/').pop()!;
    return new Response(readFileSync(`public/geo/${file}`, 'utf8'));
  });
});
afterEach(() => vi.restoreAllMocks());

describe('BaseMap', () => {
  it('lists every base with its status at the end of the date range', async () => {
    const { user } = setup(<BaseMap />);
    const view = screen.getByRole('region', { name: 'Bases map' });
    await user.click(within(view).getByText('Bases (11)'));
    const taji = within(view).getByRole('button', { name: 'Camp Taji' });
    expect(taji.closest('li')).toHaveTextContent('Handed over 23 August 2020');
    expect(within(view).getByText('Status on 31 December 2021')).toBeInTheDocument();

    act(() => useViewStore.getState().setRange('2020-01-01', '2020-06-30'));
    expect(taji.closest('li')).toHaveTextContent('Coalition present');
    expect(
      within(view).getByRole('button', { name: 'Qayyarah West Air Base (Q-West)' }).closest('li'),
    ).toHaveTextContent('Handed over March 2020');
    expect(within(view).getByText('Status on 30 June 2020')).toBeInTheDocument();
  });

  it('toggles the base filter from the list', async () => {
    const { user } = setup(<BaseMap />);
    await user.click(screen.getByText('Bases (11)'));
    const taji = screen.getByRole('button', { name: 'Camp Taji' });
    await user.click(taji);
    expect(useViewStore.getState().bases).toEqual(['taji']);
    expect(taji).toHaveAttribute('aria-pressed', 'true');
    await user.click(taji);
    expect(useViewStore.getState().bases).toEqual([]);
  });

  it('draws a legend of events per governorate and base status, and a marker per base', async () => {
    const { container } = setup(<BaseMap />);
    expect(screen.getByText('Events per governorate')).toBeInTheDocument();
    expect(screen.getAllByText('Handed over').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('.leaflet-marker-icon.base-marker')).toHaveLength(11);
    expect(container.querySelectorAll('.leaflet-marker-icon.handedOver')).toHaveLength(6);
  });
});
