/**
 * Loaded on demand by dataset.ts, only on pages that use `src`: fetching,
 * parsing and validating a dataset file. Failures are thrown as
 * `RemoteFailure`s, which dataset.ts turns into `DatasetError`s (keeping this
 * chunk free of anything the main bundle also needs).
 */
import type { DatasetErrorCode } from './dataset-error.js';
import type { Dataset } from './types.js';
import { validateDataset, ValidationError } from './validate.js';

export class RemoteFailure extends Error {
  constructor(
    readonly code: DatasetErrorCode,
    message: string,
    readonly status?: number,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Validates a parsed value; a format problem becomes an `invalid` failure naming the field. */
export function validate(raw: unknown): Dataset {
  try {
    return validateDataset(raw);
  } catch (error) {
    if (error instanceof ValidationError) throw new RemoteFailure('invalid', error.message, undefined, error.path);
    throw error;
  }
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
    if (!response.ok) throw new RemoteFailure('http', `${url} answered HTTP ${response.status}`, response.status);
    text = await response.text();
  } catch (error) {
    if (error instanceof RemoteFailure) throw error;
    if (controller.signal.aborted) throw new RemoteFailure('timeout', `${url} did not answer within ${timeoutMs} ms`);
    throw new RemoteFailure('network', `${url} could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  let raw: unknown;
  try {
    performance.mark(parseMark, { detail: { src: url } });
    raw = JSON.parse(text);
  } catch (error) {
    throw new RemoteFailure('parse', `${url} is not valid JSON (${(error as Error).message})`);
  }
  return validate(raw);
}
