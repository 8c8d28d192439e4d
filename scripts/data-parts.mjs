// The bundled dataset in two parts, so that a page pays for the partners only
// when it shows them (issue 16):
// - `core`: every field, with the sources and notes that the home city, the
//   metrics and the programmes cite (and any that nothing cites); of the
//   partners, only those a programme names (a card shows their names);
// - `partners`: the whole list of partners, with the sources and notes that
//   only they cite.
// core + partners is the whole dataset: src/core/dataset.ts takes the
// partners' list from the second part and adds its sources and notes, which
// core does not have (test/core/data-parts.test.ts checks it).
// Used for imports of `…/jakarta-2024.json?part=…` by the Vite builds (the
// plugin below, in vite.shared.ts and scripts/oembed-pages.mjs) and by the
// test server (test/support/wtr-plugins.mjs).
import { readFileSync } from 'node:fs';

/** The part names, in merge order. */
export const PARTS = ['core', 'partners'];

/** The ids of the sources and notes that `items` cite, with the sources their notes cite. */
function citedBy(items, notes) {
  const noteIds = new Set(items.flatMap((item) => item.notes ?? []));
  const sourceIds = new Set(items.flatMap((item) => item.sources ?? []));
  for (const note of notes) if (noteIds.has(note.id)) for (const id of note.sources ?? []) sourceIds.add(id);
  return { noteIds, sourceIds };
}

/** Splits a dataset (parsed JSON) into `{ core, partners }`. */
export function splitDataset(data) {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  const notes = Array.isArray(data.notes) ? data.notes : [];
  const partners = Array.isArray(data.partners) ? data.partners : [];
  const elsewhere = [data.city ?? {}, ...(data.metrics ?? []), ...(data.programs ?? [])];
  const core = citedBy(elsewhere, notes);
  const mine = citedBy(partners, notes);
  // Only what the partners alone cite goes with them; what nothing cites stays in core.
  const onlyPartners = (ids, coreIds) => (item) => ids.has(item.id) && !coreIds.has(item.id);
  const partnerSource = onlyPartners(mine.sourceIds, core.sourceIds);
  const partnerNote = onlyPartners(mine.noteIds, core.noteIds);
  const named = new Set((data.programs ?? []).flatMap((program) => program.partners ?? []));
  return {
    core: { ...data, partners: partners.filter((p) => named.has(p.id)), sources: sources.filter((s) => !partnerSource(s)), notes: notes.filter((n) => !partnerNote(n)) },
    partners: { partners, sources: sources.filter(partnerSource), notes: notes.filter(partnerNote) },
  };
}

/** The part named by an import id such as `/x/data/jakarta-2024.json?part=core`, or undefined. */
export function partOf(id) {
  const match = /[\\/]data[\\/]jakarta-2024\.json\?(?:.*&)?part=(\w+)/.exec(id);
  if (!match) return undefined;
  if (!PARTS.includes(match[1])) throw new Error(`data-parts: unknown part "${match[1]}" in ${id}`);
  return match[1];
}

/**
 * The Vite plugin (vite.shared.ts, and the Node-side module loader of
 * scripts/oembed-pages.mjs): the dataset's parts, and the dataset itself, as
 * `JSON.parse('…')` rather than an object literal: V8 scans a JSON string
 * faster than the same data as JavaScript, which counts on a slow phone for
 * data evaluated before the first render.
 */
export function datasetParts() {
  return {
    name: 'jgw-dataset-parts',
    enforce: 'pre',
    load(id) {
      const part = partOf(id);
      if (!part && !/[\\/]data[\\/]jakarta-2024\.json$/.test(id)) return null;
      const file = id.replace(/\?.*$/, '');
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      const value = part ? splitDataset(data)[part] : data;
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`, moduleType: 'js' };
    },
  };
}
