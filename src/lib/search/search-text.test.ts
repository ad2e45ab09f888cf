import { describe, expect, it } from 'vitest';
import { packStrings } from '../dataset/packed-strings';
import { matchesQuery, normalizeForSearch } from './normalize';
import { SearchText } from './search-text';

const texts = [
  'rocket attack on al asad',
  '',
  'rock',
  'et attack',
  'قصف صاروخي على قاعدة عين الاسد',
  '😀 astral rocket',
  'rocketrocket rocket',
  'attack',
  '',
  'a',
].map(normalizeForSearch);

describe('SearchText', () => {
  it('finds what matchesQuery finds in each text on its own, across chunks, never across two texts', () => {
    // Sent in chunks as the worker sends them (cloned), one of them empty.
    const parts = [texts.slice(0, 3), [], texts.slice(3, 7), texts.slice(7)].map((p) =>
      structuredClone(packStrings(p)),
    );
    const search = new SearchText(parts);
    expect(search.length).toBe(texts.length);
    // "rock" + "et" meet only where two texts are joined; "rocket attack" needs both words.
    for (const q of [
      'rocket',
      'rock',
      'rocket attack',
      'attack rocket',
      'et',
      'ka',
      'صاروخي',
      'عين قصف',
      'astral',
      'a',
      'rocket rocket',
      'none',
    ]) {
      const want = texts.map((t) => (matchesQuery(t, q) ? 1 : 0));
      expect([...search.matches(q)], q).toEqual(want);
    }
  });

  it('finds words by any of their bytes: random texts and queries over a small alphabet', () => {
    // Few letters, one rare (z) and one two-byte (ب): words overlap, repeat, and meet at
    // text and chunk edges, whichever byte the search starts from.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const letters = 'aaaabbbcz ب';
    const word = (n: number) => Array.from({ length: n }, () => letters[random(letters.length)]).join('');
    const many = Array.from({ length: 400 }, () => normalizeForSearch(word(random(30))));
    const parts = [many.slice(0, 150), many.slice(150, 151), many.slice(151)].map(packStrings);
    const search = new SearchText(parts);
    let found = 0;
    for (let k = 0; k < 300; k++) {
      const q = normalizeForSearch(word(1 + random(4)));
      if (!q) continue;
      const want = many.map((t) => (matchesQuery(t, q) ? 1 : 0));
      found += want.filter(Boolean).length;
      expect([...search.matches(q)], q).toEqual(want);
    }
    expect(found).toBeGreaterThan(1_000);
  });
});
