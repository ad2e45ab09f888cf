import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useViewStore } from '../lib/store/view-store';
import { defaultViewState } from '../lib/store/view-state';
import { initI18n, loadLanguage, loadReasons } from '../lib/i18n';

initI18n();
// Loaded on demand in the app (see loadReasons, loadLanguage); at hand in every test.
await loadReasons();
await loadLanguage('ar');

afterEach(() => {
  cleanup();
  useViewStore.setState({ ...defaultViewState });
  // (A test file may run in Node's environment instead, without a window.)
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

// jsdom's TextEncoder returns another realm's Uint8Array, which the Parquet writer's
// `instanceof Uint8Array` refuses: copy its output into this realm's.
const NodeEncoder = globalThis.TextEncoder;
globalThis.TextEncoder = class extends NodeEncoder {
  override encode(s?: string) {
    return new Uint8Array(super.encode(s));
  }
} as typeof TextEncoder;
