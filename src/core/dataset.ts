/**
 * The one way into data: the bundled dataset (no request), or a file of the
 * same schema fetched once per URL per page, validated, and shared by every
 * element that names it.
 *
 * The bundled dataset ships in three parts (scripts/data-parts.mjs): `core`
 * (the city and the metrics with what they cite, imported here), `programs`
 * (registered by `./programs-data.ts`, which the card imports) and `partners`
 * (the whole list of partners with the programmes, registered by
 * `./partners-data.ts`, which the list and the map import). A page with only
 * counters downloads neither of the last two.
 */
import core from '../../data/jakarta-2024.json?part=core';
import type { Dataset, Lang, Note, Partner, Program, Source } from './types.js';
import { coreStrings } from './i18n.js';
import { askedBy, DatasetError } from './dataset-error.js';
import { loadOncePerKey } from './load-once.js';
import type * as Remote from './remote.js';

export type { Dataset } from './types.js';
export { DatasetError, type DatasetErrorCode } from './dataset-error.js';

/** How long a `src` fetch may take before the element shows an error. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Performance mark set each time a dataset is parsed and validated (read by the benchmark). */
export const PARSE_MARK = 'jakarta-global-widgets:dataset-parse';

/** A part of the bundled dataset beyond `core`: partners, programmes, and the sources and notes they cite. */
export interface DatasetPart {
  partners: Partner[];
  programs: Program[];
  sources: Source[];
  notes: Note[];
}

/** `a` with the items of `b` whose id it lacks, after its own. */
function union<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const ids = new Set(a.map((item) => item.id));
  return [...a, ...b.filter((item) => !ids.has(item.id))];
}

let bundled: Dataset | undefined;
const parts: DatasetPart[] = [];

/** Adds a part of the bundled dataset (once per part; parts may share items, merged by id). */
export function addBundledPart(part: DatasetPart): void {
  if (parts.includes(part)) return;
  parts.push(part);
  bundled = undefined;
}

/**
 * The dataset shipped with the library: its core, with every part the page's
 * elements have loaded (the card loads the programmes, the list and the map
 * the partners). Items are merged by id; of two lists of partners, both cut
 * from the file in its order, the longer comes first, so the whole list keeps
 * the file's order whichever part came first. It is
 * checked against the schema and the validator by the test suite, so readers
 * do not pay for validating it. Built once per part loaded, however many
 * elements use it.
 */
export function bundledDataset(): Dataset {
  if (!bundled) {
    performance.mark(PARSE_MARK, { detail: { src: null, parts: parts.length + 1 } });
    const data = core as unknown as Dataset;
    bundled = parts.reduce<Dataset>(
      (all, part) => ({
        ...all,
        partners:
          part.partners.length > all.partners.length ? union(part.partners, all.partners) : union(all.partners, part.partners),
        programs: union(all.programs, part.programs),
        sources: union(all.sources, part.sources),
        notes: union(all.notes, part.notes),
      }),
      data,
    );
  }
  return bundled;
}

/**
 * Validates a parsed dataset (see validate.ts) and returns what is usable:
 * invalid items are left out (with one console warning listing them) and
 * only `https:`/`http:` links are kept. Rejects with a `DatasetError` (code
 * `invalid`, the field path, and every problem in `problems`) only when
 * nothing is usable. (`tag` is for the elements' own use.)
 */
export async function validateDataset(raw: unknown, url?: string, tag?: string): Promise<Dataset> {
  const remote = await loadRemote();
  // An element's `el.data` object (`tag`, the element's): once per object, the warning naming the element.
  return tag ? remote.validateObject(raw as object, tag) : remote.validate(raw, url);
}

/** Tags of the elements that asked for each URL while it loaded, named by its one warning. */
const askers = new Map<string, Set<string>>();
/** The set of `url`'s askers, the same one from the first call to the warning, whoever called first. */
const askersOf = (url: string): Set<string> => {
  let tags = askers.get(url);
  if (!tags) askers.set(url, (tags = new Set()));
  return tags;
};

/** The on-demand half (fetch, validation, console reports), once loaded. */
let remoteModule: typeof Remote | undefined;
const loadRemote = async (): Promise<typeof Remote> => (remoteModule ??= await import('./remote.js'));

/**
 * The reader-facing message for a dataset failure (the `debug` box). Its
 * wording travels with the on-demand half, which every failure but a network
 * one (its chunk included) has loaded.
 */
export function datasetErrorMessage(error: DatasetError, lang: Lang): string {
  return remoteModule?.errorMessage(error, lang) ?? coreStrings[lang].errorNetwork;
}

/**
 * `src` files, fetched, parsed and validated once per URL (that code is loaded
 * on demand). What is wrong with a file goes to the console once per URL (see
 * remote.ts); a loader chunk that cannot be fetched reads as a network error.
 */
const remoteCache = loadOncePerKey(async (url, timeoutMs: number) => {
  const tags = askersOf(url);
  try {
    let remote: typeof Remote;
    try {
      remote = await loadRemote();
    } catch (error) {
      const message = `${(error as Error)?.message ?? error}: upload the whole dist/cdn/ folder`;
      console.warn(`${askedBy(tags)}: data file ${url}: ${message}`);
      throw new DatasetError('network', message, { url });
    }
    try {
      const { data, report } = await remote.fetchDataset(url, timeoutMs, PARSE_MARK);
      loaded.set(url, data);
      if (report) remote.warnOnce(url, tags, report, true);
      return data;
    } catch (error) {
      remote.warnOnce(url, tags, `cannot be used: ${(error as Error).message}`);
      throw error;
    }
  } finally {
    askers.delete(url);
  }
});

/** `src` made absolute against the document, the key of the page-wide cache. */
export function datasetKey(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads the dataset at `src` (or the bundled one when `src` is empty).
 * Concurrent and later calls for the same URL share one fetch and one parse.
 * A failed load is forgotten once it settles, so a later call tries again.
 * What is wrong with a file is written to the console once per URL, naming
 * the tags (`asker`) that asked for it while it loaded.
 */
export function loadDataset(src?: string | null, timeoutMs = DEFAULT_TIMEOUT_MS, asker?: string): Promise<Dataset> {
  if (!src) return Promise.resolve(bundledDataset());
  // A src that is not a URL goes the same way, to fail there with the file's one warning.
  const url = safeKey(src);
  if (asker && !loaded.has(url)) askersOf(url).add(asker);
  return remoteCache.get(url, timeoutMs);
}

/** The dataset at `src` if it is already loaded, so elements can render it without a loading flash. */
export function peekDataset(src?: string | null): Dataset | undefined {
  return src ? loaded.get(safeKey(src)) : bundledDataset();
}

const loaded = new Map<string, Dataset>();

function safeKey(src: string): string {
  try {
    return datasetKey(src);
  } catch {
    return src;
  }
}

/** Forgets every loaded `src` dataset (tests use it; the bundled one stays). */
export function clearDatasetCache(): void {
  remoteCache.clear();
  loaded.clear();
  remoteModule?.resetWarnings();
}
