import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useViewStore } from '../lib/store/view-store';
import { defaultViewState } from '../lib/store/view-state';
import { initI18n } from '../lib/i18n';

initI18n();

afterEach(() => {
  cleanup();
  useViewStore.setState({ ...defaultViewState });
  window.history.replaceState(null, '', '/');
});
