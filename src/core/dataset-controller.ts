import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, peekDataset, validateDataset, type DatasetError } from './dataset.js';
import type { Dataset } from './types.js';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; error: DatasetError };

type Host = ReactiveControllerHost & HTMLElement & { src: string; data?: object | null };

const NONE = Symbol('none');

/**
 * Gives an element the dataset object set as its `data` property (validated
 * as a `src` file is; it takes precedence over `src`), else the one named by
 * its `src` (the bundled one when empty).
 * It reacts to `src` changes before each render; an already loaded dataset is
 * ready at once (no loading flash), another is loaded through the page-wide
 * cache. A failure (a `DatasetError` from the fetcher or the validator, or
 * the loader's own chunk that cannot be fetched, read as a network error)
 * becomes an error state; the console warning is the loader's, one per URL
 * naming every element that asked for it.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  /** The `data` object or the `src` the state belongs to. */
  private key: unknown = NONE;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    const data = this.host.data ?? undefined;
    const key = data ?? this.host.src;
    if (key === this.key) return;
    this.key = key;
    const ready = data ? undefined : peekDataset(this.host.src);
    if (ready) {
      this.state = { status: 'ready', data: ready };
      return;
    }
    // A new file while one is shown: that one stays until the new one has come, so the element keeps
    // its size (no layout shift) and the reader their place and focus in it.
    if (this.state.status !== 'ready') this.state = { status: 'loading' };
    const src = this.host.src;
    // The validator builds a new object: the one given is never changed. What is wrong with a
    // `src` file or a `data` object goes to the console once per URL or object (remote.ts).
    (data ? validateDataset(data, undefined, this.host.localName) : loadDataset(src, undefined, this.host.localName)).then(
      (loaded) => this.settle(key, { status: 'ready', data: loaded }),
      (error: DatasetError) => this.settle(key, { status: 'error', error }),
    );
  }

  private settle(key: unknown, state: DatasetState): void {
    if (key !== this.key) return; // `data` or `src` changed meanwhile: a newer load owns the state
    this.state = state;
    this.host.requestUpdate();
  }
}
