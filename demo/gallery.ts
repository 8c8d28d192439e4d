/**
 * The gallery (index.html): a section per element with live controls and its
 * embed codes, a language switch (sets `<html lang>` and the elements'
 * `lang`) and a theme switch (the page's colours and the elements' `theme`).
 * The page's language is that of its HTML (`index.html` Indonesian,
 * `index.en.html` English, written by the build); the switch moves the
 * address to the other copy (page-language.ts). `?lang=en` (older links) and
 * `?theme=dark` in the URL pick the starting language and theme; the theme
 * switch writes `?theme=` back.
 * The script-source switch writes the script embeds for the self-hosted copy
 * (the download kit) or a version-pinned public CDN, with Subresource
 * Integrity for both (the files are this build's).
 */
import { bundledDataset, VERSION } from './lib.js';
import { validateDataset } from '../src/core/dataset.js';
import { formatNumber } from '../src/core/i18n.js';
import type { Dataset, Lang } from '../src/core/types.js';
import { srcProblem, type ScriptSource } from './embed-code.js';
import { addressWith, settleStartingAddress, showPageIn, startingLang } from './page-language.js';
import { showFieldError } from './controls.js';
import { createSection, type Section } from './section.js';
import { ui } from './strings.js';
import { THEME_VALUES, WIDGETS, type WidgetName } from './widgets.js';

type Theme = (typeof THEME_VALUES)[number];

/** sha384 of dist/cdn/jakarta-global-widgets.js, of each tag's reserve/<tag>.css and of the chunks, computed when the gallery is built. */
declare const __JGW_SRI__: { script: string; files: Record<string, string> } | null;
const integrity = typeof __JGW_SRI__ === 'object' && __JGW_SRI__ ? __JGW_SRI__ : undefined;
/** dist/cdn/preload.json's tags: the files each tag needs, for the embed codes' preload hints. */
declare const __JGW_PRELOAD__: ScriptSource['preload'] | null;
const preload = typeof __JGW_PRELOAD__ === 'object' && __JGW_PRELOAD__ ? __JGW_PRELOAD__ : undefined;

const bundled = bundledDataset();
/** What the previews, the menus and the fallback texts show: the bundled data, or a file chosen under "Next year's data". */
let data: Dataset = bundled;
let dataFile: string | null = null;
const base = document.baseURI;
/** The public npm CDN (jsDelivr; unpkg has the same paths), pinned to this version. */
const PUBLIC_CDN = `https://cdn.jsdelivr.net/npm/jakarta-global-widgets@${VERSION}/dist/cdn/`;
const sources: Record<'self' | 'cdn', ScriptSource> = {
  self: {
    script: new URL('cdn/jakarta-global-widgets.js', base).href,
    integrity,
    preload,
  },
  cdn: {
    script: `${PUBLIC_CDN}jakarta-global-widgets.js`,
    integrity,
    preload,
  },
};
const urls = {
  source: sources.self,
  embedPage: new URL('embed.html', base).href,
  resizeScript: new URL('resize.js', base).href,
};

const query = new URLSearchParams(location.search);
let lang: Lang = startingLang(location.search, document.documentElement.lang);
let theme: Theme = (THEME_VALUES as readonly string[]).includes(query.get('theme') ?? '')
  ? (query.get('theme') as Theme)
  : 'light';

const langSelect = document.getElementById('ui-lang') as HTMLSelectElement;
const themeSelect = document.getElementById('ui-theme') as HTMLSelectElement;
const sourceSelect = document.getElementById('ui-source') as HTMLSelectElement;
(document.getElementById('kit-link') as HTMLAnchorElement).href = `kit/jakarta-global-widgets-${VERSION}.zip`;
const container = document.getElementById('widgets')!;

// The live elements are created as their section comes within a screen of
// the viewport, the first one at once (at the top of a wide screen it is in
// view on the first paint, and would push what follows it down if it came
// later). Creating all four at load was most of the gallery's blocking time
// in Lighthouse (their first renders and layouts in one task), for elements
// nobody sees yet; coming from a screen away, an element is rendered before
// it is in view, and moves nothing the reader sees.
const sections: Section[] = [];
const near = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      sections.find((s) => s.previewBox === entry.target)?.mountPreview();
    }
  },
  { rootMargin: '100% 0px' },
);

/** Builds one section in the gallery's current language, theme and script source, and adds it to the page. */
function addSection(widget: WidgetName): Section {
  const section = createSection(widget, bundled, urls, { lang, theme, ...(pageSrc && { src: pageSrc }) }, lang);
  if (dataFile) section.setData(data, dataFile);
  sections.push(section);
  container.append(section.element);
  return section;
}

/**
 * The first section at once, the others one task each (a section's
 * controls and embed codes are some 10 ms of script on a phone): no long
 * task. What follows the sections is below the fold from the first one on.
 */
async function addSections(): Promise<void> {
  const [first, ...rest] = WIDGETS;
  if (first) addSection(first).mountPreview();
  for (const widget of rest) {
    await new Promise((resolve) => setTimeout(resolve));
    near.observe(addSection(widget).previewBox);
  }
  // A link to a section (index.html#sister-city-map) finds it now.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && scrollY === 0) {
    await mountUpTo(target);
    if (scrollY === 0) target.scrollIntoView({ behavior: 'instant' });
  }
}

/** Whether a live element shows its data (or its error): its final height. */
function settled(node: HTMLElement): boolean {
  try {
    return node.matches(':state(ready), :state(error)');
  } catch {
    return true; // a browser without :state()
  }
}

/**
 * Creates the live elements of the sections above `target` and of the one
 * it is in (all of them when it is below the sections), and waits (a second
 * at most) until they show their data: a jump there then lands where it
 * should, with nothing created or grown on the way to push it down.
 */
async function mountUpTo(target: Element): Promise<void> {
  for (const section of sections) {
    if (section.element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) break;
    section.mountPreview();
  }
  const live = sections.map((s) => s.preview()).filter((el): el is HTMLElement => !!el);
  const until = performance.now() + 1000;
  while (!live.every(settled) && performance.now() < until) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

// Links within the page (the table of contents): the browser follows them
// once the elements above their target are there.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
  const target = link?.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  if (!link || !target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  if (sections.every((s) => s.preview() || !(s.element.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING))) return;
  event.preventDefault();
  void mountUpTo(target).then(() => {
    if (location.hash === link.hash) target.scrollIntoView();
    else location.hash = link.hash;
  });
});

/** Rewrites the page's own texts (outside the sections) in the gallery's language. */
function translatePage(): void {
  const s = ui[lang];
  document.documentElement.lang = lang;
  document.title = s.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = s[node.dataset.i18n as keyof typeof s];
    if (typeof text === 'string') node.textContent = text;
  }
  document.getElementById('footer-version')!.textContent = s.footerVersion(VERSION);
}

// ---------------------------------------------------------------- next year's data

const fileInput = document.getElementById('own-data-file') as HTMLInputElement;
const srcInput = document.getElementById('own-data-src') as HTMLInputElement;
const srcError = document.getElementById('own-data-src-error')!;
/** The address typed under "Next year's data": every section's `src` follows it (each can change its own after). */
let pageSrc = '';
const resetButton = document.getElementById('own-data-reset') as HTMLButtonElement;
const dataStatus = document.getElementById('own-data-status')!;
/** The status line in a language (rewritten when the gallery's language changes). */
let statusIn: ((lang: Lang) => string) | null = null;
/** Counts the files chosen (see `openDataFile`). */
let opening = 0;

function showStatus(text: ((lang: Lang) => string) | null): void {
  statusIn = text;
  dataStatus.textContent = text ? text(lang) : '';
}

/** Says that `file` cannot be used (`message`, in each language), and which data the previews keep. */
function showFailure(file: File, message: (lang: Lang) => string): void {
  const kept = dataFile;
  showStatus((l) => ui[l].ownDataFailed(file.name, message(l), kept));
}

function useData(next: Dataset, file: string | null): void {
  data = next;
  dataFile = file;
  for (const section of sections) section.setData(next, file);
  resetButton.hidden = !file;
}

/**
 * Reads a data file chosen by the reader, in this browser only, as the
 * elements would read it from `src` (UTF-8; what is wrong with one item
 * leaves that item out): a file nothing can be shown from is named with the
 * checker's first error, and the bundled data stays.
 */
async function openDataFile(file: File): Promise<void> {
  // A second file chosen while the first is read: only the last one counts.
  const turn = ++opening;
  const [check, { formatProblem: formatDatasetProblem }] = await Promise.all([import('../src/check/index.js'), import('../src/core/problems.js')]);
  const decoded = check.decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  if (turn !== opening) return;
  if (!('text' in decoded)) {
    const problem = { code: 'encoding', params: { encoding: decoded.encoding }, effect: 'fatal', path: '', field: '' } as const;
    return showFailure(file, (l) => formatDatasetProblem(problem, l));
  }
  const result = check.checkText(decoded.text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  let next: Dataset;
  try {
    next = await validateDataset(result.value);
  } catch {
    const first = errors[0];
    if (turn === opening) showFailure(file, (l) => (first ? check.formatProblem(first, l) : ''));
    return;
  }
  if (turn !== opening) return;
  useData(next, file.name);
  showStatus(
    (l) =>
      ui[l].ownDataLoaded(file.name, formatNumber(next.partners.length, l), formatNumber(next.programs.length, l)) +
      (errors.length ? ui[l].ownDataErrors(formatNumber(errors.length, l)) : ''),
  );
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  // The checker's file not fetched (the gallery's site updated meanwhile): said, like any other failure.
  if (file) openDataFile(file).catch((error: unknown) => showFailure(file, () => String((error as Error)?.message ?? error)));
});
/** Names what is wrong with the page-wide address under its field (in the gallery's language), or clears it. */
function showSrcProblem(): void {
  const problem = pageSrc ? srcProblem(pageSrc) : '';
  showFieldError(srcInput, srcError, problem ? ui[lang][`srcProblem_${problem}`] : '', 'own-data-src-help');
}

/** Writes `next` as every section's data file address, where the section's own field still holds the last one written from here. */
function setPageSrc(next: string): void {
  for (const section of sections) if ((section.settings().src ?? '') === pageSrc) section.set('src', next);
  pageSrc = next;
  showSrcProblem();
}

srcInput.addEventListener('input', () => setPageSrc(srcInput.value.trim()));
resetButton.addEventListener('click', () => {
  opening++;
  useData(bundled, null);
  fileInput.value = '';
  // The codes go back to the bundled data too: the address written from here is taken out.
  srcInput.value = '';
  setPageSrc('');
  showStatus((l) => ui[l].ownDataBundled);
  // The button is gone: the keyboard goes back to the file field.
  fileInput.focus();
});

function setLanguage(next: Lang): void {
  lang = next;
  langSelect.value = lang;
  translatePage();
  if (statusIn) dataStatus.textContent = statusIn(lang);
  showSrcProblem();
  showPageIn('index', lang, ui[lang].pageDescription);
  for (const section of sections) {
    section.relabel(lang);
    section.set('lang', lang);
  }
}

function setTheme(next: Theme): void {
  theme = next;
  themeSelect.value = theme;
  document.documentElement.dataset.theme = theme;
  for (const section of sections) section.set('theme', theme);
  // The address keeps the choice, for a reload or a shared link (light is the default).
  history.replaceState(history.state, '', addressWith(location.href, 'theme', theme === 'light' ? null : theme));
}

langSelect.addEventListener('change', () => setLanguage(langSelect.value === 'en' ? 'en' : 'id'));
themeSelect.addEventListener('change', () => setTheme(themeSelect.value as Theme));
sourceSelect.addEventListener('change', () => {
  urls.source = sourceSelect.value === 'cdn' ? sources.cdn : sources.self;
  for (const section of sections) section.refresh();
});

// The sections were built in the starting language and theme: the page's own texts and colours follow.
langSelect.value = lang;
themeSelect.value = theme;
translatePage();
settleStartingAddress('index', lang, ui[lang].pageDescription);
document.documentElement.dataset.theme = theme;
void addSections();

