/**
 * Look-ups by id shared by every element: the sources and notes an item
 * cites, the partners a programme names. Pure functions, no DOM. Unknown ids
 * are skipped (a validated dataset has none).
 */
import type { Dataset, Note, Source } from './types.js';

/** The items of `list` with these ids, in the order of `ids`, each once. */
export function byIds<T extends { id: string }>(ids: readonly string[] | undefined, list: readonly T[]): T[] {
  return [...new Set(ids)].flatMap((id) => list.find((item) => item.id === id) ?? []);
}

/** Anything that cites sources: a partner, programme, metric, note or the home city. */
export interface Cited {
  sources: readonly string[];
}

/**
 * The `Source` objects an item cites, in the item's order, then those its
 * notes cite that it does not (each once): a figure that only a note gives
 * ("28 hospitals" beside the 27, Paris twinned with Rome) is traced to its
 * source too, in the one list every element shows.
 */
export function sourcesOf(item: Cited & { notes?: readonly string[] }, data: Pick<Dataset, 'sources' | 'notes'>): Source[] {
  return byIds(item.sources.concat(...notesOf(item, data).map((n) => n.sources)), data.sources);
}

/** The `Note` objects an item refers to, in the item's order (none when it has no `notes`). */
export function notesOf(item: { notes?: readonly string[] }, data: Pick<Dataset, 'notes'>): Note[] {
  return byIds(item.notes, data.notes);
}

