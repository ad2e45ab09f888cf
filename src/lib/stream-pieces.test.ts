import { describe, expect, it } from 'vitest';
import { counted, eachPiece } from './stream-pieces';
import { streamOf } from '../test/streams';

const text = (pieces: Uint8Array[]) => pieces.map((p) => new TextDecoder().decode(p)).join('');

type Seen = { pulls: number; cancelled: boolean };

/** The pieces as a stream (see streamOf), counting its pulls and whether it was cancelled. */
const streamFrom =
  (bytes: boolean) =>
  (pieces: string[], seen: Seen = { pulls: 0, cancelled: false }) => {
    const left = pieces.map((p) => new TextEncoder().encode(p));
    return streamOf(() => (seen.pulls++, left.shift() ?? null), {
      bytes,
      cancel: () => void (seen.cancelled = true),
    });
  };
/** As a download's body is: read into its reader's buffers. */
const byteStream = streamFrom(true);
/** A stream that gives pieces of its own. */
const pieceStream = streamFrom(false);

describe('eachPiece', () => {
  it.each([
    ['a byte stream', byteStream],
    ['a stream of pieces', pieceStream],
  ])('reads %s whole, in order', async (_, make) => {
    const got: Uint8Array[] = [];
    await eachPiece(make(['{"a":', '"é', 'ل"}']), (p) => void got.push(p.slice()));
    expect(text(got)).toBe('{"a":"éل"}');
  });

  it('reads a byte stream into one buffer: a piece kept without a copy is empty after the next read', async () => {
    const kept: Uint8Array[] = [];
    const copies: Uint8Array[] = [];
    await eachPiece(byteStream(['first', 'second']), (p) => {
      kept.push(p);
      copies.push(p.slice());
    });
    expect(text(copies)).toBe('firstsecond');
    expect(kept.map((p) => p.byteLength)).toEqual([0, 0]);
  });

  it.each([
    ['a byte stream', byteStream],
    ['a stream of pieces', pieceStream],
  ])('stops reading %s, and cancels it, when a piece is refused', async (_, make) => {
    const seen = { pulls: 0, cancelled: false };
    const got: string[] = [];
    await eachPiece(make(['a', 'b', 'c', 'd'], seen), (p) => {
      got.push(text([p]));
      return got.length < 2;
    });
    expect(got).toEqual(['a', 'b']);
    expect(seen.cancelled).toBe(true);
  });

  it('reads the next piece only once the last one is taken', async () => {
    const seen = { pulls: 0, cancelled: false };
    let release = () => {};
    const order: string[] = [];
    const reading = eachPiece(byteStream(['a', 'b'], seen), async (p) => {
      order.push(text([p]));
      if (order.length === 1) await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual(['a']);
    expect(seen.pulls).toBe(1);
    release();
    await reading;
    expect(order).toEqual(['a', 'b']);
  });
});

describe('counted', () => {
  const limit = (max: number) => (n: number) => (n > max ? new Error(`over ${max}`) : null);

  it.each([
    ['a byte stream', byteStream],
    ['a stream of pieces', pieceStream],
  ])('passes %s on unchanged under the limit', async (_, make) => {
    const got: Uint8Array[] = [];
    await eachPiece(counted(make(['abc', 'déf', 'ghi']), limit(100)), (p) => void got.push(p.slice()));
    expect(text(got)).toBe('abcdéfghi');
  });

  it.each([
    ['a byte stream', byteStream],
    ['a stream of pieces', pieceStream],
  ])('ends %s with the error once past the limit, and reads no further', async (_, make) => {
    const seen = { pulls: 0, cancelled: false };
    const got: string[] = [];
    const reading = eachPiece(
      counted(make(['1234', '5678', '9abc', 'defg', 'hijk'], seen), limit(6)),
      (p) => {
        got.push(text([p]));
      },
    );
    await expect(reading).rejects.toThrow('over 6');
    expect(got).toEqual(['1234']);
    expect(seen.pulls).toBeLessThanOrEqual(3);
  });

  it('keeps a byte stream one: its reader can still bring its own buffer', () => {
    const reader = counted(byteStream(['x']), limit(10)).getReader({ mode: 'byob' });
    expect(reader).toBeDefined();
  });
});
