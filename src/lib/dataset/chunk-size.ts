/**
 * Events are read, checked and handed on in chunks of this many, each posted from the worker
 * as it passes: a dataset's batches, a CSV export's chunks (read in one or in parts). The page
 * takes a chunk in one task: at 10,000 that task took 110–210 ms on this machine class.
 */
export const EVENT_CHUNK = 4_000;

/**
 * A dataset (JSON) file's chunks while the page shows nothing but its loading screen (the
 * first load of `?data=`): smaller, for the collector's sake. A chunk's events (parsed,
 * checked, packed) are held until it is packed: at 4,000 they outlived the young generation
 * and were copied into the old one only to die there; at 500 they die young. 100,000 events,
 * the bench: 3.61 and 3.42 s against 4.06 and 3.88 (two pairs of runs). 250 was no better.
 *
 * Not for a layer or a file opened beside the dashboard: the faster worker took enough of the
 * machine that the dashboard's own tasks grew (a link with a 100,000-event layer, loads taking
 * turns: the longest task's median 10–35 ms longer, in the troop chart's first render). Not
 * for a CSV either: in the browser it gained nothing there (100,000 rows: 5.22 against 5.17 s).
 */
export const ALONE_CHUNK = 500;
