/**
 * The entry of the CDN bundle (`dist/cdn/jakarta-global-widgets.js`): a small
 * autoloader, in the pattern of Shoelace's and Web Awesome's.
 *
 * It registers each of our four tags that is in the document, now or later
 * (a MutationObserver on the document), by importing that element's chunk;
 * Lit with the core, and the dataset, are chunks shared by the elements. A tag that
 * the page does not use costs nothing. Chunks are resolved relative to this
 * file's own URL (plain `import()` of relative paths).
 *
 * No waterfall: everything a tag needs is requested at once, as parallel
 * `import()`s from here (the build lists each chunk's own imports beside
 * it), not found one file after another. Tags found together (in the
 * document at start, or in one added subtree) with an element on screen or
 * within 200 px of it are registered together, in one task, once
 * all their chunks are in: a counter and a card then render and lay out in
 * the same frame, where registering each as its chunk came in cost a frame, a
 * layout and a paint more (about 150 ms on the benchmark's 4× throttled
 * article page). Tags whose elements are all further down are registered
 * next, one per frame in the document's order: rendering and laying out a
 * card and a table the reader cannot see yet in the same task as the visible
 * counter made one long task (the article's total blocking time in
 * Lighthouse). The map is registered on its own, as soon as its chunk is in:
 * the other elements do not wait for its larger files.
 *
 * Prerendered elements (Declarative Shadow DOM: their shadow root came with
 * the HTML) are on screen and final before any script runs. When every tag
 * found together is such an element, their chunks (a map's lazy half too) are
 * imported only after the frame that paints the page: evaluating them and
 * Lit's render over the same markup used to run first and delay that paint.
 *
 * For the map, its element chunk is imported when the tag is seen, and its
 * lazy half (the runtime with the basemap, and Leaflet) as soon as the map
 * comes within 200 px of the viewport, the very moment the element itself
 * would ask for them (`loading="eager"`: at once). A map far down an article
 * thus does not compete with the article's first paint for ~70 KiB it may
 * never show.
 *
 * Tags inside other components' shadow roots are not seen (the observer
 * watches the document only, as in Shoelace); such a component can call the
 * exported `discover(shadowRoot)`.
 *
 * Loaded twice or in two versions: the first copy to run claims the page by
 * registering the tag `jakarta-global-widgets` (a class carrying its
 * version; nothing else, no global). A later copy of the same version does
 * nothing; a copy of another version loads nothing and logs one warning for
 * each of our tags it finds, naming both versions. A tag that is already
 * registered (e.g. by an npm build of the library) is left alone, with the
 * same warning when its version differs.
 */
import type { VersionedElement } from './core/define.js';

declare const __JGW_VERSION__: string | undefined;

/**
 * The version, inlined rather than imported from `core/version.ts`: a module
 * shared with the chunks would make them import this entry back, by its bare
 * URL (a second copy of the loader when the page loads it as `…js?v=1`).
 */
export const VERSION: string = typeof __JGW_VERSION__ === 'string' ? __JGW_VERSION__ : '0.0.0-dev';

const MAP = 'sister-city-map';

/** A tag and the element class to register it with (through the class's own `define`, the core's guard). */
type Registration = readonly [tag: string, element: { define(tag: string): unknown }];

/**
 * What registering each tag takes: its element's chunk, whose class this
 * file registers once every tag found with it is loaded. The map's chunk
 * registers itself, and the table it embeds, as it runs (it is loaded on
 * its own). The build (scripts/parallel-imports.ts) turns each of these
 * `import()`s into parallel `import()`s of the chunk and of every chunk it
 * imports (Lit, the core, the dataset…): one round trip from this file.
 */
const ELEMENTS: Record<string, () => Promise<Registration[]>> = {
  'cooperation-counter': () =>
    import('./cooperation-counter/cooperation-counter.js').then((m) => [['cooperation-counter', m.CooperationCounter]]),
  'program-card': () => import('./program-card/program-card.js').then((m) => [['program-card', m.ProgramCard]]),
  'sister-city-list': () => import('./sister-city-list/element.js').then((m) => [['sister-city-list', m.SisterCityList]]),
  [MAP]: () => import('./sister-city-map/define.js').then(() => []),
};

/**
 * The map's lazy half, the same modules the element imports itself once it
 * draws (so the browser fetches each once): requested in parallel with each
 * other instead of element → runtime → Leaflet (the runtime carries the
 * basemap).
 */
const mapParts = (): Promise<unknown> =>
  Promise.all([import('./sister-city-map/map-runtime.js'), import('./sister-city-map/leaflet.js')]);

const TAGS = Object.keys(ELEMENTS);
const SELECTOR = TAGS.join(',');
const CLAIM = 'jakarta-global-widgets';

/** Marks the copy of the library that owns the page's tags. */
class Claim extends HTMLElement {
  static readonly version = VERSION;
}

/** The version of the copy that owns the page; this copy claims it if no copy has. */
function claim(): { mine: boolean; version: string } {
  let owner = customElements.get(CLAIM) as VersionedElement | undefined;
  if (!owner) {
    try {
      customElements.define(CLAIM, Claim);
    } catch {
      // the name is taken in a way we cannot use: act as the owner
      return { mine: true, version: VERSION };
    }
    owner = Claim;
  }
  return { mine: owner === Claim, version: owner.version ?? 'unknown' };
}

const owner = claim();
const handled = new Set<string>();
let mapPartsRequested = false;
/** Whether this copy registers the map (an npm build or another copy may own the tag instead). */
let mapIsMine = false;

/** `theirs` is '' when the tag's class is not one of ours (no version): the page's own, or another library's. */
function warnOtherVersion(tag: string, theirs: string): void {
  console.warn(
    `<${tag}>: already defined by ${theirs ? `version ${theirs}` : 'another script'}; jakarta-global-widgets ${VERSION} leaves it.${theirs && ' Load the library once.'}`,
  );
}

function requestMapParts(): void {
  if (mapPartsRequested) return;
  mapPartsRequested = true;
  // A failure is the element's to report (it retries and shows its message).
  mapParts().catch(() => {
    mapPartsRequested = false;
  });
}

/** Whether this copy should load `tag`: not yet handled, and not registered by another copy or build. */
function wanted(tag: string): boolean {
  if (handled.has(tag)) return false;
  handled.add(tag);
  const registered = customElements.get(tag) as VersionedElement | undefined;
  const theirs = registered ? (registered.version ?? '') : owner.mine ? VERSION : owner.version;
  if (theirs !== VERSION) {
    warnOtherVersion(tag, theirs);
    return false;
  }
  return !registered && owner.mine;
}

/**
 * The elements found that are, as far as the browser has said, more than
 * 200 px away from the viewport. An element it has not reported on yet
 * counts as near (it is registered at once).
 */
const far = new WeakSet<Element>();
let sight: IntersectionObserver | undefined;

/**
 * Watches how near the viewport `elements` are: a map's lazy half is
 * requested as one comes within 200 px (the element's own margin), the
 * other tags are registered now or later (`loadTogether`).
 */
function watch(elements: Element[]): void {
  sight ??= new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) {
          far.add(target);
          continue;
        }
        far.delete(target);
        // A map is watched until it first comes near: a failure then is the element's to retry.
        if (target.localName === MAP) {
          sight?.unobserve(target);
          requestMapParts();
        }
      }
    },
    { rootMargin: '200px' },
  );
  elements.forEach((el) => sight?.observe(el));
}

/**
 * Imports the chunks of `tags` in parallel, then registers them: when the
 * last is in, or a second after the first (those still loading are then
 * registered one by one as they come). Their chunks come from one host at
 * once and arrive within tens of milliseconds (a few hundred on a slow phone
 * link); a chunk that stalls holds the others back no longer than that.
 * The tags with an element near the viewport are registered together in one
 * task; those whose `elements` are all far from it, one per frame after that.
 */
function loadTogether(tags: string[], elements: Element[]): void {
  if (tags.length === 0) return;
  /** Each tag's registration once its chunk is in, at the tag's index (the document's order). */
  let waiting: Array<() => void> | undefined = [];
  let settled = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    const ready = waiting ?? [];
    const later: Array<() => void> = [];
    waiting = undefined;
    elements.forEach((el) => sight?.unobserve(el));
    ready.forEach((registerIt, i) =>
      elements.every((el) => el.localName !== tags[i] || far.has(el)) ? later.push(registerIt) : registerIt(),
    );
    // One per frame; a hidden tab, which paints no frame, registers them once shown.
    const next = (): unknown => later.length && requestAnimationFrame(() => setTimeout(() => (later.shift()?.(), next())));
    next();
  };
  for (const tag of tags) {
    ELEMENTS[tag]().then(
      (registrations) => {
        const registerIt = () => {
          // The failure line goes first: an element upgraded over it would take it for prerendered content.
          shown.get(tag)?.forEach((node) => node.remove());
          for (const [name, element] of registrations) element.define(name);
        };
        if (waiting) waiting[tags.indexOf(tag)] = registerIt;
        else registerIt();
        if (++settled === tags.length) flush();
        else timer ??= setTimeout(flush, 1000);
      },
      (error: unknown) => {
        notLoaded(tag, error);
        if (++settled === tags.length) flush();
      },
    );
  }
}

function notLoaded(tag: string, error: unknown): void {
  handled.delete(tag); // seen again (a tag added later), it is tried again: the observer watches again
  observer.observe(document.documentElement, { childList: true, subtree: true });
  showFailure(tag);
  // The browser's message names the file (Chromium, Firefox) or the policy. The shared chunk's Lit
  // creates its Trusted Types policy when evaluated (scripts/lit-policy.ts): a CSP that does not
  // allow it fails every tag alike, each saying so. Anything else is nearly always a partial upload: the
  // `chunks/` folder left out. Said here, in the entry, since no chunk (nor the core's wording) can be
  // loaded then.
  const message = String((error as Error)?.message ?? error);
  console.warn(
    `<${tag}>: could not be loaded (${message}). ${
      /createPolicy/.test(message)
        ? "Allow trusted-types jakarta-global-widgets in the page's CSP."
        : 'Upload the whole dist/cdn/ folder (chunks/ included).'
    }`,
  );
}

/**
 * Readers of a tag whose chunk cannot be loaded see a localized line above
 * the author's text inside the tag (slotted), in the box the stylesheet
 * reserved: no chunk, so no data and no table either. Written here with DOM
 * calls and a constructed stylesheet (strict CSP, Trusted Types); if a later
 * try loads the chunk, the line goes and the element draws itself.
 */
const shown = new Map<string, ChildNode[]>();
let failureSheet: CSSStyleSheet | undefined;

function showFailure(tag: string): void {
  const nodes = shown.get(tag) ?? [];
  shown.set(tag, nodes);
  for (const el of document.querySelectorAll(tag)) {
    if (el.shadowRoot) continue;
    const en = /^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
    const line = document.createElement('p');
    line.setAttribute('part', 'unavailable');
    line.lang = en ? 'en' : 'id';
    line.textContent =
      tag === MAP
        ? en ? 'The map could not be loaded.' : 'Peta tidak dapat dimuat.'
        : en ? 'This content could not be loaded.' : 'Konten ini tidak dapat dimuat.';
    const slot = document.createElement('slot');
    const root = el.attachShadow({ mode: 'open' });
    if (!failureSheet) {
      failureSheet = new CSSStyleSheet();
      failureSheet.replaceSync(':host{display:block}p{margin:0 0 .5em;font-weight:600}');
    }
    root.adoptedStyleSheets = [failureSheet];
    root.append(line, slot);
    nodes.push(line, slot);
  }
}

/**
 * Registers our tags found in `root` (the document, or a component's open
 * shadow root, which the observer does not see into): those found together
 * and near the viewport in one task, those further down one per frame after
 * them, the map on its own.
 */
export function discover(root: ParentNode): void {
  discoverIn([root]);
}

function discoverIn(roots: ParentNode[]): void {
  const found = roots.flatMap((root) => [
    ...(root instanceof Element && root.matches(SELECTOR) ? [root] : []),
    ...root.querySelectorAll(SELECTOR),
  ]);
  const tags = [...new Set(found.map((el) => el.localName))].filter(wanted);
  mapIsMine ||= tags.includes(MAP);
  const others = tags.filter((tag) => tag !== MAP);
  // Known by the time their chunks are in (a round trip later): which of them are on screen.
  const elements = found.filter((el) => others.includes(el.localName));
  watch(elements);
  const start = (): void => {
    loadTogether(others, elements);
    if (tags.includes(MAP)) loadTogether([MAP], []);
    // Its lazy half only for a map this copy draws: one already defined elsewhere loads its own.
    if (mapIsMine && !mapPartsRequested) {
      const maps = found.filter((el) => el.localName === MAP);
      if (maps.some((el) => el.getAttribute('loading') === 'eager')) requestMapParts();
      else watch(maps);
    }
  };
  // Prerendered elements, the map included, wait for the frame that paints the page (first paint
  // 1.16× that of the page without script when they did not, 1.08× so; README, "Prerendered
  // elements upgraded after the first frame"). A batch without a new tag of ours asks for no frame.
  if (tags.length && found.every((el) => el.shadowRoot)) requestAnimationFrame(() => setTimeout(start));
  else start();
}

discover(document);
const observer = new MutationObserver((records) => {
  // Everything added in one batch of mutations is found together.
  discoverIn(records.flatMap((record) => [...record.addedNodes].filter((node) => node instanceof Element)));
  // Nothing left to do once every tag is handled and the map's parts are asked for.
  if (handled.size === TAGS.length && (mapPartsRequested || !mapIsMine)) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
