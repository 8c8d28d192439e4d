/**
 * The gallery (index.html): a section per element with live controls and its
 * embed codes, a language switch (sets `<html lang>` and the elements'
 * `lang`) and a theme switch (the page's colours and the elements' `theme`).
 * `?lang=en&theme=dark` in the URL picks the starting language and theme.
 */
import { bundledDataset, VERSION } from './lib.js';
import type { Lang } from '../src/core/types.js';
import { createSection, type Section } from './section.js';
import { ui } from './strings.js';
import { THEME_VALUES, WIDGETS } from './widgets.js';

type Theme = (typeof THEME_VALUES)[number];

const data = bundledDataset();
const base = document.baseURI;
const urls = {
  script: new URL('cdn/jakarta-global-widgets.js', base).href,
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

setLanguage(lang);
setTheme(theme);

