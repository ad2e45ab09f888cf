import { dayOrderIn, type DayOrderSeen } from './dates';

/**
 * How much of a CSV's beginning settles the order of day and month in its dates: ~3,000
 * ACLED rows, which cover weeks, so a day past the 12th all but surely among them.
 */
export const DAY_ORDER_SAMPLE = 1 << 20;

/**
 * The order of day and month in a CSV's numeric dates, read from its beginning before its
 * rows are (each row needs it), and the CSV to read them from: a Blob as it was; a stream
 * teed, so its first bytes are read twice but never waited for twice.
 */
export async function withDayOrder(
  source: Blob | ReadableStream<Uint8Array>,
): Promise<{ body: ReadableStream<Uint8Array>; dayOrder: DayOrderSeen | null }> {
  if (source instanceof Blob)
    return {
      body: source.stream(),
      dayOrder: dayOrderIn(await source.slice(0, DAY_ORDER_SAMPLE).text()),
    };
  const [sample, body] = source.tee();
  const reader = sample.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < DAY_ORDER_SAMPLE) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel();
  return { body, dayOrder: dayOrderIn(text) };
}
