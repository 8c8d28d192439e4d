export type DatasetErrorCode = 'http' | 'network' | 'timeout' | 'parse' | 'invalid';

/** Why a dataset could not be used. `path` names the offending field for `invalid`. */
export class DatasetError extends Error {
  constructor(
    readonly code: DatasetErrorCode,
    message: string,
    readonly detail: { url?: string; status?: number; path?: string } = {},
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}
