// The package as a user gets it: `npm pack`, install the tarball into a fresh
// project, type-check an import of every entry with tsc (skipLibCheck off, so
// our .d.ts files are checked too), and load the CDN bundle from the installed
// package in Chromium. Needs `npm run build` first (npm test does that).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, openPage, serve, waitForWidgets } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'test/e2e/pages/tmp', `package-${process.pid}`);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  let tarball;
  let server;
  let browser;

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist/cdn/jakarta-global-widgets.js')), 'run `npm run build` first');
    mkdirSync(WORK, { recursive: true });
    const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], ROOT));
    tarball = join(WORK, packed[0].filename);
    writeFileSync(
      join(WORK, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    // The tarball, plus what a React + TypeScript user has; versions from our lock file (npm's cache has them).
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        tarball,
        `react@${pkg.devDependencies.react}`,
        `@types/react@${pkg.devDependencies['@types/react']}`,
      ],
      WORK,
    );
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(WORK, { recursive: true, force: true });
  });

  it('ships the built files, the data, its schema and the manifest, and no source maps or sources', () => {
    const files = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--dry-run', '--json'], ROOT))[0].files.map((f) => f.path);
    for (const f of [
      'dist/index.js',
      'dist/cdn/jakarta-global-widgets.js',
      'dist/types/index.d.ts',
      'dist/ssr/index.js',
      'dist/check/index.js',
      // The prerendered embeds' shadow stylesheets (a CDN-only build, as `npm start` runs, deletes
      // them; `prepack` builds everything).
      ...['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].map((tag) => `dist/cdn/ssr/${tag}.css`),
      // The reservation stylesheets: every tag's in one, and each tag's (what the embed code links,
      // from a public npm CDN too).
      'dist/cdn/jakarta-global-widgets.css',
      ...['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].map((tag) => `dist/cdn/reserve/${tag}.css`),
      'data/jakarta-2024.json',
      'data/schema.json',
      // The review sheet's command (`jakarta-global-widgets review`) and its stylesheet.
      'scripts/data-review.mjs',
      'demo/review.css',
      'custom-elements.json',
      'README.md',
    ]) {
      assert.ok(files.includes(f), `${f} is in the package`);
    }
    assert.equal(files.filter((f) => f.endsWith('.map')).length, 0, 'no source maps');
    // …and no file points at one: a `//# sourceMappingURL` to a file left out is a warning in DevTools.
    const pointing = files.filter((f) => /\.m?js$/.test(f) && readFileSync(join(ROOT, f), 'utf8').includes('sourceMappingURL'));
    assert.deepEqual(pointing, []);
    assert.equal(files.filter((f) => f.startsWith('src/') || f.startsWith('test/')).length, 0, 'no sources or tests');
    // The manifest names files the package has (an editor's "go to definition" opens them), not our sources.
    const named = new Set();
    JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')), (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value);
      return value;
    });
    assert.ok(named.size > 20, `${named.size} files named`);
    assert.deepEqual([...named].filter((f) => !files.includes(f)), []);
  });

  it('takes Lit, @lit/react and Lit’s DOM shim as ranges from the versions tested, so that npm installs one Lit with an app’s own', () => {
    // An exact version ("lit": "3.3.3") put a second Lit in an app that has any other 3.x.
    const installed = JSON.parse(readFileSync(join(WORK, 'node_modules/jakarta-global-widgets/package.json'), 'utf8'));
    assert.deepEqual(Object.keys(installed.dependencies).sort(), ['@lit-labs/ssr-dom-shim', '@lit/react', 'leaflet', 'lit']);
    for (const name of ['lit', '@lit/react', '@lit-labs/ssr-dom-shim']) {
      const range = installed.dependencies[name];
      const tested = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
      assert.equal(range, `^${tested}`, name);
    }
  });

  it('type-checks an import of every entry with tsc', () => {
    writeFileSync(
      join(WORK, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          resolveJsonModule: true,
          jsx: 'react-jsx',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        include: ['check.tsx'],
      }),
    );
    writeFileSync(
      join(WORK, 'check.tsx'),
      `import { CooperationCounter, ProgramCard, SisterCityList, SisterCityMap, VERSION, loadDataset } from 'jakarta-global-widgets';
import 'jakarta-global-widgets/cooperation-counter';
import 'jakarta-global-widgets/program-card';
import 'jakarta-global-widgets/sister-city-list';
import 'jakarta-global-widgets/sister-city-map';
import { defineElement, CooperationCounter as Unregistered, type Dataset, type RegionFilter, type SortKey } from 'jakarta-global-widgets/elements';
import * as React from 'react';
import { CooperationCounter as Counter, SisterCityMap as ReactMap } from 'jakarta-global-widgets/react';
import { CooperationCounter as OneCounter } from 'jakarta-global-widgets/react/cooperation-counter';
import { ProgramCard as OneCard } from 'jakarta-global-widgets/react/program-card';
import { SisterCityList as OneList } from 'jakarta-global-widgets/react/sister-city-list';
import { SisterCityMap as OneMap } from 'jakarta-global-widgets/react/sister-city-map';
import schema from 'jakarta-global-widgets/data/schema.json';
import data from 'jakarta-global-widgets/data/jakarta-2024.json';
import { checkValue, formatProblem } from 'jakarta-global-widgets/check';

const map: HTMLElementTagNameMap['sister-city-map'] = document.createElement('sister-city-map');
map.addEventListener('sister-city-select', (e) => console.log(e.detail.id.toUpperCase()));
map.region = 'asia';
// The map's region and the list's are one type, for an app's own state.
const chosen: RegionFilter = map.region;
document.createElement('sister-city-list').region = chosen;
const key: SortKey = 'year';
// @ts-expect-error: not a region
map.region = 'mars';
const counter: CooperationCounter = document.createElement('cooperation-counter');
counter.metric = 'agreements';
const classes = [ProgramCard, SisterCityList, SisterCityMap];
defineElement('my-counter', class extends Unregistered {});
const loaded: Promise<Dataset> = loadDataset('');
export const element = (
  <>
    <Counter metric="hospitals" lang="en" />
    <ReactMap region="europe" onSelect={(e) => console.log(e.detail.id)} />
    <OneCounter metric="agreements" />
    <OneCard program="higa" />
    <OneList onSort={(e) => console.log(e.detail.sort)} />
    <OneMap onReady={(e) => console.log(e.detail)} />
  </>
);
console.log(VERSION, classes, loaded, schema.$id, data.id, React.version, key);
console.log(checkValue(data).map((p) => formatProblem(p, 'en')));
`,
    );
    try {
      run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', WORK], WORK);
    } catch (error) {
      assert.fail(`tsc failed:\n${error.stdout}${error.stderr}`);
    }
  });

  it('prerenders from the installed package (API and CLI), with Lit’s renderer built in: no @lit-labs/ssr or node-fetch installed', () => {
    // As a dependency, @lit-labs/ssr made every install 25 packages (28 MB) instead of 11 (15 MB).
    for (const name of ['@lit-labs/ssr', 'node-fetch', 'node-domexception', 'parse5', 'enhanced-resolve']) {
      assert.ok(!existsSync(join(WORK, 'node_modules', name)), `${name} is not installed`);
    }
    const out = run('npx', ['--no-install', 'jakarta-global-widgets', 'render', 'cooperation-counter', '--metric', 'hospitals', '--lang', 'en'], WORK);
    assert.match(out, /^<cooperation-counter metric="hospitals" lang="en"[^>]*>\n<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.ok(out.includes('>27<'), 'the final figure');
    const api = run(
      process.execPath,
      ['--input-type=module', '-e', "const { renderWidget } = await import('jakarta-global-widgets/ssr'); process.stdout.write(await renderWidget('program-card', { program: 'asn-new-york', lang: 'en' }));"],
      WORK,
    );
    assert.match(api, /^<program-card program="asn-new-york" lang="en"/);
  });

  it('runs `npx jakarta-global-widgets check` from the installed package', () => {
    const file = join(WORK, 'bad.json');
    const data = JSON.parse(readFileSync(join(ROOT, 'data/jakarta-2024.json'), 'utf8'));
    data.partners[23 - 1].sources.push('S901');
    writeFileSync(file, JSON.stringify(data));
    let result;
    try {
      run('npx', ['--no-install', 'jakarta-global-widgets', 'check', 'bad.json'], WORK);
      assert.fail('exit code 0');
    } catch (error) {
      result = error;
    }
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^KESALAHAN {2}Mitra ke-23 \(jeju\): sumber "S901" tidak ada di daftar sumber$/m);
  });

  it('writes a review sheet with `npx jakarta-global-widgets review` from the installed package', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'data/jakarta-2024.json'), 'utf8'));
    data.id = 'jakarta-2025';
    mkdirSync(join(WORK, 'data 2025'), { recursive: true });
    writeFileSync(join(WORK, 'data 2025/jakarta-2025.json'), JSON.stringify(data));
    const out = run('npx', ['--no-install', 'jakarta-global-widgets', 'review', 'data 2025/jakarta-2025.json', '--out', 'tinjauan.html'], WORK);
    assert.match(out, /Ditulis: tinjauan\.html \(\d+\.\d KiB\), dari jakarta-2025\.json/);
    const html = readFileSync(join(WORK, 'tinjauan.html'), 'utf8');
    // A page of its own (the stylesheet shipped with the command inside it), naming the command that made it.
    assert.ok(html.includes('Dibuat otomatis dari jakarta-2025.json dengan perintah npx jakarta-global-widgets review.'));
    assert.match(html, /<style>[^<]*\.item \{/);
    assert.ok(html.includes('Mitra ke-23') || html.includes('id="partner-jeju"'), 'the partners are listed');
  });

  it('loads the CDN bundle from the installed package and renders every element', async () => {
    server = await serve(0);
    browser = await launch();
    const base = `/test/e2e/pages/tmp/package-${process.pid}`;
    writeFileSync(
      join(WORK, 'page.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package</title><link rel="icon" href="data:,">
<script type="module" src="${base}/node_modules/jakarta-global-widgets/dist/cdn/jakarta-global-widgets.js"></script></head>
<body><cooperation-counter metric="hospitals" animation="none"></cooperation-counter>
<program-card program="higa"></program-card><sister-city-list></sister-city-list>
<sister-city-map loading="eager" height="300px"></sister-city-map></body></html>`,
    );
    const { page, log } = await openPage(browser, `${server.url}${base}/page.html`);
    await waitForWidgets(page, 'cooperation-counter, program-card, sister-city-list, sister-city-map', 30000);
    const states = await page.$$eval('cooperation-counter, program-card, sister-city-list, sister-city-map', (els) =>
      els.map((el) => `${el.localName}:${el.matches(':state(ready)') ? 'ready' : 'not ready'}`),
    );
    assert.deepEqual(states, ['cooperation-counter:ready', 'program-card:ready', 'sister-city-list:ready', 'sister-city-map:ready']);
    await page.waitForFunction(() => document.querySelector('sister-city-map').shadowRoot.querySelector('.leaflet-container'), { timeout: 30000 });
    const counterText = await page.$eval('cooperation-counter', (el) => el.shadowRoot.textContent);
    assert.match(counterText, /27/);
    assert.deepEqual(log.exceptions, []);
    assert.deepEqual(log.errors, []);
    assert.ok(log.requests.every((u) => u.startsWith(server.url)), 'no request leaves the origin');
    await page.close();
  });
});
