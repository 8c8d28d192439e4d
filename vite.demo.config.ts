import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { guideFile, guidePaths } from './scripts/guide.mjs';
import { hintedFiles } from './scripts/preload-hints.mjs';
import { sharedConfig, TARGET } from './vite.shared.ts';
import { editorUi } from './demo/data-editor-strings.ts';
import { translateHtml, type Page } from './demo/page-language.ts';
import { ui } from './demo/strings.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DEMO = resolve(ROOT, 'demo');
/** The CDN bundle made by `vite build --config vite.cdn.config.ts` (part of `npm run build`). */
const CDN = resolve(ROOT, 'dist/cdn');
const OUT = resolve(ROOT, 'dist-demo');
/** The self-host kit (`npm run build`): copied to `dist-demo/kit/`, where the gallery links it. */
const KIT = resolve(ROOT, 'dist/kit');
/** The WordPress plugin (`npm run build`, scripts/wordpress-plugin.mjs): copied beside the kit. */
const WORDPRESS_ZIP = resolve(ROOT, 'dist-wordpress/jakarta-global-widgets-wordpress.zip');

/** Subresource Integrity (sha384) of a file of the CDN bundle. */
const hash = (name: string) => `sha384-${createHash('sha384').update(readFileSync(join(CDN, name))).digest('base64')}`;

type PreloadTags = Record<string, { now: string[]; near?: string[] }>;

/**
 * The CDN bundle's `preload.json` tags (the files each tag needs, at once and
 * near the viewport), for the preload hints of the gallery's embed codes;
 * null before a build.
 */
function preloadTags(): PreloadTags | null {
  try {
    return (JSON.parse(readFileSync(join(CDN, 'preload.json'), 'utf8')) as { tags: PreloadTags }).tags;
  } catch {
    return null;
  }
}

/** Read once per config load (the CDN bundle is built before the gallery: `prestart`, `npm test`). */
const PRELOAD = preloadTags();

/**
 * Subresource Integrity (sha384) of the CDN script, of each tag's reservation
 * stylesheet, and of every chunk the preload hints name, for the gallery's
 * embed codes; null before a build.
 */
function sri(): { script: string; files: Record<string, string> } | null {
  try {
    const files = [
      ...Object.keys(PRELOAD ?? {}).map((tag) => `reserve/${tag}.css`),
      ...new Set(Object.values(PRELOAD ?? {}).flatMap((t) => hintedFiles(t, { eager: true }))),
    ];
    return {
      script: hash('jakarta-global-widgets.js'),
      files: Object.fromEntries(files.map((f) => [f, hash(f)])),
    };
  } catch {
    return null;
  }
}

/** Every page of the site: the gallery, the iframe page, the review sheet, the data editor and the host-page scenarios. */
const scenarios = readdirSync(join(DEMO, 'scenarios')).filter((f) => f.endsWith('.html'));
const input = {
  index: join(DEMO, 'index.html'),
  embed: join(DEMO, 'embed.html'),
  review: join(DEMO, 'review.html'),
  data: join(DEMO, 'data.html'),
  ...Object.fromEntries(scenarios.map((f) => [`scenarios/${f.replace(/\.html$/, '')}`, join(DEMO, 'scenarios', f)])),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.zip': 'application/zip',
};

/**
 * The gallery is self-hosted next to a copy of the CDN bundle (`cdn/`): its
 * snippets point there and the "loaded twice" scenario loads it. `npm start`
 * serves `dist/cdn/` at `/cdn/`; the build copies it into `dist-demo/cdn/`.
 */
function cdnCopy(): Plugin {
  return {
    name: 'jgw-cdn-copy',
    configureServer(server) {
      /** Serves under `prefix` the file `fileFor` names for a request's path (none, or missing: the next handler). */
      const serveFiles = (prefix: string, fileFor: (path: string) => string | undefined) =>
        server.middlewares.use(prefix, (req, res, next) => {
          const file = fileFor(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
          if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      serveFiles('/cdn/', (path) => {
        const file = normalize(join(CDN, path));
        return file.startsWith(CDN + '/') ? file : undefined;
      });
      // The zips the gallery links (the kit, the WordPress plugin), as the build copies them.
      serveFiles('/kit/', (path) => {
        const name = path.slice(1);
        if (name.includes('/')) return undefined;
        return name === basename(WORDPRESS_ZIP) ? WORDPRESS_ZIP : join(KIT, name);
      });
    },
    closeBundle() {
      if (!existsSync(join(CDN, 'jakarta-global-widgets.js'))) {
        this.warn('dist/cdn/ is missing: run `npm run build` first, or the gallery snippets point at nothing.');
        return;
      }
      cpSync(CDN, join(OUT, 'cdn'), { recursive: true });
      if (existsSync(KIT)) cpSync(KIT, join(OUT, 'kit'), { recursive: true });
      else this.warn('dist/kit/ is missing: run `npm run build` first, or the gallery links a missing kit.');
      // The WordPress plugin's zip, beside the kit: the embed that survives every WordPress author.
      if (existsSync(WORDPRESS_ZIP)) cpSync(WORDPRESS_ZIP, join(OUT, 'kit', basename(WORDPRESS_ZIP)));
      else this.warn('dist-wordpress/ is missing: run `npm run build` first, or the gallery links a missing plugin.');
    },
  };
}

/**
 * The host-page scenarios embed the library as the gallery's embed code does: before each of our
 * tags, `<link rel="modulepreload">` for the files it needs that the page has not named yet
 * (dist/cdn/preload.json; a lazy map's Leaflet and runtime are left to the loader, as in the embed
 * code). Relative to the scenario, like its script (`../cdn/`).
 */
function scenarioHints(): Plugin {
  return {
    name: 'jgw-scenario-hints',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const tags = PRELOAD;
        if (!tags || !/[\\/]scenarios[\\/][^\\/]+\.html$/.test(ctx.filename)) return html;
        const named = new Set<string>();
        const tagPattern = /([ \t]*)<(cooperation-counter|program-card|sister-city-list|sister-city-map)\b([^>]*)>/g;
        return html.replace(tagPattern, (tag, indent: string, name: string, attrs: string) => {
          const files = hintedFiles(tags[name], { eager: /\sloading="eager"/.test(attrs), named });
          for (const f of files) named.add(f);
          return `${files.map((f) => `${indent}<link rel="modulepreload" href="../cdn/${f}">\n`).join('')}${tag}`;
        });
      },
    },
  };
}

/**
 * The gallery and the data editor in English too: `index.en.html` and
 * `data.en.html`, the built pages with their texts written in English
 * (demo/page-language.ts), so that an English reader's first paint is in
 * English and nothing moves when the script runs. `npm start` serves them
 * from the sources.
 */
function pageLanguages(): Plugin {
  const english: Record<Page, Parameters<typeof translateHtml>[2]> = { index: ui.en, data: editorUi.en };
  return {
    name: 'jgw-page-languages',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const match = /^\/(index|data)\.en\.html$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
        if (!match) return next();
        try {
          const page = match[1] as Page;
          const source = translateHtml(readFileSync(join(DEMO, `${page}.html`), 'utf8'), 'en', english[page]);
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(req.url ?? `/${page}.en.html`, source, `/${page}.html`));
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const page of ['index', 'data'] as const) {
          const built = bundle[`${page}.html`];
          if (built?.type !== 'asset') return this.error(`${page}.html is not in the build`);
          this.emitFile({ type: 'asset', fileName: `${page}.en.html`, source: translateHtml(String(built.source), 'en', english[page]) });
        }
      },
    },
  };
}

/**
 * The data-update guide (docs/updating-the-data.md, docs/memperbarui-data.md) as pages of the site,
 * `guide/*.html` with their screenshots, which the data editor's footer links (scripts/guide.mjs):
 * rendered at each request under `npm start`, written into dist-demo/guide/ by the build.
 */
function guidePages(): Plugin {
  return {
    name: 'jgw-guide-pages',
    configureServer(server) {
      server.middlewares.use('/guide/', (req, res, next) => {
        const path = `guide${decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)}`;
        const file = guideFile(path);
        if (file === undefined) return next();
        res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
        res.end(file);
      });
    },
    generateBundle() {
      for (const fileName of guidePaths()) {
        const source = guideFile(fileName);
        if (source !== undefined) this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/** The demo gallery: `npm start` serves it, `npm run build:demo` builds it into dist-demo/. */
const shared = sharedConfig();

export default defineConfig({
  root: 'demo',
  base: './',
  define: { ...shared.define, __JGW_SRI__: JSON.stringify(sri()), __JGW_PRELOAD__: JSON.stringify(PRELOAD) },
  plugins: [cdnCopy(), scenarioHints(), pageLanguages(), guidePages(), ...shared.plugins],
  server: { host: '127.0.0.1', port: 5173, strictPort: false, open: false, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    target: TARGET,
    // No inlined `data:` modules or fonts: the pages run under `script-src 'self'`.
    assetsInlineLimit: 0,
    rolldownOptions: { input },
  },
});
