import type { Dataset } from './types.js';

/**
 * Items of a loaded dataset that the loader has already reported to the
 * console (skipped, or with a replaced value), as `list:id`, with the
 * console's sentence for each. An element that cannot show such an item
 * stays quiet, so the file's one warning is the only one; with `debug`, its
 * error box gives that sentence as the cause.
 */
const reported = new WeakMap<Dataset, Map<string, string>>();

/** `problems`: each reported item's sentence by `list:id` (built in the loader's chunk, not every page's). */
export function markReported(data: Dataset, problems: Map<string, string>): void {
  reported.set(data, problems);
}

/** The console's sentence for item `id` of `list` in `data`, when the loader reported it. */
export function reportedProblem(data: Dataset, list: 'metrics' | 'programs' | 'partners', id: string): string | undefined {
  return reported.get(data)?.get(`${list}:${id}`);
}
