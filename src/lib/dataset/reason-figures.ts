import { FIRST_PLAUSIBLE_YEAR } from '../dates/partial-date';

/** The longest text a dataset's record may hold, in UTF-16 code units. */
export const MAX_TEXT = 20_000;

/**
 * The figures the `reasons` namespace's words name, as written before the reader's digits:
 * the plausible dates' first year, UCDP's place codes, and the longest text.
 */
export const REASON_FIGURES = { first: String(FIRST_PLAUSIBLE_YEAR), codes: '1–7', max: String(MAX_TEXT) };
