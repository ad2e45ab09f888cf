import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { AppProviders } from './providers';
import { App } from './app';
import { useSourceStore } from '../lib/dataset/load-status';

afterEach(async () => {
  // The loader starts importing the parser with the download: let it finish before teardown.
  await import('../lib/dataset/parse-core');
  vi.restoreAllMocks();
  useSourceStore.setState({ checked: null, reading: null });
});

describe('App while a dataset loads', () => {
  it('counts the events checked so far, in the reader’s numbers', async () => {
    // A download that never ends: the app stays on its loading screen.
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    render(
      <AppProviders>
        <App />
      </AppProviders>,
    );
    expect(await screen.findByText('Loading the dataset…')).toBeInTheDocument();
    act(() => useSourceStore.setState({ checked: 20_000 }));
    expect(screen.getByText('Loading the dataset… 20,000 events checked')).toBeInTheDocument();
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
    act(() => useSourceStore.setState({ reading: 'acled-iraq.json', checked: 30_000 }));
    expect(screen.getByText(/^Reading .acled-iraq\.json.… 30,000 events checked$/)).toBeInTheDocument();
  });
});
