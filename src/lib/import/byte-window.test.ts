import { describe, expect, it } from 'vitest';
import { ByteWindow } from './byte-window';
import { rng } from '../../../scripts/synth-lib';

describe('a window on a file as it arrives', () => {
  it('gives back any stretch still wanted, as the file has it, while it moves and grows', () => {
    const r = rng(7);
    for (let k = 0; k < 50; k++) {
      const file = Uint8Array.from({ length: 5_000 }, () => Math.floor(r() * 256));
      const w = new ByteWindow(16);
      let keep = 0;
      for (let at = 0; at < file.length;) {
        const piece = file.slice(at, (at += 1 + Math.floor(r() * 40)));
        w.add(piece, keep);
        const end = Math.min(at, file.length);
        expect(w.end).toBe(end);
        // Wanted from `keep` on: any stretch of that reads as the file does.
        const a = keep + Math.floor(r() * (end - keep));
        const b = a + Math.floor(r() * (end - a + 1));
        expect(w.copy(a, b)).toEqual(file.slice(a, b));
        expect(w.from(a)).toEqual(file.slice(a, end));
        // Sometimes little is let go (the window grows), sometimes all but the last bytes.
        if (r() < 0.7) keep = Math.max(keep, end - Math.floor(r() * (r() < 0.2 ? 400 : 20)));
      }
    }
  });
});

describe('a stretch copied for a part', () => {
  const file = Uint8Array.from({ length: 1_000 }, (_, k) => k % 251);
  const window = () => {
    const w = new ByteWindow(64);
    w.add(file, 0);
    return w;
  };

  it('goes into the buffer given, when it is large enough', () => {
    const spare = new ArrayBuffer(600);
    const got = window().copy(100, 600, spare);
    expect(got.buffer).toBe(spare);
    expect(got).toEqual(file.slice(100, 600));
  });

  it('goes into a new buffer with room to spare, when the one given is too small or none is', () => {
    const small = new ArrayBuffer(499);
    const got = window().copy(100, 600, small);
    expect(got.buffer).not.toBe(small);
    expect(got).toEqual(file.slice(100, 600));
    expect(got.buffer.byteLength).toBeGreaterThan(500);
    expect(window().copy(0, 1_000)).toEqual(file);
  });
});
