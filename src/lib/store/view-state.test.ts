import { describe, expect, it } from 'vitest';
import { defaultViewState, parseSearch, toSearch } from './view-state';

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
    };
    expect(parseSearch(toSearch(s))).toEqual({ state: s, invalid: [] });
  });

  it('resets only the malformed parameters and names them', () => {
    const r = parseSearch('?from=2020-13-45&gov=IQ-AN,<script>&type=attack&lang=fr');
    expect(r.invalid.sort()).toEqual(['from', 'gov', 'lang']);
    expect(r.state).toEqual({ types: ['attack'] });
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
