// The bundled dataset in three parts, so that a page pays only for what its
// elements show (issue 16):
// - `core` (every page): every field but `$schema`, with the home city, the
//   metrics, and the sources and notes that they cite; no partner, no programme;
// - `programs` (the card): the programmes, the partners they name (a card
//   shows their names), and the sources and notes they cite that core lacks;
// - `partners` (the list and the map, in the chunk they share): the whole list
//   of partners, and the programmes too (the map's panel lists a partner's
//   programmes), and every source and note that core lacks.
// The last two overlap (the programmes, some sources and notes): a page with a
// card and a map downloads that share twice, and src/core/dataset.ts merges
// the parts by id. core + partners is the whole dataset (but `$schema`); core + programs
// resolves everything a card cites (test/core/data-parts.test.ts checks both).
// Used for imports of `…/jakarta-2024.json?part=…` by the Vite builds (the
// plugin below, in vite.shared.ts and scripts/oembed-pages.mjs) and by the
// test server (test/support/wtr-plugins.mjs).
import { readFileSync } from 'node:fs';

/** The part names. */
export const PARTS = ['core', 'programs', 'partners'];

/** The ids of the sources and notes that `items` cite, with the sources their notes cite. */
function citedBy(items, notes) {
  const noteIds = new Set(items.flatMap((item) => item.notes ?? []));
  const sourceIds = new Set(items.flatMap((item) => item.sources ?? []));
  for (const note of notes) if (noteIds.has(note.id)) for (const id of note.sources ?? []) sourceIds.add(id);
  return { noteIds, sourceIds };
}

/** Splits a dataset (parsed JSON) into `{ core, programs, partners }`. */
export function splitDataset(data) {
  const sources = Array.isArray(data.sources) ? data.sources : [];
  const notes = Array.isArray(data.notes) ? data.notes : [];
  const partners = Array.isArray(data.partners) ? data.partners : [];
  const programs = Array.isArray(data.programs) ? data.programs : [];
  const core = citedBy([data.city ?? {}, ...(data.metrics ?? [])], notes);
  const ofPrograms = citedBy(programs, notes);
  const named = new Set(programs.flatMap((program) => program.partners ?? []));
  const inCore = (key) => (item) => core[key].has(item.id);
  // `$schema` tells the editors of the JSON file where its schema is; no browser needs it (11 bytes gzip on every page).
  const fields = { ...data };
  delete fields.$schema;
  const notInCore = (key) => (item) => !core[key].has(item.id);
  const programsCite = (key) => (item) => ofPrograms[key].has(item.id) && !core[key].has(item.id);
  return {
    core: { ...fields, partners: [], programs: [], sources: sources.filter(inCore('sourceIds')), notes: notes.filter(inCore('noteIds')) },
    programs: {
      programs,
      partners: partners.filter((p) => named.has(p.id)),
      sources: sources.filter(programsCite('sourceIds')),
      notes: notes.filter(programsCite('noteIds')),
    },
    // Everything core lacks: with core, the whole dataset.
    partners: { programs, partners, sources: sources.filter(notInCore('sourceIds')), notes: notes.filter(notInCore('noteIds')) },
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
