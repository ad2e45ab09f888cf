import type { ParseKeys } from 'i18next';

/**
 * An export's failure that Drawdown can put into words itself, as a translation key; any other
 * error is shown with the browser's own message (see failure).
 */
export class ExportFailure extends Error {
  constructor(readonly key: ParseKeys) {
    super(key);
  }
}

/** Why an export failed, as the briefing store's `say` takes it: said in the language shown. */
export function failure(e: unknown): [ParseKeys, { detail: string }?] {
  if (e instanceof ExportFailure) return [e.key];
  // (The clipboard's and downloads' errors are DOMExceptions.)
  return [
    'briefing.failed',
    { detail: e instanceof Error || e instanceof DOMException ? e.message : String(e) },
  ];
}
