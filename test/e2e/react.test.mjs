// The React wrappers (`jakarta-global-widgets/react`, dist/react.js) as a
// framework with server rendering uses them: rendered to HTML by
// react-dom/server in Node, then, in the browser, the elements upgrade from
// that HTML before React hydrates it (react-dom/client's hydrateRoot, bundled
// with the wrappers by esbuild). The server's HTML carries the props as
// attributes, so the elements show their own settings from their first
// render; hydration reports no mismatch; events and `data` work after it.
// Then an app rendered in the browser only, with one element's wrapper each
// (`jakarta-global-widgets/react/cooperation-counter`…): React 19 sets props
// as properties there; the wrapper writes the attributes too.
//
// All of it under each React the package accepts (peerDependencies: react
// >=17): 19 (the root's devDependency), 18 and 17 (the workspaces
// test/react-18 and test/react-17, each with its own react and react-dom).
// Under 17 and 18, the server side is bundled too, so that the wrappers'
// `import 'react'` is that version's (a React 19 hook under React 18's
// renderer is an invalid hook call).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch, openPage, serve, waitForWidgets } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = JSON.parse(readFileSync(join(ROOT, 'data/jakarta-2024.json'), 'utf8'));

/** The app, as both sides render it (a module that exports `app(React, wrappers)`). */
const APP = `
export function app(React, { CooperationCounter, SisterCityList, SisterCityMap }, on = {}) {
  const h = React.createElement;
  return h('main', null,
    h(CooperationCounter, { id: 'counter', metric: 'hospitals', lang: 'en', animation: 'none', className: 'host-class' }),
    h(SisterCityList, { id: 'list', region: 'asia', noControls: true, lang: 'en', onSort: on.sort }),
    h(SisterCityMap, { id: 'map', lang: 'en', region: 'europe', selected: 'rotterdam', open: true, loading: 'eager', headingLevel: 3, style: { height: '480px' }, onSelect: on.select }),
    h(SisterCityList, { id: 'custom', lang: 'en', data: on.data }),
  );
}`;

/**
 * Each React tested: where its `react` and `react-dom` resolve from, and how an app mounts with it
 * (React 17 has no react-dom/client: `hydrate` and `render` from react-dom).
 */
const VERSIONS = [
  { major: 19, dir: ROOT, legacy: false },
  { major: 18, dir: join(ROOT, 'test/react-18'), legacy: false },
  { major: 17, dir: join(ROOT, 'test/react-17'), legacy: true },
];

/** An esbuild plugin that resolves `react`, `react-dom` and their subpaths from `dir` (one React in the bundle). */
const reactFrom = (dir) => ({
  name: 'react-from',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/|$)/ }, (args) =>
      args.pluginData === 'react-from' ? undefined : b.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: 'react-from' }),
    );
  },
});

describe('React wrappers, as built', () => {
  it('is a client component (each built entry starts with "use client")', () => {
    for (const file of ['react.js', ...['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].map((n) => `react/${n}.js`)]) {
      assert.match(readFileSync(join(ROOT, 'dist', file), 'utf8'), /^["']use client["'];\n/, file);
    }
  });

  it('bundles one element with one element’s wrapper (react/cooperation-counter), all four with the index', async () => {
    const inputsOf = async (entry) => {
      const result = await build({
        stdin: { contents: `export { CooperationCounter } from ${JSON.stringify(join(ROOT, entry))};`, resolveDir: ROOT },
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        external: ['react', 'react/*', 'react-dom', 'lit', 'lit/*', '@lit/*'],
        logLevel: 'error',
      });
      return Object.keys(result.metafile.inputs).map((f) => f.replace(/^.*dist\//, ''));
    };
    const elementFiles = (inputs) => inputs.flatMap((f) => f.match(/^(cooperation-counter|program-card|sister-city-list|sister-city-map)[-.]/)?.[1] ?? []);
    assert.deepEqual([...new Set(elementFiles(await inputsOf('dist/react/cooperation-counter.js')))], ['cooperation-counter']);
    assert.deepEqual([...new Set(elementFiles(await inputsOf('dist/react.js')))].sort(), ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map']);
  });
});

for (const react of VERSIONS) {
  describe(`React wrappers under React ${react.major}, server-rendered then hydrated`, () => {
    const WORK = join(ROOT, `test/e2e/pages/tmp/react-${react.major}`);
    const URL_DIR = `/test/e2e/pages/tmp/react-${react.major}`;
    const bundle = (name, options = {}) =>
      build({ entryPoints: [join(WORK, `${name}.mjs`)], bundle: true, format: 'esm', outfile: join(WORK, `${name}.js`), plugins: [reactFrom(react.dir)], logLevel: 'error', ...options });
    let browser;
    let server;
    let html;
    let serverVersion;
    before(async () => {
      mkdirSync(WORK, { recursive: true });
      writeFileSync(join(WORK, 'app.mjs'), APP);
      if (react.dir === ROOT) {
        // The wrappers as published, imported by Node itself.
        const React = await import('react');
        const { renderToString } = await import('react-dom/server');
        const wrappers = await import(join(ROOT, 'dist/react.js'));
        const { app } = await import(join(WORK, 'app.mjs'));
        html = renderToString(app(React, wrappers));
        serverVersion = React.version;
      } else {
        writeFileSync(
          join(WORK, 'server.mjs'),
          `import * as React from 'react';
import { renderToString } from 'react-dom/server';
import * as wrappers from '../../../../../dist/react.js';
import { app } from './app.mjs';
export const html = renderToString(app(React, wrappers));
export const version = React.version;
`,
        );
        // (React's CommonJS server renderer requires Node's own modules: a `require` for the ES module.)
        const banner = { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" };
        await bundle('server', { platform: 'node', banner });
        ({ html, version: serverVersion } = await import(join(WORK, 'server.js')));
      }
      const hydrate = react.legacy
        ? `import { hydrate } from 'react-dom';
const hydrateRoot = (container, element) => hydrate(element, container);`
        : `import { hydrateRoot } from 'react-dom/client';`;
      writeFileSync(
        join(WORK, 'client.mjs'),
        `import * as React from 'react';
${hydrate}
import * as wrappers from '../../../../../dist/react.js';
import { app } from './app.mjs';
window.reactVersion = React.version;
window.sorted = [];
window.selected = [];
const data = ${JSON.stringify({ ...DATA, partners: DATA.partners.slice(0, 2) })};
// The elements upgrade as this module runs (importing the wrappers registers them); React hydrates after.
window.upgradedBeforeHydration = [...document.querySelectorAll('cooperation-counter, sister-city-list, sister-city-map')].every((el) => el.shadowRoot);
const [counter, list, map] = ['counter', 'list', 'map'].map((id) => document.getElementById(id));
window.beforeHydration = { metric: counter.metric, lang: counter.language, region: list.region, noControls: list.noControls, selected: map.selected, open: map.open, headingLevel: map.headingLevel };
hydrateRoot(document.getElementById('root'), app(React, wrappers, { sort: (e) => window.sorted.push(e.detail), select: (e) => window.selected.push(e.detail.id), data }));
`,
      );
      // React's development build reports hydration mismatches.
      await bundle('client', { define: { 'process.env.NODE_ENV': '"development"' } });
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>react</title><link rel="icon" href="data:,"></head>
<body><div id="root">${html}</div><script type="module" src="${URL_DIR}/client.js"></script></body></html>`;
      // Rendered in the browser only (an app without server rendering): React 19 sets props as properties there.
      const mount = react.legacy
        ? `import { render } from 'react-dom';
const createRoot = (container) => ({ render: (element) => render(element, container) });`
        : `import { createRoot } from 'react-dom/client';`;
      writeFileSync(
        join(WORK, 'spa.mjs'),
        `import * as React from 'react';
import { flushSync } from 'react-dom';
${mount}
import { CooperationCounter } from '../../../../../dist/react/cooperation-counter.js';
import { SisterCityList } from '../../../../../dist/react/sister-city-list.js';
const h = React.createElement;
const root = createRoot(document.getElementById('root'));
window.renderList = (props) => flushSync(() => root.render(h('main', null, h(CooperationCounter, { id: 'counter', metric: 'hospitals', lang: 'en' }), h(SisterCityList, { id: 'list', ...props }))));
`,
      );
      await bundle('spa');
      const spa = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>react spa</title><link rel="icon" href="data:,"></head>
<body><div id="root"></div><script type="module" src="${URL_DIR}/spa.js"></script></body></html>`;
      server = await serve(0, { pages: { '/react.html': page, '/spa.html': spa } });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      rmSync(WORK, { recursive: true, force: true });
    });

    it('renders the props as attributes on the server', () => {
      const tag = (id) => new RegExp(`<[a-z-]+ id="${id}"[^>]*>`).exec(html)?.[0];
      assert.equal(tag('counter'), '<cooperation-counter id="counter" metric="hospitals" lang="en" animation="none" class="host-class">');
      assert.equal(serverVersion.split('.')[0], String(react.major));
      // A `true` boolean: React 19 writes it as "", 17 and 18 as "true" (both mean true to the element).
      const yes = react.major >= 19 ? '' : 'true';
      assert.equal(tag('list'), `<sister-city-list id="list" region="asia" no-controls="${yes}" lang="en">`);
      assert.equal(
        tag('map'),
        `<sister-city-map id="map" lang="en" region="europe" selected="rotterdam" open="${yes}" loading="eager" heading-level="3" style="height:480px">`,
      );
      // `data` is an object: a property, set in the browser, never an attribute.
      assert.equal(tag('custom'), '<sister-city-list id="custom" lang="en">');
    });

    it('upgrades with those settings before hydration, hydrates without a mismatch, and keeps events and data working', async () => {
      const { page, log } = await openPage(browser, `${server.url}/react.html`);
      try {
        await waitForWidgets(page, 'cooperation-counter, sister-city-list, sister-city-map', 20000);
        assert.equal(await page.evaluate(() => window.upgradedBeforeHydration), true);
      assert.equal((await page.evaluate(() => window.reactVersion)).split('.')[0], String(react.major));
        // What the elements render first, before React has set anything: the app's settings, not their defaults.
        assert.deepEqual(await page.evaluate(() => window.beforeHydration), {
          metric: 'hospitals',
          lang: 'en',
          region: 'asia',
          noControls: true,
          selected: 'rotterdam',
          open: true,
          headingLevel: 3,
        });
        const shown = await page.evaluate(() => {
          const text = (sel) => document.querySelector(sel).shadowRoot.textContent.replace(/\s+/g, ' ');
          return {
            counter: document.querySelector('#counter').shadowRoot.querySelector('.value__final').textContent.trim(),
            rows: document.querySelector('#list').shadowRoot.querySelectorAll('tbody tr').length,
            menu: !!document.querySelector('#list').shadowRoot.querySelector('[part="controls"]'),
            panel: document.querySelector('#map').shadowRoot.querySelector('.panel__title')?.localName,
            custom: document.querySelector('#custom').shadowRoot.querySelectorAll('tbody tr').length,
            english: text('#counter').includes('hospitals'),
          };
        });
        const hospitals = DATA.metrics.find((m) => m.id === 'hospitals').value;
        assert.deepEqual(shown, {
          counter: String(hospitals),
          rows: DATA.partners.filter((p) => p.region === 'asia').length,
          menu: false,
          panel: 'h4',
          custom: 2,
          english: true,
        });
        await page.evaluate(() => document.querySelector('#list').shadowRoot.querySelector('button.sort[data-sort="year"]').click());
        await page.waitForFunction(() => window.sorted.length === 1);
        assert.deepEqual(await page.evaluate(() => window.sorted), [{ sort: 'year', order: 'asc' }]);
        assert.deepEqual(log.errors, [], 'no hydration mismatch or other error');
        assert.deepEqual(log.exceptions, []);
      } finally {
        await page.close();
      }
    });

    it('rendered in the browser only, writes the props as attributes too, and removes them with the prop', async () => {
      const { page, log } = await openPage(browser, `${server.url}/spa.html`);
      try {
        await page.waitForFunction(() => typeof window.renderList === 'function');
        const attributes = () =>
          page.evaluate(() => ['counter', 'list'].map((id) => Object.fromEntries([...document.getElementById(id).attributes].map((a) => [a.name, a.value]))));
        await page.evaluate(() => window.renderList({ region: 'asia', noControls: true, noDownload: true, lang: 'en' }));
        // (theme, sort and order: the attributes the list reflects itself)
        assert.deepEqual(await attributes(), [
          { id: 'counter', metric: 'hospitals', lang: 'en', theme: 'light' },
          { id: 'list', region: 'asia', 'no-controls': '', 'no-download': '', lang: 'en', theme: 'light', sort: 'name', order: 'asc' },
        ]);
        await page.evaluate(() => window.renderList({ region: 'europe' }));
        assert.deepEqual((await attributes())[1], { id: 'list', region: 'europe', theme: 'light', sort: 'name', order: 'asc' });
        // The element follows (its properties), and the reservation stylesheet's selectors see it.
        assert.deepEqual(
          await page.evaluate(() => {
            const list = document.getElementById('list');
            return [list.region, list.noControls, list.language, list.matches('[region="europe"]:not([no-controls])')];
          }),
          ['europe', false, 'id', true],
        );
        assert.deepEqual([log.errors, log.exceptions], [[], []]);
      } finally {
        await page.close();
      }
    });
  });
}
