import { describe, expect, it } from 'vitest';
import { defaultViewState, parseSearch, toSearch } from './view-state';
import { mainLayer } from '../layers/layer-ref';

describe('URL view state', () => {
  it('round-trips every field', () => {
    const s = {
      ...defaultViewState,
      from: '2020-01-01',
      to: '2020-06-30',
      provinces: ['IQ-AN', 'IQ-KI'],
      types: ['attack'],
      bases: ['taji'],
      text: 'عين الأسد',
      selected: '2020-03-taji-attacks',
      lang: 'ar' as const,
      digits: 'latn' as const,
      dataUrl: '/data/other.csv',
      sourceTypes: ['Battles › Armed clash', 'Protests › Peaceful protest'],
      radiusKm: 7.5,
      at: '2020-01-03',
      hash: '52d82d6d3d81ad1f',
      compare: { anchor: '2020-08-23-taji-handover', days: 90, map: true },
      notes: [
        {
          id: 'n1',
          from: '2020-01-03',
          to: null,
          text: 'مقتل سليماني — turning point',
          province: 'IQ-BG',
          base: null,
        },
      ],
      layers: [
        mainLayer(),
        { key: '/data/acled.csv', source: '/data/acled.csv', name: null, color: 1, visible: true },
        // A local file travels by name, and is missing where the link is opened.
        { key: 'missing:my file.csv', source: 'my file.csv', name: null, color: 2, visible: true },
      ],
      shadeLayer: '/data/acled.csv',
    };
    // The selection's layer and the table's are not in links.
    const { selectedLayer, tableLayer, ...linked } = s;
    expect([selectedLayer, tableLayer]).toEqual([null, null]);
    expect(parseSearch(toSearch(s))).toEqual({ state: linked, invalid: [] });
  });

  it('carries only visible layers, in order, and a local file by name', () => {
    const s = {
      ...defaultViewState,
      layers: [
        mainLayer(),
        { key: 'file:3', source: 'acled week.csv', name: 'Mine', color: 3, visible: true },
        { key: '/data/hidden.csv', source: '/data/hidden.csv', name: null, color: 1, visible: false },
        { key: '/data/b.json', source: '/data/b.json', name: null, color: 2, visible: true },
      ],
    };
    const search = toSearch(s);
    expect(new URLSearchParams(search).getAll('layer')).toEqual(['file:acled week.csv', '/data/b.json']);
    expect(parseSearch(search).state.layers?.map((l) => l.key)).toEqual([
      'main',
      'missing:acled week.csv',
      '/data/b.json',
    ]);
    expect(parseSearch('?layer=https://evil.example/x.csv&layer=/data/ok.csv').invalid).toEqual(['layer']);
    // A local file's name is shown as the link gives it: nothing that breaks or reorders it.
    for (const name of ['a\nb.csv', 'a\u0085b.csv', '\u202Evsc.exe', 'a\\b.csv'])
      expect(parseSearch(`?layer=${encodeURIComponent(`file:${name}`)}`).invalid).toEqual(['layer']);
    expect(parseSearch(`?layer=${encodeURIComponent('file:مسح ‏٢٠٢٠.csv')}`).state.layers?.[1]?.source).toBe(
      'مسح ‏٢٠٢٠.csv',
    );
  });

  it("carries the layers' names and colours as the analyst gave them, and nothing when they are the defaults", () => {
    const s = {
      ...defaultViewState,
      layers: [
        { ...mainLayer(), name: 'المسجَّل', color: 1 },
        { key: 'file:3', source: 'acled week.csv', name: 'Mine & yours?', color: 3, visible: true },
        { key: '/data/b.json', source: '/data/b.json', name: '  ', color: 2, visible: true },
      ],
    };
    const search = toSearch(s);
    const sp = new URLSearchParams(search);
    expect(sp.getAll('lname')).toEqual(['المسجَّل', 'Mine & yours?', '']);
    expect(sp.get('lcolor')).toBe('blue,purple,green');
    const back = parseSearch(search);
    expect(back.invalid).toEqual([]);
    expect(back.state.layers?.map((l) => [l.key, l.name, l.color])).toEqual([
      ['main', 'المسجَّل', 1],
      ['missing:acled week.csv', 'Mine & yours?', 3],
      ['/data/b.json', null, 2],
    ]);
    // Default names and colours: the link says nothing of them.
    const plain = toSearch({ ...s, layers: s.layers.map((l, k) => ({ ...l, name: null, color: k })) });
    expect(plain).not.toMatch(/lname|lcolor/);
  });

  it("refuses layers' names and colours that do not fit, and names the parameter", () => {
    const two = '?layer=/data/a.csv';
    expect(parseSearch(`${two}&lname=A`).invalid).toEqual(['lname']);
    expect(parseSearch(`${two}&lname=A&lname=${'x'.repeat(121)}`).invalid).toEqual(['lname']);
    expect(parseSearch(`${two}&lname=A&lname=B%E2%80%AEC`).invalid).toEqual(['lname']);
    expect(parseSearch(`${two}&lname=A&lname=B%0AC`).invalid).toEqual(['lname']);
    // A right-to-left mark only sets a direction: Arabic text copied from a source often has one.
    expect(parseSearch(`${two}&lname=A&lname=%D8%A3%E2%80%8F`).state.layers?.[1]?.name).toBe('أ\u200f');
    expect(parseSearch(`${two}&lcolor=red,pink`).invalid).toEqual(['lcolor']);
    expect(parseSearch(`${two}&lcolor=red`).invalid).toEqual(['lcolor']);
    // Each refused alone: the layers keep the link's other looks.
    const r = parseSearch(`${two}&lname=A&lname=B&lcolor=red,pink`);
    expect(r.invalid).toEqual(['lcolor']);
    expect(r.state.layers?.map((l) => [l.name, l.color])).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
    // The main dataset alone can be named.
    expect(parseSearch('?lname=Curated').state.layers?.map((l) => l.name)).toEqual(['Curated']);
  });

  it('resets only the malformed parameters and names them', () => {
    const r = parseSearch('?from=2020-13-45&gov=IQ-AN,<script>&type=attack&lang=fr');
    expect(r.invalid.sort()).toEqual(['from', 'gov', 'lang']);
    expect(r.state).toEqual({ types: ['attack'] });
  });

  it.each([
    ['q', 'x'.repeat(201)],
    ['gov', Array.from({ length: 51 }, () => 'IQ-AN').join(',')],
    ['type', 'attack,picnic'],
    ['base', 'Taji'],
    ['sel', '../etc'],
    ['digits', 'roman'],
    ['to', '2021-02-29'],
  ])('refuses %s=%s and keeps the rest', (name, value) => {
    const r = parseSearch(`?${name}=${encodeURIComponent(value)}&q=taji`);
    expect(r.invalid).toEqual([name]);
    if (name !== 'q') expect(r.state).toEqual({ text: 'taji' });
  });

  it('drops a reversed range', () => {
    const r = parseSearch('?from=2021-01-01&to=2020-01-01');
    expect(r.state.from).toBeUndefined();
    expect(r.invalid).toContain('from');
  });

  it('writes nothing for defaults but the language', () => {
    expect(toSearch(defaultViewState)).toBe('?lang=en');
  });
});

describe('?data=', () => {
  it.each([
    ['https://evil.example/x.json'],
    ['//evil.example/x.json'],
    ['javascript:alert(1)//.json'],
    ['/data/not-json.txt'],
    ['data:application/json,{}'],
    ['/data/a\\b.json'],
    ['/data/a\tb.json'],
    ['/data/a\u0085b.json'],
    // Shown as "/data/nosj.txt" by the bidi override.
    ['/data/\u202Etxt.json'],
  ])('refuses %s', (v) => {
    expect(parseSearch(`?data=${encodeURIComponent(v)}`).invalid).toEqual(['data']);
  });
  it('accepts a JSON file on the same origin', () => {
    expect(parseSearch('?data=/data/mine.json').state.dataUrl).toBe('/data/mine.json');
  });
});
