/**
 * How long a dataset nothing shows stays at hand, for a view that asks for it again (its own
 * file, for the browser tests to wait on it without the app's modules).
 */
export const LET_GO_MS = 30_000;
