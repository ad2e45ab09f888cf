import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { memoTally, tallyWithoutRows } from './filter-tally';
import { filterEvents } from './filter-events';
import { tallyMonths } from '../dataset/month-tally';
import { buildIndex } from '../dataset/indexes';
import { synthesize } from '../../../scripts/synth-lib';

// What the tally gives is checked against counting each event in aggregate.test.ts.
describe("the attack chart's tally", () => {
  const idx = buildIndex(synthesize(bundled().data, 2_000, 3));
  const f = { from: null, to: null, provinces: ['IQ-AN'], types: [], bases: [], text: '' };

  it('needs the rows when the filters select more than governorates', () => {
    expect(tallyWithoutRows(idx, { ...f, provinces: [] })).toBe(idx.months);
    expect(tallyWithoutRows(idx, { ...f, from: '2020-01' })).toBeNull();
    expect(tallyWithoutRows(idx, { ...f, from: '2020-01' }, ['date'])).not.toBeNull();
    expect(tallyWithoutRows(idx, { ...f, types: ['attack'] })).toBeNull();
    expect(tallyWithoutRows(idx, { ...f, text: 'rocket' })).toBeNull();
    expect(tallyWithoutRows(idx, { ...f, bases: ['taji'] })).toBeNull();
  });

  it('gives no attacks for a governorate the file does not have (a crafted link), as its rows do', () => {
    const unknown = { ...f, provinces: ['IQ-ZZ'] };
    expect(filterEvents(idx, unknown)).toHaveLength(0);
    const t = tallyWithoutRows(idx, unknown)!;
    expect(t.unplaced).toBe(0);
    expect([...t.attacks, ...t.possible].every((n) => n === 0)).toBe(true);
    expect(Number.isFinite(t.first)).toBe(false);
  });

  it('is the tally of the rows when it needs them', () => {
    const dated = { ...f, from: '2020-01', to: '2020-12' };
    expect(memoTally(idx, dated)).toEqual(tallyMonths(idx, filterEvents(idx, dated), idx.months));
    expect(memoTally(idx, dated).attacks).not.toEqual(memoTally(idx, f).attacks);
  });

  it('is the same object when only an ignored facet changed, so the chart is not drawn again', () => {
    const before = memoTally(idx, f, ['date']);
    expect(memoTally(idx, { ...f, from: '2020-01', to: '2020-06' }, ['date'])).toBe(before);
    expect(memoTally(idx, { ...f, provinces: ['IQ-BG'] }, ['date'])).not.toBe(before);
  });
});
