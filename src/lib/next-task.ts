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
