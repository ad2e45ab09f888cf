/**
 * Resolves in a task of its own, after input and rendering waiting for the thread: a message
 * to a channel, which unlike setTimeout(0) is not held back 4 ms once nested.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A layer over this many events has its long scans (a search, a sort's column) done a slice
 * at a time (inSlices), not in the render: up to it one takes ~10 ms. */
export const SLICED_ABOVE = 50_000;

/** Runs `make` to its end in one go (what inSlices spreads over several tasks). */
export function atOnce<T>(make: Generator<void, T>): T {
  let step = make.next();
  while (!step.done) step = make.next();
  return step.value;
}

/**
 * Runs `make` to its end a slice at a time: after `sliceMs` of work the rest waits for a task
 * of its own (input first). Null when `stop` turned true at a pause. For a scan or a sort too
 * long for one task (a search, a sort's column, at a million rows).
 */
export async function inSlices<T>(
  make: Generator<void, T>,
  stop: () => boolean,
  sliceMs = 16,
): Promise<T | null> {
  let t = performance.now();
  for (;;) {
    const step = make.next();
    if (step.done) return step.value;
    if (performance.now() - t > sliceMs) {
      await nextTask();
      if (stop()) return null;
      t = performance.now();
    }
  }
}
