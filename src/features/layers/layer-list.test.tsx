import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { useSourceStore } from '../../lib/dataset/load-status';
import { LayerList } from './layer-list';

afterEach(() => {
  vi.restoreAllMocks();
  useSourceStore.setState({ progress: {} });
});

describe('LayerList while layers load', () => {
  it('counts what each layer has read so far, each its own', async () => {
    // Downloads that never end: both layers stay loading.
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    act(() => {
      useViewStore.getState().addLayer('/data/acled-iraq.csv', '/data/acled-iraq.csv');
      useViewStore.getState().addLayer('/data/ucdp.json', '/data/ucdp.json');
    });
    setup(<LayerList />);
    const row = (name: string) => screen.getByDisplayValue(name).closest('li')!;
    expect(await within(row('/data/acled-iraq.csv')).findByText('Loading…')).toBeInTheDocument();
    act(() => useSourceStore.getState().setProgress('/data/acled-iraq.csv', { n: 250_000, unit: 'rows' }));
    expect(within(row('/data/acled-iraq.csv')).getByText('Loading… 250,000 rows read')).toBeInTheDocument();
    expect(within(row('/data/ucdp.json')).getByText('Loading…')).toBeInTheDocument();
    act(() => useSourceStore.getState().setProgress('/data/ucdp.json', { n: 1, unit: 'events' }));
    expect(within(row('/data/ucdp.json')).getByText('Loading… 1 event checked')).toBeInTheDocument();
    expect(within(row('/data/acled-iraq.csv')).getByText('Loading… 250,000 rows read')).toBeInTheDocument();
  });
});
