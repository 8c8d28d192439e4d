import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, peekDataset, type DatasetError } from './dataset.js';
import type { Dataset } from './types.js';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; error: DatasetError };

type Host = ReactiveControllerHost & HTMLElement & { src: string };

/**
 * Gives an element the dataset named by its `src` (the bundled one when empty).
 * It reacts to `src` changes before each render; an already loaded dataset is
 * ready at once (no loading flash), another is loaded through the page-wide
 * cache. A failure (a `DatasetError` from the fetcher or the validator, or
 * the loader's own chunk that cannot be fetched, read as a network error)
 * becomes an error state; the console warning is the loader's, one per URL
 * naming every element that asked for it.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  private src: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.src === this.src) return;
    const src = (this.src = this.host.src);
    const ready = peekDataset(src);
    if (ready) {
      this.state = { status: 'ready', data: ready };
      return;
    }
    this.state = { status: 'loading' };
    loadDataset(src, undefined, this.host.localName).then(
      (data) => this.settle(src, { status: 'ready', data }),
      (error: DatasetError) => this.settle(src, { status: 'error', error }),
    );
  }

  private settle(src: string, state: DatasetState): void {
    if (src !== this.src) return; // `src` changed meanwhile: a newer load owns the state
    this.state = state;
    this.host.requestUpdate();
  }
}
