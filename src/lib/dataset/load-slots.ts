/**
 * How many dataset loads read at once. On a machine of two cores, a link naming two layers
 * started two parsing workers beside the page while its views were mounting: three threads
 * on two cores, and the page's tasks took up to twice as long. So a load waits while `slots`
 * others read, but never longer than `maxWaitMs` after the last one started: a small layer
 * is not held long behind a large file, nor behind a download that never ends.
 */
export class LoadSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly slots: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves when the load may start, with the function that ends its turn (once). */
  async take(signal?: AbortSignal): Promise<() => void> {
    signal?.throwIfAborted();
    if (this.running < this.slots && this.waiting.length === 0) this.running++;
    else await this.wait(signal);
    this.started();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      if (this.running < this.slots) this.wake();
    };
  }

  /** Waits for a turn; the turn is counted as running from the moment it is given. */
  private wait(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', gone);
        this.running++;
        resolve();
      };
      const gone = () => {
        const k = this.waiting.indexOf(go);
        if (k >= 0) this.waiting.splice(k, 1);
        reject(signal!.reason as Error);
      };
      signal?.addEventListener('abort', gone, { once: true });
      this.waiting.push(go);
      this.arm();
    });
  }

  private wake() {
    this.waiting.shift()?.();
  }

  /** A load started: the next waiting one goes at the latest maxWaitMs from now. */
  private started() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.arm();
  }

  private arm() {
    if (this.timer !== null || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, this.maxWaitMs);
  }
}
