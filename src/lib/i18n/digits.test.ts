import { describe, expect, it } from 'vitest';
import { ANY_DIGIT, digitValue } from './languages';

// Written out, not derived: the sets a reader may type.
const SETS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

describe('digit sets', () => {
  it('reads each digit of each set as its value', () => {
    for (const set of SETS)
      expect([...set].map((d) => digitValue(d.charCodeAt(0)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('matches those thirty digits and nothing else, as a pattern and as a value', () => {
    const one = new RegExp(`^${ANY_DIGIT}$`);
    const matched: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(one.test(ch)).toBe(digitValue(c) >= 0);
      if (one.test(ch)) matched.push(ch);
    }
    expect(matched.join('')).toBe(SETS.join(''));
  });
});
