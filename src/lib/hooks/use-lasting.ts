import { useEffect, useState } from 'react';

/**
 * True once `on` has stayed true for `ms`, false as soon as it turns false: for a sign (a
 * dimmed view) that should show only when a wait lasts long enough to notice.
 */
export function useLasting(on: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setLasted(true), ms);
    return () => {
      clearTimeout(timer);
      setLasted(false);
    };
  }, [on, ms]);
  return on && lasted;
}
