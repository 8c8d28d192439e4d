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

/**
 * Validates a parsed dataset (see validate.ts) and keeps only `https:`/`http:`
 * links (any other becomes "", shown as no link, with one warning). Throws a
 * `DatasetError` with code `invalid` and the field path. The validator is
 * loaded on demand: only pages that use `src` pay for it.
 */
export async function validateDataset(raw: unknown, url?: string): Promise<Dataset> {
  const { validateDataset: validate, ValidationError } = await import('./validate.js');
  let data: Dataset;
  try {
    data = validate(raw);
  } catch (error) {
    if (error instanceof ValidationError) throw new DatasetError('invalid', error.message, { url, path: error.path });
    throw error;
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
    pending = fetchDataset(url, timeoutMs);
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

async function fetchDataset(url: string, timeoutMs: number): Promise<Dataset> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      throw new DatasetError('http', `${url} answered HTTP ${response.status}`, { url, status: response.status });
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (controller.signal.aborted) {
      throw new DatasetError('timeout', `${url} did not answer within ${timeoutMs} ms`, { url });
    }
    throw new DatasetError('network', `${url} could not be fetched (${(error as Error).message})`, { url });
  } finally {
    clearTimeout(timer);
  }
  let raw: unknown;
  try {
    performance.mark(PARSE_MARK, { detail: { src: url } });
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('parse', `${url} is not valid JSON (${(error as Error).message})`, { url });
  }
  const dataset = await validateDataset(raw, url);
  loaded.set(url, dataset);
  return dataset;
}

/** Forgets every loaded `src` dataset (tests use it; the bundled one stays). */
export function clearDatasetCache(): void {
  cache.clear();
  loaded.clear();
}
