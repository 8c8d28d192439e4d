/**
 * The gallery (index.html): a section per element with live controls and its
 * embed codes, a language switch (sets `<html lang>` and the elements'
 * `lang`) and a theme switch (the page's colours and the elements' `theme`).
 * `?lang=en&theme=dark` in the URL picks the starting language and theme.
 * The script-source switch writes the script embeds for the self-hosted copy
 * (the download kit) or a version-pinned public CDN, with Subresource
 * Integrity for both (the files are this build's).
 */
import { bundledDataset, VERSION } from './lib.js';
import type { Lang } from '../src/core/types.js';
import type { ScriptSource } from './embed-code.js';
import { createSection, type Section } from './section.js';
import { ui } from './strings.js';
import { THEME_VALUES, WIDGETS } from './widgets.js';

type Theme = (typeof THEME_VALUES)[number];

/** sha384 of dist/cdn/jakarta-global-widgets.{js,css}, computed when the gallery is built. */
declare const __JGW_SRI__: { script: string; stylesheet: string } | null;
const integrity = typeof __JGW_SRI__ === 'object' && __JGW_SRI__ ? __JGW_SRI__ : undefined;

const data = bundledDataset();
const base = document.baseURI;
/** The public npm CDN (jsDelivr; unpkg has the same paths), pinned to this version. */
const PUBLIC_CDN = `https://cdn.jsdelivr.net/npm/jakarta-global-widgets@${VERSION}/dist/cdn/`;
const sources: Record<'self' | 'cdn', ScriptSource> = {
  self: {
    script: new URL('cdn/jakarta-global-widgets.js', base).href,
    stylesheet: new URL('cdn/jakarta-global-widgets.css', base).href,
    integrity,
  },
  cdn: {
    script: `${PUBLIC_CDN}jakarta-global-widgets.js`,
    stylesheet: `${PUBLIC_CDN}jakarta-global-widgets.css`,
    integrity,
  },
};
const urls = {
  source: sources.self,
  embedPage: new URL('embed.html', base).href,
  resizeScript: new URL('resize.js', base).href,
};

const query = new URLSearchParams(location.search);
let lang: Lang = query.get('lang') === 'en' ? 'en' : 'id';
let theme: Theme = (THEME_VALUES as readonly string[]).includes(query.get('theme') ?? '')
  ? (query.get('theme') as Theme)
  : 'light';

const langSelect = document.getElementById('ui-lang') as HTMLSelectElement;
const themeSelect = document.getElementById('ui-theme') as HTMLSelectElement;
const sourceSelect = document.getElementById('ui-source') as HTMLSelectElement;
(document.getElementById('kit-link') as HTMLAnchorElement).href = `kit/jakarta-global-widgets-${VERSION}.zip`;
const container = document.getElementById('widgets')!;

const sections: Section[] = WIDGETS.map((widget) => createSection(widget, data, urls, { lang, theme }, lang));
container.append(...sections.map((s) => s.element));

/** Rewrites every text of the page in the gallery's language. */
function translate(): void {
  const s = ui[lang];
  document.documentElement.lang = lang;
  document.title = s.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = s[node.dataset.i18n as keyof typeof s];
    if (typeof text === 'string') node.textContent = text;
  }
  document.getElementById('footer-version')!.textContent = s.footerVersion(VERSION);
  for (const section of sections) section.relabel(lang);
}

function setLanguage(next: Lang): void {
  lang = next;
  langSelect.value = lang;
  translate();
  for (const section of sections) section.set('lang', lang);
}

function setTheme(next: Theme): void {
  theme = next;
  themeSelect.value = theme;
  document.documentElement.dataset.theme = theme;
  for (const section of sections) section.set('theme', theme);
}

langSelect.addEventListener('change', () => setLanguage(langSelect.value === 'en' ? 'en' : 'id'));
themeSelect.addEventListener('change', () => setTheme(themeSelect.value as Theme));
sourceSelect.addEventListener('change', () => {
  urls.source = sourceSelect.value === 'cdn' ? sources.cdn : sources.self;
  for (const section of sections) section.refresh();
});

setLanguage(lang);
setTheme(theme);

