/**
 * Events are read, checked and handed on in chunks of this many, each posted from the worker
 * as it passes: a dataset's batches, a CSV export's chunks (read in one; in parts, see
 * PART_CHUNK). The page takes a chunk in one task: at 10,000 that task took 110–210 ms on
 * this machine class.
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

/**
 * A CSV export's chunks when it is read in parts (see csv-parts.ts): smaller, for the same
 * reason. Each part makes, checks and packs a chunk's events at once, and at 4,000 rows they
 * outlived the young generation. A million ACLED rows, loads taking turns in one sitting:
 * 4,000 rows 22.7 and 23.0 s (medians of 3 and 4), 2,000 22.4 s, 1,000 20.9 and 21.7 s, 500
 * 20.9 s. The page holds more chunks, each with its own table of repeated values: 813 MB
 * after the million rows against 745 MB.
 */
export const PART_CHUNK = 1_000;
