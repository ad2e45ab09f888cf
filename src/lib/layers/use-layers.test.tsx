import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../store/view-store';
import { useLocale } from '../use-locale';
import { useLayers, type ShownLayer } from './use-layers';
import en from '../i18n/en.json';
import ar from '../i18n/ar.json';

describe('the layers at a switch of language', () => {
  it("name the curated record in the new language, and stay the same layers (the views' rows are not made again)", () => {
    const seen: ShownLayer[][] = [];
    function Names() {
      const layers = useLayers();
      const { text } = useLocale();
      seen.push(layers);
      return <p>{layers.map((l) => text(l.name)).join(', ')}</p>;
    }
    setup(<Names />);
    expect(screen.getByText(en.layers.curated)).toBeInTheDocument();
    act(() => useViewStore.getState().setLang('ar'));
    expect(screen.getByText(ar.layers.curated)).toBeInTheDocument();
    act(() => useViewStore.getState().setLang('en'));
    expect(screen.getByText(en.layers.curated)).toBeInTheDocument();
    // Every render of the three languages shown read one list of layers: what the views
    // compute from it (the table's order, the rug, the map's clusters) stays as it was.
    expect(new Set(seen).size).toBe(1);
  });
});
