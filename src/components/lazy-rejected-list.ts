import { preload } from './lazy-view';

/**
 * The set-aside list's code, loaded when a file other than the bundled record is chosen: the
 * record sets nothing aside. Out of the page's first script, which is at its 135 KB budget
 * (0.1 KB less, after the bundler regroups what the list shared).
 */
export const loadRejectedList = () => import('./rejected-list').then((m) => m.RejectedList);

/** Starts that download, while the file is read, so that the list shows with the data. */
export const preloadRejectedList = (): void => void preload(loadRejectedList).catch(() => {});
