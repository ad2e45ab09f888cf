import { describe, expect, it } from 'vitest';
import enShell from './en.json';
import arShell from './ar.json';
import enReasons from './reasons/en.json';
import arReasons from './reasons/ar.json';

// The page's strings and the namespace it loads when a file sets rows aside, checked alike.
const en = { ...enShell, reasons: enReasons };
const ar = { ...arShell, reasons: arReasons };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key, with plural suffixes folded to the base key, and the plural forms per base key. */
function keys(obj: object, prefix = ''): { base: Set<string>; plurals: Map<string, Set<string>> } {
  const base = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  const walk = (o: object, p: string) => {
    for (const [k, v] of Object.entries(o)) {
      const path = p ? `${p}.${k}` : k;
      if (v && typeof v === 'object') walk(v, path);
      else {
        const m = PLURAL.exec(path);
        const b = m ? path.slice(0, -m[0].length) : path;
        base.add(b);
        if (m) plurals.set(b, (plurals.get(b) ?? new Set()).add(m[1]!));
      }
    }
  };
  walk(obj, prefix);
  return { base, plurals };
}

describe('translations', () => {
  const e = keys(en);
  const a = keys(ar);

  it('Arabic has every English key and no stray ones', () => {
    expect([...e.base].filter((k) => !a.base.has(k))).toEqual([]);
    expect([...a.base].filter((k) => !e.base.has(k))).toEqual([]);
  });

  it('Arabic plurals have all six forms, English plurals one and other', () => {
    const need = (forms: string[], have: Map<string, Set<string>>) =>
      [...have].filter(([, f]) => forms.some((x) => !f.has(x))).map(([k]) => k);
    expect(need(['zero', 'one', 'two', 'few', 'many', 'other'], a.plurals)).toEqual([]);
    expect(need(['one', 'other'], e.plurals)).toEqual([]);
    expect([...e.plurals.keys()].sort()).toEqual([...a.plurals.keys()].sort());
  });

  it('Arabic fills in the values English does, no more and no fewer', () => {
    const strings = (o: object, p = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' ? strings(v as object, `${p}${k}.`) : [[`${p}${k}`, String(v)]],
      );
    const names = (s: string) => [...new Set(s.match(/\{\{\w+\}\}/g))].sort().join(' ');
    const base = (k: string) => k.replace(PLURAL, '');
    const english = new Map(strings(en).map(([k, v]) => [base(k), names(v)]));
    // A plural form may leave the count out ("two" says it in words), but names nothing else.
    const odd = strings(ar).filter(([k, v]) => {
      const want = english.get(base(k))!.split(' ');
      const have = names(v).split(' ');
      return (
        have.some((n) => n && !want.includes(n)) || (!PLURAL.test(k) && names(v) !== english.get(base(k)))
      );
    });
    expect(odd.map(([k]) => k)).toEqual([]);
  });

  it('no Arabic string is left in English', () => {
    const latinOnly: string[] = [];
    const walk = (o: object, p: string): void =>
      Object.entries(o).forEach(([k, v]) => {
        if (typeof v === 'object') return walk(v, `${p}${k}.`);
        const words = String(v).replace(/\{\{\w+\}\}/g, '');
        if (/[A-Za-z]/.test(words) && !/[\u0600-\u06FF]/.test(words)) latinOnly.push(`${p}${k}`);
      });
    walk(ar, '');
    // Only the language toggle, which names English in English.
    expect(latinOnly).toEqual(['app.switchLanguage']);
  });
});
