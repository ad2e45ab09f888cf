import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { AppProviders } from '../app/providers';
import { DATASET_URL, datasetQueryOptions } from '../lib/dataset/api';
import { LoadedDatasetContext, loadedFrom, type LoadedDataset } from '../lib/dataset/loaded-dataset';
import { parseText } from '../lib/dataset/parse-core';
import { buildIndex } from '../lib/dataset/indexes';
import { eventsOf } from '../lib/dataset/event-store';
import type { Dataset } from '../lib/dataset/schema';
import { LayersProvider } from '../lib/layers/layers-provider';
import { FiltersProvider } from '../lib/filters/filters-provider';

type Bundled = LoadedDataset & { data: Dataset };
let cached: Bundled | null = null;
/** The bundled dataset, parsed and indexed once for all tests; for tests, its data keeps its
 * events too, as a list in the index's (date) order. */
export function bundled(): Bundled {
  if (!cached) {
    const p = parseText(readFileSync('data/iraq-drawdown.json', 'utf8'), DATASET_URL);
    const loaded = loadedFrom(p, buildIndex(p.data, p.search), DATASET_URL);
    cached = { ...loaded, data: { ...loaded.data, events: eventsOf(loaded.index.events) } };
  }
  return cached;
}

/** Renders under the app's providers with the dataset already loaded, as the shell guarantees. */
export function setup(ui: ReactElement, dataset: LoadedDataset = bundled()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, dataset);
  const user = userEvent.setup();
  return {
    user,
    client,
    ...render(
      <AppProviders client={client}>
        <LoadedDatasetContext value={dataset}>
          <LayersProvider main={dataset}>
            <FiltersProvider>{ui}</FiltersProvider>
          </LayersProvider>
        </LoadedDatasetContext>
      </AppProviders>,
    ),
  };
}
