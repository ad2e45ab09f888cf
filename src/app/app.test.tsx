import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { AppProviders } from './providers';
import { App } from './app';
import { useSourceStore } from '../lib/dataset/load-status';
import { useViewStore } from '../lib/store/view-store';

afterEach(async () => {
  // The loader starts importing the parser with the download: let it finish before teardown.
  await import('../lib/dataset/parse-core');
  vi.restoreAllMocks();
  useSourceStore.setState({ progress: {}, reading: null });
});

describe('App while a dataset loads', () => {
  it('counts what the dataset’s worker has read so far, in the reader’s numbers, not a layer’s', async () => {
    // A download that never ends: the app stays on its loading screen.
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    useViewStore.setState({ dataUrl: '/data/acled.json' });
    render(
      <AppProviders>
        <App />
      </AppProviders>,
    );
    expect(await screen.findByText('Loading the dataset…')).toBeInTheDocument();
    const { setProgress } = useSourceStore.getState();
    act(() => setProgress('/data/acled.json', { n: 20_000, unit: 'events' }));
    expect(screen.getByText('Loading the dataset… 20,000 events checked')).toBeInTheDocument();
    // A layer read beside it counts on its own line, not here.
    act(() => setProgress('/data/weekly.csv', { n: 5_000, unit: 'rows' }));
    expect(screen.getByText('Loading the dataset… 20,000 events checked')).toBeInTheDocument();
    act(() => setProgress('/data/acled.json', { n: 1_234_567, unit: 'rows' }));
    expect(screen.getByText('Loading the dataset… 1,234,567 rows read')).toBeInTheDocument();
  });
});

describe('DatasetBanner while a file is read', () => {
  it('names the file and counts the events checked so far', () => {
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    render(
      <AppProviders>
        <App />
      </AppProviders>,
    );
    act(() => {
      useSourceStore.setState({ reading: 'acled-iraq.json' });
      useSourceStore.getState().setProgress('acled-iraq.json', { n: 30_000, unit: 'events' });
    });
    expect(screen.getByText(/^Reading .acled-iraq\.json.… 30,000 events checked$/)).toBeInTheDocument();
  });
});
