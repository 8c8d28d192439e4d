import { type CSSResultArray, html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DatasetController } from './dataset-controller.js';
import { defineElement, type VersionedElement } from './define.js';
import { datasetErrorMessage } from './dataset.js';
import { coreStrings, resolveLang } from './i18n.js';
import { whenIdle } from './idle.js';
import { hostStyles } from './styles.js';
import type { Dataset, Lang } from './types.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * Whether an attribute's value means "not set": the attribute was removed
 * (Lit sets the property to `null`) or written empty (`region=""`, as a CMS
 * writes an option left blank). Such a value takes the default quietly;
 * only a value that says something wrong gets a warning.
 */
export function isUnset(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/**
 * Detail types of the events our elements fire, by event name. Elements add
 * theirs by augmenting this interface.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WidgetEventMap {}

/**
 * Watches `lang` attributes anywhere in the document, so that an element that
 * inherits its language re-renders when the page (or the gallery) switches it.
 * One observer per page, alive only while elements are connected. A document's
 * subtree does not reach into shadow roots: an element placed in another
 * component's shadow root (a site's own article or tab component) also has
 * that root observed, and each root above it, whose `lang` changes it
 * inherits as well (`resolveLang` crosses them).
 */
const langWatch = {
  elements: new Set<WidgetElement>(),
  observer: undefined as MutationObserver | undefined,
  add(el: WidgetElement) {
    this.elements.add(el);
    this.observer ??= new MutationObserver(() => this.elements.forEach((e) => e.requestUpdate()));
    // Each root the element is in, from its own to the document (observing one again replaces its
    // registration, so none is watched twice). An attribute filter implies `attributes: true`.
    for (let node: Node | undefined = el; node; node = (node as ShadowRoot).host) {
      node = node.getRootNode();
      this.observer.observe(node, { attributeFilter: ['lang'], subtree: true });
    }
  },
  delete(el: WidgetElement) {
    this.elements.delete(el);
    if (this.elements.size === 0) {
      this.observer?.disconnect();
      this.observer = undefined;
    }
  },
};

/**
 * The small base of every element: language, theme, dataset loading with
 * visible loading and error states, typed composed events, and tag-prefixed
 * warnings. Subclasses implement `renderReady()`.
 *
 * What an element shows is also exposed as a custom state, so pages and tests
 * can style or wait for it: `:state(loading)`, `:state(ready)`, `:state(error)`.
 *
 * When its data cannot be used (or names something that is not in it),
 * readers see the fallback content the author wrote inside the tag, in the
 * element's box, or a short neutral line when there is none; the technical
 * cause goes to the console. A visible error box is shown instead only when
 * the page asks for it: the `debug` attribute, or `jgw-debug` in the page
 * URL's query (`?jgw-debug`).
 */
export abstract class WidgetElement extends LitElement {
  /** The library version, read by the registration guard. */
  static version = VERSION;

  /**
   * Registers this class as `tag` through the version-aware guard
   * (`defineElement`): `CooperationCounter.define('jakarta-counter')`. The CDN
   * loader registers the elements it loads this way.
   */
  static define(tag: string): CustomElementConstructor {
    return defineElement(tag, this as unknown as VersionedElement);
  }

  static override styles: CSSResultArray = [hostStyles];
  /**
   * Reactive properties, declared here rather than with Lit's decorators (whose
   * code would ship to every page); each element adds its own the same way.
   * The class fields below stay plain assignments that go through Lit's
   * accessors because tsconfig.json has `useDefineForClassFields: false`.
   */
  static override properties: PropertyDeclarations = {
    lang: {},
    theme: { reflect: true },
    src: {},
    data: { attribute: false },
    debug: { type: Boolean },
  };

  /**
   * Language of the element: `id` (Indonesian) or `en`. When absent, the
   * nearest ancestor's `lang`, then `<html lang>`, then `id`.
   */
  override lang = '';

  /** Colour theme: `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  theme: Theme = 'light';

  /** URL of a dataset of the same schema; empty for the dataset bundled with the library. */
  src = '';

  /**
   * A dataset object of the same schema, set from script (`el.data = dataset`).
   * It is validated as a `src` file is (into a copy; the object is not changed) and,
   * while set, takes precedence over `src`. Set a new object to show changes.
   */
  data: Dataset | undefined = undefined;

  /**
   * Shows a visible error box, with the technical cause, when the data cannot
   * be used (for the page's authors; readers otherwise see the fallback
   * content). `?jgw-debug` in the page URL does the same for every element.
   */
  debug = false;

  protected readonly loader = new DatasetController(this);

  private readonly warned = new Set<string>();

  /** What the last render showed, exposed as the custom state `:state(loading|ready|error)`. */
  private shown: 'loading' | 'ready' | 'error' = 'loading';
  private readonly internals: ElementInternals | undefined = this.attachInternals?.();

  /**
   * The nodes of a prerendered shadow root (Declarative Shadow DOM written by
   * `jakarta-global-widgets/ssr`) until the first client render that has data
   * replaces them, then empty; undefined for an element not prerendered.
   */
  private prerendered: ChildNode[] | undefined;

  /**
   * Whether the content of the element's closed disclosures (its sources and
   * notes) is rendered: see `whenFilled`. On the server (prerendered
   * embeds), always.
   */
  private filled = isServer;
  private fillQueued = false;

  /**
   * The content of a closed disclosure (`render()` is called when it is to be
   * shown). Not in the element's first render with data: it was about two
   * thirds of the nodes of a counter and of a compact card, for text nobody
   * sees until a disclosure opens. Asked for, it is rendered in the first
   * idle moment after the frame that shows the element (`whenIdle`: at most
   * 500 ms later on a busy page), so that find-in-page, which opens a closed
   * disclosure on a match, reaches it a moment later, or at once when the
   * reader opens the disclosure first
   * (`fill`, the summary's `@click`: pointer, Enter or Space; the content is
   * there before it opens). Not in a task of its own right after the frame:
   * at 4× CPU that task (~50 ms for a counter and a card) held back the
   * next frame, and every frame after it, while the page was loading.
   */
  protected whenFilled(render: () => unknown): unknown {
    if (this.filled) return render();
    if (!this.fillQueued) {
      this.fillQueued = true;
      requestAnimationFrame(() => whenIdle(this.fill));
    }
    return nothing;
  }

  /** Renders the closed disclosures' content now (see `whenFilled`). */
  protected readonly fill = (): void => {
    if (this.filled) return;
    this.filled = true;
    this.requestUpdate();
  };

  /** Whether the element started from a prerendered shadow root (it then never animates its arrival). */
  protected get wasPrerendered(): boolean {
    return !!this.prerendered;
  }

  /**
   * Reuses a prerendered shadow root (Lit's default; called once) and
   * remembers its content: lit-html, which does not hydrate here, renders
   * after it (not before its first node, Lit's default anchor, soon removed).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const nodes = this.shadowRoot && [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    if (nodes?.length) {
      this.prerendered = nodes;
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * The first render with data takes the place of the prerendered content in
   * the same task, so the reader never sees both, nor an empty box. While the
   * data is loading the prerendered content stays, and when it cannot be
   * loaded (a `src` file missing, blocked or timed out) too: it held the
   * file's figures when the page was built, which beats the fallback text.
   * The console has the warning; `debug` shows the error box instead.
   */
  protected override update(changed: PropertyValues): void {
    const { status } = this.loader.state;
    if (this.prerendered?.length && status !== 'loading' && (status !== 'error' || this.debugging)) {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
    super.update(changed);
  }

  /** Checks `theme` (at each update: the warning is once per value anyway, and a test of `changed` costs bytes on every page). */
  protected override willUpdate(_changed: PropertyValues): void {
    this.checkOne('theme', this.theme, ['light', 'dark', 'auto']);
  }

  /**
   * One warning when a string property's `value` is set (not null or empty: see `isUnset`) to none
   * of `allowed`, whose first is the default.
   */
  protected checkOne(name: string, value: string | null, allowed: readonly string[]): void {
    if (value && !allowed.includes(value)) this.warnOnce(`${name} "${value}" is not one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  }

  /** The resolved language (see `lang`). */
  get language(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    langWatch.add(this);
    // Moved (a tab, a carousel, an app's view): the language of its new place, which no lang
    // attribute change announces. (At the first connection, an update is already pending.)
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    langWatch.delete(this);
  }

  /** Renders the element once its dataset is ready. */
  protected abstract renderReady(data: Dataset, lang: Lang): TemplateResult | typeof nothing;

  protected override render(): unknown {
    const lang = this.language;
    const state = this.loader.state;
    this.shown = state.status;
    if (this.prerendered?.length) return nothing; // see `update`
    if (state.status === 'loading') return this.renderLoading(lang);
    if (state.status === 'error') {
      return this.renderError(datasetErrorMessage(state.error, lang), lang, state.error.message);
    }
    return this.renderReady(state.data, lang);
  }

  /** Whether the page asked for visible error boxes (`debug`, or `?jgw-debug` in its URL). */
  protected get debugging(): boolean {
    return this.debug || /[?&]jgw-debug(?:[=&]|$)/.test(location.search);
  }

  /** A box of the element's reserved size saying that data is loading. */
  protected renderLoading(lang: Lang): TemplateResult {
    return html`<div class="state state--loading" part="state" lang=${lang}>${coreStrings[lang].loading}</div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const states = this.internals?.states;
    if (!states) return;
    for (const name of ['loading', 'ready', 'error']) setState(states, name, name === this.shown);
  }

  /**
   * What readers see when the element cannot show its data: the fallback
   * content inside the tag (or a neutral line), or, when the page asks for it
   * (see `debugging`), a visible, localized error with its technical cause.
   * The cause itself goes to the console, from the loader or the element.
   */
  protected renderError(message: string, lang: Lang, technical?: string): TemplateResult {
    this.shown = 'error';
    if (!this.debugging) return this.renderFallback(lang);
    // The technical cause as the console gives it, in English whatever the element's language.
    return html`<div class="state state--error" part="state error" lang=${lang}>
      <span class="state__title">${coreStrings[lang].errorTitle}</span>
      <span>${message}</span>
      ${technical ? html`<code class="state__detail" lang="en">${technical}</code>` : nothing}
    </div>`;
  }

  /** The author's fallback content (the nodes inside the tag), or a short neutral line, in the element's box. */
  protected renderFallback(lang: Lang): TemplateResult {
    // An element, or text other than white space (comments do not count).
    const authored = this.children.length > 0 || !!this.textContent?.trim();
    return html`<div class="state state--fallback" part="state fallback">
      ${authored ? html`<slot></slot>` : html`<span lang=${lang}>${coreStrings[lang].unavailable}</span>`}
    </div>`;
  }

  /** `console.warn` prefixed with the tag name, at most once per element for each message. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /** Fires a typed event that bubbles and crosses shadow roots. */
  protected emit<K extends keyof WidgetEventMap>(type: K, detail: WidgetEventMap[K]): boolean {
    // (Built apart from dispatchEvent: the manifest's analyzer would list an event named "type".)
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    return this.dispatchEvent(event);
  }
}

/**
 * Sets a custom state on or off. Chromium 90–124 (Samsung Internet 25 and
 * older, WebViews not updated) has custom states but accepts only `--name`,
 * and throws on `name`: an uncaught error in every update, which would also
 * stop the subclasses' own `updated()`. There the state is `--name` (for
 * `:--name` selectors); where even that fails, the element works without.
 */
function setState(states: CustomStateSet, name: string, on: boolean): void {
  for (const value of [name, `--${name}`]) {
    try {
      if (on) return void states.add(value); // `name` refused: `--name` next
      states.delete(value);
    } catch {
      // Refused in both forms: no states.
    }
  }
}
