import { useEffect, useState } from 'react';

/**
 * False in a view's first render, true from a task after it has committed. Recharts registers
 * each child of a chart in its store as it mounts, and every registration runs the selectors
 * of every child mounted so far: a chart's secondary marks (reference lines, the tooltip)
 * wait for this, so its mount is two tasks of about half the length, not one.
 */
export function useLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (later) return;
    const id = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(id);
  }, [later]);
  return later;
}
