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
});
