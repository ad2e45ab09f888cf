import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { presetsFor } from './presets';

const { data } = bundled();
const withSpan = (from: string, to: string) => ({ ...data, meta: { ...data.meta, focus: { from, to } } });
const named = (d: typeof data) => presetsFor(d).map((p) => [p.years, p.from, p.to]);

describe('the date presets', () => {
  it("are the curated record's drawdown years, as they always were", () => {
    expect(data.meta.focus).toEqual({ from: '2019-10', to: '2021-12' });
    expect(named(data)).toEqual([
      [null, null, null],
      ['2019–2020', '2019-01-01', '2020-12-31'],
      ['2021', '2021-01-01', '2021-12-31'],
    ]);
  });

  it("follow another file's span: its last year and the two before", () => {
    const ucdp = {
      ...data,
      meta: { ...data.meta, focus: undefined, coverage: { from: '2005-03-07', to: '2019-06-23' } },
    };
    expect(named(ucdp).slice(1)).toEqual([
      ['2017–2018', '2017-01-01', '2018-12-31'],
      ['2019', '2019-01-01', '2019-12-31'],
    ]);
  });

  it('name no year the span does not reach', () => {
    expect(named(withSpan('2021-03', '2022-06')).map((p) => p[0])).toEqual([null, '2021', '2022']);
    expect(named(withSpan('2022-01-05', '2022-06')).map((p) => p[0])).toEqual([null, '2022']);
  });
});
