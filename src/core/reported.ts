import type { Dataset } from './types.js';

/**
 * Items of a loaded dataset that the loader has already reported to the
 * console (skipped, or with a replaced value), as `list:id`. An element that
 * cannot show such an item stays quiet, so the file's one warning is the only
 * one.
 */
const reported = new WeakMap<Dataset, Set<string>>();

export function markReported(data: Dataset, keys: Iterable<string>): void {
  reported.set(data, new Set(keys));
}

/** Whether the loader already reported the item `id` of `list` in `data`. */
export function wasReported(data: Dataset, list: 'metrics' | 'programs' | 'partners', id: string): boolean {
  return reported.get(data)?.has(`${list}:${id}`) ?? false;
}
