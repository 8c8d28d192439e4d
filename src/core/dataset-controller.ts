import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadDataset, peekDataset, validateDataset, type DatasetError } from './dataset.js';
import type { Dataset } from './types.js';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; data: Dataset }
  | { status: 'error'; error: DatasetError };

type Host = ReactiveControllerHost & HTMLElement & { src: string; data?: unknown };

const NONE = Symbol('none');

/** Dataset objects given through `data`, validated once each. */
const validated = new WeakMap<object, Dataset>();

/**
 * Gives an element the dataset object set as its `data` property (validated
 * as a `src` file is; it takes precedence over `src`), else the one named by
 * its `src` (the bundled one when empty).
 * It reacts to `src` changes before each render; an already loaded dataset is
 * ready at once (no loading flash), another is loaded through the page-wide
 * cache. A failure (a `DatasetError` from the fetcher or the validator; a
 * loader chunk that cannot be fetched has no `code` and reads as a network
 * error) becomes an error state and one console warning naming the element
 * and the cause.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = { status: 'loading' };
  /** The `data` object or the `src` the state belongs to. */
  private key: unknown = NONE;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    const data = this.host.data;
    if (typeof data === 'object' && data !== null) return this.useObject(data);
    if (this.host.src === this.key) return;
    const src = (this.key = this.host.src);
    const ready = peekDataset(src);
    if (ready) {
      this.state = { status: 'ready', data: ready };
      return;
    }
    this.state = { status: 'loading' };
    loadDataset(src).then(
      (ready) => this.settle(src, { status: 'ready', data: ready }),
      (error: DatasetError) => {
        this.settle(src, { status: 'error', error });
        console.warn(`<${this.host.localName}>: dataset ${src ? `"${src}" ` : ''}could not be used: ${error.message}`);
      },
    );
  }

  private useObject(data: object): void {
    if (data === this.key) return;
    this.key = data;
    const ready = validated.get(data);
    if (ready) {
      this.state = { status: 'ready', data: ready };
      return;
    }
    this.state = { status: 'loading' };
    validateDataset(structuredClone(data)).then(
      (clean) => {
        validated.set(data, clean);
        this.settle(data, { status: 'ready', data: clean });
      },
      (error: DatasetError) => {
        this.settle(data, { status: 'error', error });
        console.warn(`<${this.host.localName}>: the dataset set as \`data\` could not be used: ${error.message}`);
      },
    );
  }

  private settle(key: unknown, state: DatasetState): void {
    if (key !== this.key) return; // `data` or `src` changed meanwhile: a newer load owns the state
    this.state = state;
    this.host.requestUpdate();
  }
}
