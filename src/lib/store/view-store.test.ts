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

  it('adds layers once each in free colours, and removing one clears what pointed at it', () => {
    useViewStore.getState().hydrate({});
    const s = useViewStore.getState();
    s.addLayer('/data/a.csv', '/data/a.csv');
    s.addLayer('/data/a.csv', '/data/a.csv');
    s.addLayer('file:1', 'b.csv');
    expect(useViewStore.getState().layers.map((l) => [l.key, l.color])).toEqual([
      ['main', 0],
      ['/data/a.csv', 1],
      ['file:1', 2],
    ]);
    s.setShadeLayer('file:1');
    s.select('acled-x', 'file:1');
    s.removeLayer('file:1');
    s.removeLayer('main');
    expect(useViewStore.getState()).toMatchObject({
      shadeLayer: 'main',
      selected: null,
      selectedLayer: null,
    });
    expect(useViewStore.getState().layers.map((l) => l.key)).toEqual(['main', '/data/a.csv']);
  });

  it("keeps a file opened in this tab when back restores a link naming it, with the link's name and colour", () => {
    useViewStore.getState().hydrate({});
    const s = useViewStore.getState();
    s.addLayer('file:7', 'mine.csv');
    s.updateLayer('file:7', { name: 'My ACLED pull', color: 4 });
    // The entry before the colour was changed: links carry names and colours, so back undoes it.
    s.hydrate({
      layers: [
        useViewStore.getState().layers[0]!,
        { key: 'missing:mine.csv', source: 'mine.csv', name: 'My ACLED pull', color: 1, visible: true },
      ],
    });
    expect(useViewStore.getState().layers[1]).toMatchObject({
      key: 'file:7',
      name: 'My ACLED pull',
      color: 1,
    });
  });
});
