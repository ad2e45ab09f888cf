import { FIRST_PLAUSIBLE_YEAR } from '../dates/partial-date';
import { SCHEMA_VERSION } from './vocabulary';

/** The longest text a dataset's record may hold, in UTF-16 code units. */
export const MAX_TEXT = 20_000;

/**
 * The figures the `reasons` namespace's words name, as written before the reader's digits:
 * the plausible dates' first year, UCDP's place codes, the longest text, the schema's version.
 */
export const REASON_FIGURES = {
  first: String(FIRST_PLAUSIBLE_YEAR),
  codes: '1–7',
  max: String(MAX_TEXT),
  version: String(SCHEMA_VERSION),
};
