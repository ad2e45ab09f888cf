import { painted } from '../../lib/painted';
import { holdPrintLayout } from './print-layout';

/** The caption's and the views' drawn sizes (charts, map), as the page lays them out now. */
const drawn = () =>
  [...document.querySelectorAll('.print-caption, .views svg, .views .leaflet-container')]
    .map((e) => Math.round(e.getBoundingClientRect().width))
    .join();

let printing = false;

/**
 * Prints the briefing with its charts drawn at their printed sizes. A browser lays a print out
 * without running the page's size observers: printed at once, each chart kept its width on
 * screen and ran off its box. So the page takes the print layout first, and prints once the
 * views' sizes have held still for a few frames (at most two seconds), after `ready` (the
 * caption's stamp, see stampReady).
 */
export async function printBriefing(ready: () => Promise<void>): Promise<void> {
  // A second press while the first waits would let the layout go under it.
  if (printing) return;
  printing = true;
  try {
    await ready();
    holdPrintLayout(true);
    let last = '';
    let still = 0;
    for (const end = performance.now() + 2000; still < 3 && performance.now() < end;) {
      await painted();
      const now = drawn();
      still = now === last ? still + 1 : 0;
      last = now;
    }
    window.print();
  } finally {
    holdPrintLayout(false);
    printing = false;
  }
}
