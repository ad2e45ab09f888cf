import { dayOrderIn, type DayOrderSeen } from './dates';
import { around, DAY_ORDER_SAMPLE, type Unreadable } from './around';

export { DAY_ORDER_SAMPLE, type Unreadable };

/** What a CSV's beginning says of all of it (see DAY_ORDER_SAMPLE). */
export interface CsvSample {
  dayOrder: DayOrderSeen | null;
  unreadable: Unreadable | null;
}

/**
 * Where a file's text first has a letter it could not be read as. A CSV saved by Excel as
 * "CSV (Comma delimited)" is in Windows' own code page (1252, or 1256 on Arabic Windows), not
 * UTF-8: its accented and Arabic letters all become U+FFFD, and the analyst should be told.
 */
export function unreadableIn(text: string): Unreadable | null {
  const at = text.indexOf('\uFFFD');
  return at < 0 ? null : around(text, at);
}

/** What a file's sample found, as a summary keeps it: nothing where it found nothing. */
export const seen = ({
  dayOrder,
  unreadable,
}: {
  dayOrder?: DayOrderSeen | null | undefined;
  unreadable?: Unreadable | null | undefined;
}): { dayOrder?: DayOrderSeen; unreadable?: Unreadable } => ({
  ...(dayOrder ? { dayOrder } : {}),
  ...(unreadable ? { unreadable } : {}),
});

/**
 * A CSV's beginning read once for what every row needs to know (see CsvSample). `utf8`: whether
 * its bytes were UTF-8, when they are at hand; a file that is keeps any � it holds as written
 * (its letters were lost before it was saved, not in this reading), so it gets no note.
 */
export const sampleOf = (text: string, utf8 = false): CsvSample => ({
  dayOrder: dayOrderIn(text),
  unreadable: utf8 ? null : unreadableIn(text),
});

/** Whether bytes are UTF-8 so far (a letter cut at their end is not held against them). */
function utf8Check() {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let valid = true;
  return {
    add(bytes: Uint8Array | ArrayBuffer) {
      if (!valid) return;
      try {
        strict.decode(bytes, { stream: true });
      } catch {
        valid = false;
      }
    },
    valid: () => valid,
  };
}

/**
 * A CSV's beginning read before its rows are (see CsvSample), and the CSV to read them from: a
 * Blob as it was; a stream teed, so its first bytes are read twice but never waited for twice.
 * Decoded as a stream, so a letter cut in two at the sample's end is not taken for an
 * unreadable one.
 */
export async function withSample(
  source: Blob | ReadableStream<Uint8Array>,
): Promise<{ body: ReadableStream<Uint8Array>; sample: CsvSample }> {
  const decoder = new TextDecoder();
  const utf8 = utf8Check();
  if (source instanceof Blob) {
    const head = await source.slice(0, DAY_ORDER_SAMPLE).arrayBuffer();
    utf8.add(head);
    return { body: source.stream(), sample: sampleOf(decoder.decode(head, { stream: true }), utf8.valid()) };
  }
  const [sample, body] = source.tee();
  const reader = sample.getReader();
  let text = '';
  while (text.length < DAY_ORDER_SAMPLE) {
    const { done, value } = await reader.read();
    if (done) break;
    utf8.add(value);
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel();
  return { body, sample: sampleOf(text, utf8.valid()) };
}
