#!/usr/bin/env node
// Writes the gallery's oEmbed pages into dist-demo/oembed/ (run by
// `npm run build:demo`, after `vite build`): for each configuration of
// demo/oembed.ts, `<slug>.html` (the shareable page, with its discovery link)
// and `<slug>.json` (the static oEmbed response).
//
// oEmbed consumers fetch both server-side, so their URLs are absolute: the
// gallery's public URL comes from JGW_GALLERY_URL (or --url), e.g.
//   JGW_GALLERY_URL=https://portal.example.go.id/widgets/ npm run build:demo
// Without it the pages point at http://127.0.0.1:4173/ (`vite preview`) and a
// warning says so.
//   node scripts/oembed-pages.mjs [--url URL] [--out DIR]
//   import { renderOembedPages } from './oembed-pages.mjs' → [{ slug, html, json }]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { datasetParts } from './data-parts.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const DEFAULT_URL = 'http://127.0.0.1:4173/';

/** Loads repository modules (TypeScript, JSON imports) through Vite's SSR loader: `paths` are root-relative. */
export async function loadModules(paths) {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    define: { __JGW_VERSION__: JSON.stringify('oembed') },
    plugins: [datasetParts()],
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const modules = [];
    for (const path of paths) modules.push(await server.ssrLoadModule(path));
    return modules;
  } finally {
    await server.close();
  }
}

/** Every page and its oEmbed JSON, for a gallery at `galleryUrl` (ending in `/`). */
export async function renderOembedPages(galleryUrl) {
  if (!/^https?:\/\/.+\/$/.test(galleryUrl)) throw new Error(`the gallery URL must be http(s) and end in "/": ${galleryUrl}`);
  const [oembed, strings, json] = await loadModules(['/demo/oembed.ts', '/demo/strings.ts', '/data/jakarta-2024.json']);
  const data = json.default;
  return oembed.oembedPages(data).map((page) => {
    const lang = page.settings.lang === 'en' ? 'en' : 'id';
    return {
      ...page,
      html: oembed.oembedPageHtml(page, data, galleryUrl, strings.ui[lang].oembedGallery),
      json: oembed.oembedJson(page, data, galleryUrl),
    };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { url: { type: 'string' }, out: { type: 'string' } } });
  let url = values.url ?? process.env.JGW_GALLERY_URL ?? '';
  if (!url) {
    url = DEFAULT_URL;
    console.warn(
      `oembed-pages: JGW_GALLERY_URL is not set; the oEmbed pages point at ${url}. ` +
        'Set it to the gallery’s public URL (ending in "/") when you build for a site.',
    );
  }
  if (!url.endsWith('/')) url += '/';
  const out = resolve(ROOT, values.out ?? 'dist-demo/oembed');
  const pages = await renderOembedPages(url);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const page of pages) {
    writeFileSync(join(out, `${page.slug}.html`), page.html);
    writeFileSync(join(out, `${page.slug}.json`), JSON.stringify(page.json, null, 2) + '\n');
  }
  console.log(`oembed-pages: ${pages.length} pages for ${url} in ${out}`);
}
