/**
 * The one way into data: the bundled dataset (no request), or a file of the
 * same schema fetched once per URL per page, validated, and shared by every
 * element that names it.
 */
import bundledJson from '../../data/jakarta-2024.json';
import type { Dataset } from './types.js';
import { DatasetError } from './dataset-error.js';
import { safeUrl } from './url.js';

export type { Dataset } from './types.js';
export { DatasetError, type DatasetErrorCode } from './dataset-error.js';

/** How long a `src` fetch may take before the element shows an error. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Performance mark set each time a dataset is parsed and validated (read by the benchmark). */
export const PARSE_MARK = 'jakarta-global-widgets:dataset-parse';

let bundled: Dataset | undefined;

/**
 * The dataset shipped with the library. It is checked against the schema and
 * the validator by the test suite, so readers do not pay for validating it.
 */
export function bundledDataset(): Dataset {
  if (!bundled) {
    performance.mark(PARSE_MARK, { detail: { src: null } });
    bundled = bundledJson as unknown as Dataset;
  }
  return bundled;
}

const cache = new Map<string, Promise<Dataset>>();

/**
 * Validates a parsed dataset (see validate.ts) and keeps only `https:`/`http:`
 * links (any other becomes "", shown as no link, with one warning). Throws a
 * `DatasetError` with code `invalid` and the field path.
 */
export async function validateDataset(raw: unknown, url?: string): Promise<Dataset> {
  const remote = await import('./remote.js');
  return finish(url, () => remote.validate(raw));
}

/**
 * Fetches, parses and validates a `src` file. That code (and the validator)
 * is loaded on demand: only pages that use `src` pay for it.
 */
async function fetchRemote(url: string, timeoutMs: number): Promise<Dataset> {
  const remote = await import('./remote.js');
  const data = await finish(url, () => remote.fetchDataset(url, timeoutMs, PARSE_MARK));
  loaded.set(url, data);
  return data;
}

/** Turns the remote module's failures into DatasetErrors and applies the link policy. */
async function finish(url: string | undefined, run: () => Promise<Dataset> | Dataset): Promise<Dataset> {
  let data: Dataset;
  try {
    data = await run();
  } catch (error) {
    const failure = error as { code?: DatasetError['code']; message: string; status?: number; path?: string };
    if (!failure.code) throw error;
    throw new DatasetError(failure.code, failure.message, { url, status: failure.status, path: failure.path });
  }
  const dropped: string[] = [];
  for (const source of data.sources) {
    const safe = safeUrl(source.url);
    if (!safe) dropped.push(source.id);
    source.url = safe;
  }
  if (dropped.length) {
    console.warn(
      `jakarta-global-widgets: ${url ?? 'dataset'}: links of ${dropped.join(', ')} not shown (only https: and http: links are allowed).`,
    );
  }
  return data;
}

/** `src` made absolute against the document, the key of the page-wide cache. */
export function datasetKey(src: string): string {
  return new URL(src, document.baseURI).href;
}

/**
 * Loads the dataset at `src` (or the bundled one when `src` is empty).
 * Concurrent and later calls for the same URL share one fetch and one parse.
 * A failed load is forgotten once it settles, so a later call tries again.
 */
export function loadDataset(src?: string | null, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  if (!src) return Promise.resolve(bundledDataset());
  let url: string;
  try {
    url = datasetKey(src);
  } catch {
    return Promise.reject(new DatasetError('network', `"${src}" is not a URL`, { url: src }));
  }
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchRemote(url, timeoutMs);
    cache.set(url, pending);
    pending.catch(() => cache.delete(url));
  }
  return pending;
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
  cache.clear();
  loaded.clear();
}
