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
 * cache. A failure (a `DatasetError` from the fetcher or the validator; a
 * loader chunk that cannot be fetched has no `code` and reads as a network
 * error) becomes an error state and one console warning naming the element
 * and the cause.
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
    loadDataset(src).then(
      (data) => this.settle(src, { status: 'ready', data }),
      (error: DatasetError) => {
        this.settle(src, { status: 'error', error });
        console.warn(`<${this.host.localName}>: dataset ${src ? `"${src}" ` : ''}could not be used: ${error.message}`);
      },
    );
  }

  private settle(src: string, state: DatasetState): void {
    if (src !== this.src) return; // `src` changed meanwhile: a newer load owns the state
    this.state = state;
    this.host.requestUpdate();
  }
}
