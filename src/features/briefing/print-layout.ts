import { useSyncExternalStore } from 'react';

/**
 * Whether the page is laid out as its printed briefing (app/print.css, under the root's
 * `print-layout` class): while the browser prints or emulates print media, and while Print
 * briefing waits for the views to take their printed sizes.
 */
let on = false;
let held = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  if (value === on) return;
  on = value;
  document.documentElement.classList.toggle('print-layout', value);
  listeners.forEach((l) => l());
}

/** On while held, else as the browser has it (printing, or print media emulated). */
const settle = () => set(held || (window.matchMedia?.('print').matches ?? false));

let started = false;
function start() {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.matchMedia?.('print').addEventListener('change', settle);
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', settle);
  settle();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** True while the page is laid out for print. */
export function usePrintLayout(): boolean {
  start();
  return useSyncExternalStore(
    subscribe,
    () => on,
    () => false,
  );
}

/** Holds the print layout on screen (Print briefing, while the views take their sizes), or lets
 * it go back to following the browser. */
export function holdPrintLayout(hold: boolean) {
  start();
  held = hold;
  settle();
}
