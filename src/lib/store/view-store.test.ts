import { describe, expect, it } from 'vitest';
import { useViewStore } from './view-store';

describe('view store', () => {
  it('Reset clears the filters but keeps the language, digits and the dataset being read', () => {
    const s = useViewStore.getState();
    s.hydrate({
      lang: 'ar',
      digits: 'latn',
      dataUrl: '/data/mine.json',
      provinces: ['IQ-AN'],
      from: '2020-01-01',
      text: 'x',
    });
    useViewStore.getState().reset();
    const after = useViewStore.getState();
    expect(after).toMatchObject({
      lang: 'ar',
      digits: 'latn',
      dataUrl: '/data/mine.json',
      provinces: [],
      from: null,
      text: '',
    });
  });

  it('orders a reversed range and toggles facet values', () => {
    const s = useViewStore.getState();
    s.setRange('2021-01-01', '2020-01-01');
    expect(useViewStore.getState()).toMatchObject({ from: '2020-01-01', to: '2021-01-01' });
    s.toggle('types', 'attack');
    s.toggle('types', 'strike');
    s.toggle('types', 'attack');
    expect(useViewStore.getState().types).toEqual(['strike']);
  });
});
