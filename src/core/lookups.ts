/**
 * Look-ups by id shared by every element: the sources and notes an item
 * cites, the partners a programme names. Pure functions, no DOM. Unknown ids
 * are skipped (a validated dataset has none).
 */
import type { Dataset, Note, Source } from './types.js';

/** The items of `list` with these ids, in the order of `ids`. */
export function byIds<T extends { id: string }>(ids: readonly string[] | undefined, list: readonly T[]): T[] {
  return (ids ?? []).flatMap((id) => list.find((item) => item.id === id) ?? []);
}

/** Anything that cites sources: a partner, programme, metric, note or the home city. */
export interface Cited {
  sources: readonly string[];
}

/** The `Source` objects an item cites, in the item's order. */
export function sourcesOf(item: Cited, data: Pick<Dataset, 'sources'>): Source[] {
  return byIds(item.sources, data.sources);
}

/** The `Note` objects an item refers to, in the item's order (none when it has no `notes`). */
export function notesOf(item: { notes?: readonly string[] }, data: Pick<Dataset, 'notes'>): Note[] {
  return byIds(item.notes, data.notes);
}

