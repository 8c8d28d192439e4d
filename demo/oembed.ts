/**
 * oEmbed: one shareable page per useful configuration, each with its
 * discovery link and a static oEmbed JSON, so that an author of any role
 * can paste the page's URL on its own line in WordPress (or Ghost, Notion,
 * Slack…) and get the widget. `scripts/oembed-pages.mjs` writes them into
 * `dist-demo/oembed/` after `vite build`; the gallery's builder links to them.
 *
 * The scheme: a page per metric (counter), per programme (card), per region
 * (list and map) and per highlighted partner (map), in each language. Other
 * settings (theme, sort, variant…) keep their defaults there; the iframe
 * embed carries them. Pure string building, unit-tested.
 */
import type { Dataset, Lang } from '../src/core/types.js';
import { attr, embedUrl, fallbackHtml, iframeTitle, reservedHeight } from './embed-code.js';
import { escapeHtml } from './escape.js';
import { partnerStrings, REGION_FILTERS } from '../src/core/partners.js';
import { pageHref } from './page-language.js';
import { attributesFor, LANG_VALUES, SPECS, type Settings, type WidgetName } from './widgets.js';

/** The folder of the pages, relative to the gallery. */
export const OEMBED_DIR = 'oembed/';
export const PROVIDER_NAME = 'Jakarta Global Widgets';
/** The width the oEmbed response declares (the iframe itself is `width="100%"`). */
export const OEMBED_WIDTH = 600;

export interface OembedPage {
  widget: WidgetName;
  /** The settings the page shows (every other parameter at its default). */
  settings: Settings;
  /** File name without extension, e.g. `sister-city-map-region-asia-id`. */
  slug: string;
}

/** The page for `settings`' key values (a map with a partner highlighted shows every region). */
export function oembedPage(widget: WidgetName, settings: Settings): OembedPage {
  const lang: Lang = settings.lang === 'en' ? 'en' : 'id';
  const get = (name: string) => settings[name] || SPECS[widget].params.find((p) => p.name === name)!.default;
  switch (widget) {
    case 'cooperation-counter':
      return { widget, settings: { metric: get('metric'), lang }, slug: `${widget}-${get('metric')}-${lang}` };
    case 'program-card':
      return { widget, settings: { program: get('program'), lang }, slug: `${widget}-${get('program')}-${lang}` };
    case 'sister-city-list':
      return { widget, settings: { region: get('region'), lang }, slug: `${widget}-region-${get('region')}-${lang}` };
    case 'sister-city-map':
      if (settings.selected) {
        return {
          widget,
          settings: { selected: settings.selected, lang },
          slug: `${widget}-partner-${settings.selected}-${lang}`,
        };
      }
      return { widget, settings: { region: get('region'), lang }, slug: `${widget}-region-${get('region')}-${lang}` };
  }
}

/**
 * The parameters of `settings` that the oEmbed page does not carry (set to
 * something other than their default): the builder names them.
 */
export function oembedDropped(widget: WidgetName, settings: Settings): string[] {
  const page = oembedPage(widget, settings);
  return SPECS[widget].params
    .filter((p) => !(p.name in page.settings) && (settings[p.name] ?? p.default) !== p.default)
    .map((p) => p.name);
}

/** Every page the build writes: each metric, programme, region and partner, in each language. */
export function oembedPages(data: Dataset): OembedPage[] {
  const pages: OembedPage[] = [];
  for (const lang of LANG_VALUES) {
    for (const m of data.metrics) pages.push(oembedPage('cooperation-counter', { metric: m.id, lang }));
    for (const p of data.programs) pages.push(oembedPage('program-card', { program: p.id, lang }));
    for (const region of REGION_FILTERS) {
      pages.push(oembedPage('sister-city-list', { region, lang }));
      pages.push(oembedPage('sister-city-map', { region, lang }));
    }
    for (const p of data.partners) pages.push(oembedPage('sister-city-map', { selected: p.id, lang }));
  }
  return pages;
}

/** `…/oembed/<slug>.html` under the gallery's public URL (ending in `/`). */
export function oembedPageUrl(page: OembedPage, galleryUrl: string): string {
  return new URL(`${OEMBED_DIR}${page.slug}.html`, galleryUrl).href;
}

/** The title of a page: the iframe's title, with the region or partner for lists and maps. */
export function oembedTitle(page: OembedPage, data: Dataset): string {
  const lang: Lang = page.settings.lang === 'en' ? 'en' : 'id';
  const title = iframeTitle(page.widget, page.settings, data, lang);
  const { region, selected } = page.settings;
  if (selected) {
    const partner = data.partners.find((p) => p.id === selected);
    return partner ? `${title}: ${partner.name[lang]}` : title;
  }
  if (region && region !== 'all') return `${title}: ${partnerStrings[lang][`region_${region}` as 'region_asia']}`;
  return title;
}

/** A first height for the frame (px), before the embedding page resizes it to the content (WordPress: 200 to 1000). */
export function oembedHeight(page: OembedPage, data: Dataset): number {
  if (page.widget === 'sister-city-list') {
    const region = page.settings.region ?? 'all';
    const rows = data.partners.filter((p) => region === 'all' || p.region === region).length;
    return Math.min(1000, 200 + 44 * rows);
  }
  return reservedHeight(page.widget, page.settings, OEMBED_WIDTH);
}

/**
 * The oEmbed response (`type: rich`): its `html` is one iframe with only the
 * attributes WordPress's `wp_filter_oembed_result` keeps (`src`, `width`,
 * `height`, `frameborder`, `title`), so it survives for every author.
 */
export function oembedJson(page: OembedPage, data: Dataset, galleryUrl: string) {
  const title = oembedTitle(page, data);
  const height = oembedHeight(page, data);
  const src = embedUrl(page.widget, page.settings, new URL('embed.html', galleryUrl).href);
  const html =
    `<iframe${attr('src', src)}${attr('title', title)}${attr('width', '100%')}` +
    `${attr('height', String(height))}${attr('frameborder', '0')}></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: galleryUrl,
    html,
    width: OEMBED_WIDTH,
    height,
    cache_age: 86400,
  };
}

/**
 * The shareable page: the oEmbed discovery link (absolute, as consumers
 * fetch it server-side), the widget itself through the script embed (the
 * gallery's copy of the CDN bundle) and a link back to the gallery.
 */
export function oembedPageHtml(page: OembedPage, data: Dataset, galleryUrl: string, galleryLabel: string): string {
  const lang: Lang = page.settings.lang === 'en' ? 'en' : 'id';
  const title = oembedTitle(page, data);
  const json = new URL(`${OEMBED_DIR}${page.slug}.json`, galleryUrl).href;
  const attrs = attributesFor(page.widget, page.settings)
    .map(([name, value]) => attr(name, value))
    .join('');
  // No `style` attribute: the page runs under `style-src 'self'`.
  const tag = `<${page.widget}${attrs}>${fallbackHtml(page.widget, page.settings, data, lang)}</${page.widget}>`;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="alternate" type="application/json+oembed"${attr('href', json)}${attr('title', title)} />
    <link rel="canonical"${attr('href', oembedPageUrl(page, galleryUrl))} />
    <script type="module" src="../cdn/jakarta-global-widgets.js"></script>
  </head>
  <body>
    <main>
      ${tag}
      <p><a href="../${lang === 'en' ? pageHref('index', 'en') : ''}">${escapeHtml(galleryLabel)}</a></p>
    </main>
  </body>
</html>
`;
}
