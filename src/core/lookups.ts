/**
 * Look-ups over a dataset shared by every element: the sources and notes an
 * item cites, the programmes of a partner, whether a partner can be placed on
 * a map. Pure functions, no DOM. Unknown ids are skipped (a validated dataset
 * has none).
 */
import type { Dataset, Note, Partner, Program, Source } from './types.js';

/** Anything that cites sources: a partner, programme, metric, note or the home city. */
export interface Cited {
  sources: readonly string[];
}

const sourceIndexes = new WeakMap<readonly Source[], Map<string, Source>>();

function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map(sources.map((s) => [s.id, s]));
    sourceIndexes.set(sources, index);
  }
  return index;
}

/** The `Source` objects an item cites, in the item's order. */
export function sourcesOf(item: Cited, data: Pick<Dataset, 'sources'>): Source[] {
  const index = sourceIndex(data.sources);
  return item.sources.flatMap((id) => index.get(id) ?? []);
}

/** The `Note` objects an item refers to, in the item's order (none when it has no `notes`). */
export function notesOf(item: { notes?: readonly string[] }, data: Pick<Dataset, 'notes'>): Note[] {
  if (!item.notes?.length) return [];
  return item.notes.flatMap((id) => data.notes.find((n) => n.id === id) ?? []);
}

/** The programmes that name the partner `partnerId`, in dataset order. */
export function programsOfPartner(partnerId: string, data: Pick<Dataset, 'programs'>): Program[] {
  return data.programs.filter((p) => p.partners.includes(partnerId));
}

/** The partners with these ids, in the order given. */
export function partnersOf(ids: readonly string[], data: Pick<Dataset, 'partners'>): Partner[] {
  return ids.flatMap((id) => data.partners.find((p) => p.id === id) ?? []);
}

/** A partner whose position is known. */
export type LocatedPartner = Partner & { lat: number; lon: number };

/** True when the partner has both coordinates (the map skips the others; the table lists all). */
export function hasCoordinates(partner: Partner): partner is LocatedPartner {
  return partner.lat !== null && partner.lon !== null;
}
