import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch as n, packFolded } from './normalize';
import { DIGIT_ZEROS } from '../i18n/languages';

describe('normalizeForSearch', () => {
  it('folds hamza forms of alef: "الانبار" finds "الأنبار"', () => {
    expect(n('الأنبار')).toBe(n('الانبار'));
    expect(matchesQuery(n('محافظة الأنبار غرب العراق'), n('الانبار'))).toBe(true);
  });
  it('folds the alef of "عين الاسد" to find "عين الأسد"', () => {
    expect(matchesQuery(n('قاعدة عين الأسد الجوية'), n('عين الاسد'))).toBe(true);
  });
  it('strips tashkeel and tatweel', () => {
    expect(n('بَغْدَاد')).toBe('بغداد');
    expect(n('بغـــداد')).toBe('بغداد');
  });
  it('folds teh marbuta, alef maksura and hamza carriers', () => {
    expect(n('القيارة')).toBe(n('القياره'));
    expect(n('ديالى')).toBe(n('ديالي'));
    expect(n('مؤتمر')).toBe(n('موتمر'));
    expect(n('رئيس')).toBe(n('رييس'));
  });
  it('maps Arabic-Indic digits to ASCII', () => {
    expect(n('٥٢٠٠ جندي')).toBe('5200 جندي');
    expect(n('۳۰')).toBe('30');
  });
  it('folds every digit of every set the language table names', () => {
    for (const zero of DIGIT_ZEROS)
      for (let d = 0; d < 10; d++) expect(n(String.fromCharCode(zero + d))).toBe(String(d));
  });
  it('is case- and accent-insensitive in Latin script', () => {
    expect(n('Ain AL-Asad')).toBe('ain al asad');
    expect(n('Qāʾim')).toContain('qa');
  });
  it('needs every word of the query', () => {
    expect(matchesQuery(n('Camp Taji handed back'), n('taji camp'))).toBe(true);
    expect(matchesQuery(n('Camp Taji handed back'), n('taji balad'))).toBe(false);
  });
});

describe('packFolded', () => {
  // Written apart from normalizeForSearch's own tests: what the worker sends must be the very
  // bytes that folding each text and encoding it gives, whatever the script.
  const texts = [
    '',
    '   ',
    'Rocket attack on Ain al-Asad — 2 wounded.',
    'هجوم صاروخي على قاعدة عَيْن الأَسَد الجويـــة ٥٢٠٠',
    'Qāʾim, Mosul; "Erbil" (KRG) [Kurdistan] / Ninewa',
    'ﬁre at the ĲSSEL depot', // ligatures: NFKD makes them longer
    'Qā’im and Ḩadīthah, Şalāḩ ad Dīn: أ ۀ ٵ', // accents stripped; Arabic decomposed alike
    'İSTANBUL Ωmega ΣΑΣ Привет', // capitals outside ASCII: lower-cased, İ grows
    'emoji 🚀 and a lone \ud800 surrogate',
    'control\u0001char and DEL\u007f',
    'mixed عربي and English, with a tab\tand a newline\n',
    'x'.repeat(70_000) + ' end', // longer than the reused buffer
    'قصف'.repeat(30_000),
  ];
  const encoder = new TextEncoder();
  const expected = (list: string[]) => {
    const parts = list.map((t) => encoder.encode(n(t)));
    const bytes = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
    const ends: number[] = [];
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      ends.push((at += p.length));
    }
    return { bytes, ends };
  };

  const decoder = new TextDecoder();
  const sameBytes = (got: Uint8Array, want: Uint8Array) => {
    expect(decoder.decode(got)).toBe(decoder.decode(want)); // a readable diff first
    expect(Buffer.compare(got, want)).toBe(0);
  };

  it('gives the bytes of each text folded and encoded, and where each ends', () => {
    const packed = packFolded(texts);
    const want = expected(texts);
    expect(Array.from(packed.ends)).toEqual(want.ends);
    sameBytes(packed.bytes, want.bytes);
  });

  it('gives a short list the same bytes after a long one, and leaves those of the long one as they were', () => {
    const long = packFolded(texts);
    const short = ['Ain al-Asad', 'عين الأسد'];
    const packed = packFolded(short);
    const want = expected(short);
    expect(Array.from(packed.ends)).toEqual(want.ends);
    sameBytes(packed.bytes, want.bytes);
    sameBytes(long.bytes, expected(texts).bytes);
  });

  it('holds for random text over ASCII, Arabic, accents and other scripts', () => {
    const alphabet = [
      'a',
      'Z',
      ' ',
      '-',
      '.',
      'ب',
      'أ',
      'ة',
      'َ',
      'ـ',
      '٣',
      'é',
      'Ş',
      'Ж',
      '🚀',
      '\u00a0',
      'ā',
      'Ḩ',
      'ǆ',
      'Ĳ',
      '\u06c0',
      '\u0675',
      '\u0301',
      '\u0654',
      '¨',
      'ﻻ',
      'ß',
      'Ø',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const list = Array.from({ length: 300 }, () =>
      Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join(''),
    );
    const packed = packFolded(list);
    const want = expected(list);
    expect(Array.from(packed.ends)).toEqual(want.ends);
    sameBytes(packed.bytes, want.bytes);
  });
});
