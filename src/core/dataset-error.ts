import type { DatasetProblem } from './problems.js';

export type DatasetErrorCode = 'http' | 'network' | 'timeout' | 'parse' | 'invalid';

/**
 * Why a dataset could not be used. `path` names the offending field for
 * `invalid`; `line`/`column` the place of a JSON syntax error. `problems`
 * holds the same as structured problems (see problems.ts), the fatal one
 * included, for whoever wants to show them to people.
 */
export class DatasetError extends Error {
  constructor(
    readonly code: DatasetErrorCode,
    message: string,
    readonly detail: { url?: string; status?: number; path?: string; line?: number; column?: number } = {},
    readonly problems: readonly DatasetProblem[] = [],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/**
 * Who a data file's warning names: the tags of the elements that asked for it, in a stable order
 * (whatever order their chunks arrived in), or the library when no element asked (a page's own call).
 */
export function askedBy(tags: Iterable<string>): string {
  return [...tags].sort().map((t) => `<${t}>`).join(', ') || 'jakarta-global-widgets';
}
