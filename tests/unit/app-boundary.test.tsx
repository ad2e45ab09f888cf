import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../../src/app/providers';
import { App } from '../../src/app/app';
import { bundled } from '../../src/test/render';
import { datasetQueryOptions } from '../../src/lib/dataset/api';
import { useViewStore } from '../../src/lib/store/view-store';

// A header that cannot draw: a bad string in the dataset's title, say.
vi.mock('../../src/app/header', () => ({
  Header: () => {
    throw new Error('the title could not be drawn');
  },
}));

afterEach(() => vi.restoreAllMocks());

describe('the app-level error boundaries', () => {
  it('keep the page when the header fails, and offer the way back to the bundled data', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const client = new QueryClient();
    client.setQueryData(datasetQueryOptions().queryKey, bundled());
    useViewStore.setState({ dataUrl: '/data/other.json' });
    client.setQueryData(datasetQueryOptions('/data/other.json').queryKey, bundled());
    render(
      <AppProviders client={client}>
        <App />
      </AppProviders>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This view failed: the title could not be drawn');
    // The dashboard is still there.
    expect(await screen.findByRole('form', { name: 'Filters' })).toBeInTheDocument();
    within(screen.getByRole('alert')).getByRole('button', { name: 'Back to the bundled dataset' }).click();
    expect(useViewStore.getState().dataUrl).toBeNull();
  });
});
