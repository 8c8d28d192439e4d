/**
 * The one way into data: the bundled dataset (no request), or a file of the
 * same schema fetched once per URL per page, validated, and shared by every
 * element that names it.
 */
import bundledJson from '../../data/jakarta-2024.json';
import type { Dataset } from './types.js';
import { DatasetError } from './dataset-error.js';
import { validateDataset } from './validate.js';

export type { Dataset } from './types.js';
export { validateDataset } from './validate.js';
export { DatasetError, type DatasetErrorCode } from './dataset-error.js';

/** How long a `src` fetch may take before the element shows an error. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Performance mark set each time a dataset is parsed and validated (read by the benchmark). */
export const PARSE_MARK = 'jakarta-global-widgets:dataset-parse';

let bundled: Dataset | undefined;

/** The dataset shipped with the library: validated once, on first use. */
export function bundledDataset(): Dataset {
  if (!bundled) {
    performance.mark(PARSE_MARK, { detail: { src: null } });
    bundled = validateDataset(bundledJson);
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
  if (!src) {
    try {
      return Promise.resolve(bundledDataset());
    } catch (error) {
      return Promise.reject(error);
    }
  }
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
  if (src) return loaded.get(safeKey(src));
  try {
    return bundledDataset();
  } catch {
    return undefined; // reported through loadDataset()
  }
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
  const dataset = validateDataset(raw, url);
  loaded.set(url, dataset);
  return dataset;
}

/** Forgets every loaded `src` dataset (tests use it; the bundled one stays). */
export function clearDatasetCache(): void {
  cache.clear();
  loaded.clear();
}
