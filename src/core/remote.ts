/**
 * Loaded on demand by dataset.ts, only on pages that use `src`: fetching,
 * parsing and validating a dataset file. Every failure is thrown as the
 * `DatasetError` the element shows.
 */
import { DatasetError } from './dataset-error.js';
import type { Dataset } from './types.js';
import { safeUrl } from './url.js';
import { checkDataset } from './validate.js';

/**
 * Validates a parsed value (see validate.ts) and keeps only `https:`/`http:`
 * links (any other becomes "", shown as no link, with one warning).
 */
export function validate(raw: unknown, url?: string): Dataset {
  const data = checkDataset(raw, url);
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

/** Fetches `url` with a timeout, parses it (marking `parseMark`) and validates it. */
export async function fetchDataset(url: string, timeoutMs: number, parseMark: string): Promise<Dataset> {
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
    if (controller.signal.aborted) throw new DatasetError('timeout', `${url} did not answer within ${timeoutMs} ms`, { url });
    throw new DatasetError('network', `${url} could not be fetched (${(error as Error).message})`, { url });
  } finally {
    clearTimeout(timer);
  }
  let raw: unknown;
  try {
    performance.mark(parseMark, { detail: { src: url } });
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('parse', `${url} is not valid JSON (${(error as Error).message})`, { url });
  }
  return validate(raw, url);
}
