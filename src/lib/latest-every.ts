/**
 * Shows the latest of many values at most once every `ms`: a value pushed after a quiet spell
 * shows at once, one pushed sooner waits for the rest of the spell, and any pushed meanwhile
 * replace it. For a count that changes faster than anyone reads it.
 */
export function latestEvery<T>(ms: number, show: (value: T) => void) {
  // The page's clock, not the wall clock: a clock set back would hold the next value back.
  let shownAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: T;
  const fire = () => {
    timer = null;
    shownAt = performance.now();
    show(latest);
  };
  return {
    push(value: T) {
      latest = value;
      if (timer !== null) return;
      const wait = shownAt + ms - performance.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    /** Drops a value still waiting to show. */
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
