import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { synthesize } from '../../../scripts/synth-lib';
import { datasetSchema } from '../../lib/dataset/schema';
import { packEvents } from '../../lib/dataset/event-pack';
import { exportWriter, type WriterMessage, type WriterReply } from './export-writer';

const data = datasetSchema.parse(synthesize(bundled().data, 2_000, 7));
const packed = packEvents(data.events);
const context = { data: { provinces: data.provinces, bases: data.bases } };

/** The file the writer makes of `chunks` copies of the same 2,000 events. */
async function written(chunks: number): Promise<string> {
  let done: Blob | null = null;
  const write = exportWriter((r: WriterReply) => {
    if (r.type === 'done') done = r.blob;
    if (r.type === 'error') throw new Error(r.message);
  });
  const messages: WriterMessage[] = [
    { type: 'start', kind: 'csv' },
    { type: 'part', context },
    ...Array.from({ length: chunks }, () => ({ type: 'events' as const, packed: structuredClone(packed) })),
    { type: 'end' },
  ];
  for (const m of messages) write(m);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await done!.arrayBuffer());
}

describe('export writer', () => {
  it('writes many chunks into one file, each once and in order', async () => {
    const one = await written(1);
    const head = one.slice(0, one.indexOf('\r\n') + 2);
    const body = one.slice(head.length);
    // Tens of megabytes, in as many parts as chunks.
    const n = Math.ceil(20_000_000 / body.length);
    expect(n).toBeGreaterThan(2);
    const many = await written(n);
    expect(many.length).toBe(head.length + n * body.length);
    expect(many).toBe(head + body.repeat(n));
  });
});

describe('export writer, bytes', () => {
  /** The file of a JSON export with no events: its text before and after them, each a chunk of its own. */
  async function bytesOf(prefix: string, suffix: string): Promise<Uint8Array> {
    let done: Blob | null = null;
    const write = exportWriter((r: WriterReply) => {
      if (r.type === 'done') done = r.blob;
    });
    write({ type: 'start', kind: 'json', prefix, suffix });
    write({ type: 'end' });
    return new Uint8Array(await done!.arrayBuffer());
  }

  it('writes every letter as UTF-8, whatever its width, a shorter chunk then a longer one', async () => {
    // Three bytes a unit (CJK), four a pair (𝄞), a lone surrogate as U+FFFD, Arabic's two.
    const prefix = `{"a":"${'語'.repeat(5)}𝄞\uD800"`;
    const suffix = `,"b":"${'語'.repeat(50_000)}${'قصف'.repeat(1000)}"}`;
    // (No events: nothing between the two.)
    const expected = new Uint8Array(await new Blob([prefix, suffix]).arrayBuffer());
    const got = await bytesOf(prefix, suffix);
    expect(got.length).toBe(expected.length);
    expect(new TextDecoder().decode(got)).toBe(new TextDecoder().decode(expected));
    expect(got).toEqual(expected);
  });
});
