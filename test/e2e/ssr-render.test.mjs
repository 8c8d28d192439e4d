// renderWidget() (jakarta-global-widgets/ssr, dist/ssr/) and the CLI's
// `render` command, on Node: the Declarative Shadow DOM, the real figures and
// texts of the bundled dataset, lang, styles inline or linked, refusals.
//   npm run build
//   node --test test/e2e/ssr-render.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import markdownIt from 'markdown-it';
import { renderWidget, RenderWidgetError, SSR_TAGS, stylesheetText } from '../../dist/ssr/index.js';
import { DATA, ROOT } from './support.mjs';

const BIN = fileURLToPath(new URL('bin/jakarta-global-widgets.mjs', ROOT));
const DSD = '<template shadowroot="open" shadowrootmode="open">';

const metric = (id) => DATA.metrics.find((m) => m.id === id);
const program = (id) => DATA.programs.find((p) => p.id === id);
/** Text of an HTML fragment: tags out, entities of our escaping back, spaces collapsed. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

describe('renderWidget', () => {
  it('renders the counter with its final figure, label and sources, in Indonesian by default', async () => {
    const html = await renderWidget('cooperation-counter', { metric: 'sister-cities' });
    const m = metric('sister-cities');
    assert.ok(html.startsWith(`<cooperation-counter metric="sister-cities" lang="id" animation="none"`), html.slice(0, 120));
    assert.ok(html.includes(`>\n${DSD}<style>:host{`), 'the shadow root, declarative, with its styles inline');
    assert.ok(html.endsWith('</template></cooperation-counter>'));
    assert.match(html, new RegExp(`<span class="value__final">${m.value}</span><span class="value__now">${m.value}</span>`));
    assert.ok(text(html).includes(`${m.value} ${m.label.id}`), 'the figure and its label');
    assert.ok(text(html).includes('Sumber'));
    assert.ok(!/<!--\/?lit-part|<!--lit-node/.test(html), 'no hydration markers');
    assert.equal(html.match(/<template /g).length, 1);
  });

  it('speaks English with lang="en": numbers, dates and the counter label', async () => {
    const html = await renderWidget('cooperation-counter', { metric: 'agreements', lang: 'en', caption: 'A <b>caption</b>' });
    const m = metric('agreements');
    assert.ok(html.includes(' lang="en"'));
    assert.ok(text(html).includes(m.label.en));
    assert.ok(text(html).includes('Sources'));
    assert.match(html, /<time datetime="2024-12-19">19 December 2024<\/time>/);
    assert.ok(html.includes('A &lt;b&gt;caption&lt;/b&gt;'), 'text stays text');
  });

  it('renders a programme card with its title, lang, links and heading level', async () => {
    const p = program('asn-new-york');
    const html = await renderWidget('program-card', { program: 'asn-new-york', lang: 'en', 'heading-level': 4 });
    assert.ok(html.includes(`<article class="card card--full" part="card" lang="en" aria-labelledby="title">`));
    assert.match(html, new RegExp(`<h4 id="title" class="title" part="title"\\s*>${p.title.en}</h4>`));
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) assert.match(href, /^https?:\/\//);
  });

  it('renders the list of one region, and the map with its heading and the partners table in its box', async () => {
    const europe = DATA.partners.filter((p) => p.region === 'europe');
    const list = await renderWidget('sister-city-list', { region: 'europe', lang: 'en' });
    assert.equal(list.match(/<tr/g).length, europe.length + 1, 'a row per partner, plus the head row');
    for (const p of europe) assert.ok(text(list).includes(p.name.en), p.name.en);
    // The CSV is made in the browser: prerendered, the download link is text without href (not a jump to "#").
    assert.match(list, /<a\s+part="download"\s+download="jakarta-sister-cities\.csv"\s*>/);
    const map = await renderWidget('sister-city-map', { lang: 'en' });
    assert.ok(map.includes('<h2 id="title" class="title"'));
    assert.ok(text(map).includes('Jakarta’s sister cities'));
    assert.ok(map.includes(`<div class="placeholder placeholder--table" part="placeholder">`), 'the table in the map box');
    assert.ok(map.includes(`<sister-city-list no-controls no-download region="all" lang="en" theme="light"`));
    assert.equal(map.match(/part="download"/g).length, 1, "one download link, under the map's heading (as in the browser)");
    assert.equal(map.match(/<template /g).length, 2, 'the map and its nested list, each with a declarative shadow root');
    assert.equal(map.match(/<tr/g).length, DATA.partners.length + 1);
    assert.ok(!text(map).includes('Loading the map'));
  });

  it('links the shipped stylesheets with stylesheetBase (strict CSP), one per shadow root', async () => {
    const map = await renderWidget('sister-city-map', {}, { stylesheetBase: 'https://example.org/jgw/cdn' });
    assert.ok(!map.includes('<style>'));
    assert.ok(map.includes(`${DSD}<link rel="stylesheet" href="https://example.org/jgw/cdn/ssr/sister-city-map.css">`));
    assert.ok(map.includes(`${DSD}<link rel="stylesheet" href="https://example.org/jgw/cdn/ssr/sister-city-list.css">`));
    const counter = await renderWidget('cooperation-counter', {}, { stylesheetBase: '/widgets/cdn/' });
    assert.ok(counter.includes(`<link rel="stylesheet" href="/widgets/cdn/ssr/cooperation-counter.css">`));
  });

  it('ships each stylesheet in dist/cdn/ssr/, the same CSS as the inline one', async () => {
    for (const tag of SSR_TAGS) {
      const file = new URL(`dist/cdn/ssr/${tag}.css`, ROOT);
      assert.ok(existsSync(file), `dist/cdn/ssr/${tag}.css`);
      const css = readFileSync(file, 'utf8');
      assert.equal(css, `${stylesheetText(tag)}\n`);
      const html = await renderWidget(tag, tag === 'program-card' ? { program: 'asn-new-york' } : {});
      const inline = html.match(/<style>([\s\S]*?)<\/style>/)[1];
      assert.equal(inline.replace(/\s+/g, ''), css.replace(/\s+/g, ''), tag);
    }
  });

  it('refuses what the element would warn about, naming the element and the valid values', async () => {
    await assert.rejects(renderWidget('cooperation-counter', { metric: 'nope' }), (e) => {
      assert.ok(e instanceof RenderWidgetError);
      assert.match(e.message, /^<cooperation-counter>: metric "nope" is not in the dataset\. Valid metric ids: agreements, /);
      return true;
    });
    await assert.rejects(renderWidget('program-card', { program: 'nope' }), /^RenderWidgetError: <program-card>: /);
    await assert.rejects(renderWidget('sister-city-list', { region: 'mars' }), /<sister-city-list>: .*mars/);
    await assert.rejects(renderWidget('sister-city-map', { height: '300px' }), /height cannot be prerendered: set the --jgw-map-height/);
    await assert.rejects(renderWidget('cooperation-counter', { lang: 'fr' }), /language "fr" is not supported/);
    await assert.rejects(renderWidget('my-widget', {}), /<my-widget>: is not one of cooperation-counter, /);
    await assert.rejects(renderWidget('cooperation-counter', { 'on"click': 'x' }), /is not an attribute name/);
    // A misspelt attribute: written as is, the element would ignore it and show its default figure.
    await assert.rejects(renderWidget('cooperation-counter', { metrc: 'hospitals' }), (e) => {
      assert.ok(e instanceof RenderWidgetError);
      assert.match(e.message, /^<cooperation-counter>: "metrc" is not an attribute of <cooperation-counter>, whose attributes are [a-z, -]*\bmetric\b[a-z, -]* \(and HTML's global ones\)\.$/);
      return true;
    });
    // HTML's global attributes, data-* and aria-* are written as given.
    const globals = await renderWidget('cooperation-counter', { id: 'c1', class: 'wide', hidden: true, 'data-x': '1', 'aria-describedby': 'n' });
    assert.match(globals.split('\n')[0], /^<cooperation-counter id="c1" class="wide" hidden data-x="1" aria-describedby="n" lang="id" animation="none"/);
    await assert.rejects(renderWidget('cooperation-counter', { src: '/data.json' }), /pass that file's parsed content as the data option/);
    // Data with nothing usable in it, and an unknown tag for the stylesheet: the same error, naming the element.
    await assert.rejects(renderWidget('sister-city-list', { src: '/x.json' }, { data: { schemaVersion: 2 } }), (e) => {
      assert.ok(e instanceof RenderWidgetError);
      assert.equal(e.tag, 'sister-city-list');
      assert.equal(e.message, '<sister-city-list>: data file /x.json: schemaVersion: must be 1 (found 2)');
      return true;
    });
    // Data without src: the prerender would show it, and the upgraded element the bundled dataset.
    const mini = JSON.parse(readFileSync(new URL('test/fixtures/mini.json', ROOT), 'utf8'));
    await assert.rejects(
      renderWidget('cooperation-counter', {}, { data: mini }),
      /^RenderWidgetError: <cooperation-counter>: data without src: once its script runs, the element shows the bundled dataset, not this data\. Give src too/,
    );
    // A file path where the folder's URL belongs: a browser blocks C:\… under a CSP, and misreads \.
    for (const base of ['C:\\site\\assets\\jgw\\', '\\assets\\jgw\\']) {
      await assert.rejects(renderWidget('program-card', { program: 'jeju' }, { stylesheetBase: base }), /stylesheetBase ".*" is a file path: give the URL the page loads the dist\/cdn\/ folder from/);
    }
    // A query or a fragment: the stylesheet's path would be added after it (`/assets/jgw/?v=2/ssr/…`).
    for (const base of ['/assets/jgw/?v=2', 'https://cdn.example/jgw/#x']) {
      await assert.rejects(renderWidget('program-card', { program: 'jeju' }, { stylesheetBase: base }), /stylesheetBase ".*" has a query or a fragment: give the folder's URL alone/);
    }
    assert.throws(() => stylesheetText('nope'), (e) => e instanceof RenderWidgetError && /^<nope>: is not one of cooperation-counter, /.test(e.message));
    // A stylesheetBase that is not a string (was a TypeError from inside the module).
    await assert.rejects(renderWidget('program-card', { program: 'jeju' }, { stylesheetBase: 5 }), (e) => {
      assert.ok(e instanceof RenderWidgetError);
      assert.equal(e.message, '<program-card>: stylesheetBase must be the URL of the dist/cdn/ folder, as a string (got number).');
      return true;
    });
    // The map's table, rendered inside it, says the same of an unknown region: said once.
    await assert.rejects(renderWidget('sister-city-map', { region: 'mars' }), (e) => {
      assert.equal(e.problems.length, 1, e.message);
      assert.equal(e.message.split('unknown region "mars"').length, 2, e.message);
      return true;
    });
  });

  it('renders a map with raster tiles (a template is checked without a page), and takes an empty height as none', async () => {
    const html = await renderWidget('sister-city-map', { tiles: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Example', height: '' });
    assert.match(html, /^<sister-city-map tiles="https:\/\/tile\.example\.org\/\{z\}\/\{x\}\/\{y\}\.png" attribution="© Example" lang="id"/);
    assert.doesNotMatch(html.split('\n')[0], /height=/);
    await assert.rejects(renderWidget('sister-city-map', { tiles: 'javascript:alert(1)//{z}' }), /tiles "javascript:alert\(1\)\/\/\{z\}" refused: only https: and http:/);
  });

  it('keeps the opening tag on one line when an attribute holds line breaks (a caption field of several lines)', async () => {
    const html = await renderWidget('cooperation-counter', { caption: 'line one\n\nline two\nthree' });
    const first = html.split('\n')[0];
    assert.match(first, /^<cooperation-counter caption="line one&#10;&#10;line two&#10;three" /);
    assert.ok(first.endsWith('>'), first);
    const md = markdownIt({ html: true });
    assert.equal(md.render(`Teks.\n\n${html}\n\nTeks lagi.\n`), `<p>Teks.</p>\n${html}\n<p>Teks lagi.</p>\n`);
  });

  it('renders the file named by src from the data option', async () => {
    const mini = JSON.parse(readFileSync(new URL('test/fixtures/mini.json', ROOT), 'utf8'));
    const m = mini.metrics.find((x) => typeof x.value === 'number');
    const html = await renderWidget('cooperation-counter', { src: '/mini.json', metric: m.id }, { data: mini });
    assert.ok(html.includes(` src="/mini.json"`));
    assert.equal(m.value, 1234);
    assert.match(html, /<span class="value__now">1\.234<\/span>/, 'Indonesian grouping');
  });
});

describe('renderWidget in a build', () => {
  it('passes through a Markdown page (Eleventy’s .md) as it is: one HTML block, no text from Lit’s markers', async () => {
    // Before, the host's line was a paragraph: <p> around it, Lit's <?> markers printed as "<?>" at the
    // end of the sources, and the inline CSS rewritten (*, *::before became <em>, </em>::before).
    const md = markdownIt({ html: true }); // Eleventy's settings
    for (const tag of SSR_TAGS) {
      for (const options of [{}, { stylesheetBase: '/assets/jgw/' }]) {
        const attrs = { 'cooperation-counter': { metric: 'agreements' }, 'program-card': { program: 'jeju' } }[tag] ?? {};
        const html = await renderWidget(tag, attrs, options);
        assert.ok(!html.includes('<?>'), `${tag}: no <?> marker`);
        assert.equal(md.render(`Teks.\n\n${html}\n\nTeks lagi.\n`), `<p>Teks.</p>\n${html}\n<p>Teks lagi.</p>\n`, `${tag} ${JSON.stringify(options)}`);
      }
    }
  });

  it('works in a script that imports the main entry (for validateDataset) or the React wrapper first', () => {
    for (const first of ['dist/index.js', 'dist/react.js', 'dist/elements.js']) {
      // Before, the main entry registered the browser classes under our tags: "ShadowRoot is not defined".
      const script = `
        import { validateDataset } from '${new URL('dist/index.js', ROOT).href}';
        import '${new URL(first, ROOT).href}';
        import { renderWidget } from '${new URL('dist/ssr/index.js', ROOT).href}';
        process.stdout.write(await renderWidget('program-card', { program: 'jeju', src: '/data.json' }, { data: await validateDataset(${JSON.stringify(DATA)}) }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(ROOT) });
      assert.equal(r.status, 0, `${first}: ${r.stderr}`);
      assert.ok(text(r.stdout).includes(program('jeju').title.id), first);
    }
  });

  it('names the cause when another class took one of our tags first in the process', () => {
    const script = `
      import { LitElement } from 'lit';
      customElements.define('program-card', class extends LitElement {});
      const { renderWidget } = await import('${new URL('dist/ssr/index.js', ROOT).href}');
      try { await renderWidget('program-card', { program: 'jeju' }); } catch (e) { process.stdout.write(e.name + ': ' + e.message); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(ROOT) });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^RenderWidgetError: .*<program-card> is already defined in this Node process by another class, which cannot be prerendered: import jakarta-global-widgets\/ssr before anything that defines <program-card>\./);
  });
});

describe('other Lit SSR hosts (what @lit-labs/eleventy-plugin-lit does with this module in componentModules)', () => {
  it('render our tags inside their own templates, with the bundled data and the final figure', () => {
    // A fresh process: importing the module is all it takes (nothing else has registered the tags).
    const script = `
      import '${new URL('dist/ssr/index.js', ROOT).href}';
      import { render } from '@lit-labs/ssr';
      import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      process.stdout.write(await collectResult(render(html\`<main><cooperation-counter metric="hospitals" lang="en"></cooperation-counter><program-card program="asn-new-york"></program-card></main>\`)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(ROOT) });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout;
    const m = metric('hospitals');
    assert.match(out, /<cooperation-counter\s+metric="hospitals" lang="en"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    // (with the host's hydration markers around the values)
    assert.match(out, new RegExp(`<span class="value__now">(<!--[^>]*-->)?${m.value}(<!--[^>]*-->)?</span>`), 'the final figure, not 0');
    assert.ok(text(out).includes(m.label.en));
    assert.ok(text(out).includes(program('asn-new-york').title.id));
  });

  it('write the tag’s own fallback content for what the element cannot show (the browser shows it too), with the warning', () => {
    const script = `
      import '${new URL('dist/ssr/index.js', ROOT).href}';
      import { render } from '@lit-labs/ssr';
      import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
      import { html } from 'lit';
      process.stdout.write(await collectResult(render(html\`<cooperation-counter metric="nope">102 kerja sama</cooperation-counter><program-card program="nope" lang="en"></program-card>\`)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(ROOT) });
    assert.equal(r.status, 0, r.stderr);
    // Before, an empty shadow root (its styles only): a blank reserved box, the text inside the tag hidden.
    const [counter, card] = r.stdout.split('<program-card');
    assert.match(counter, /<div class="state state--fallback" part="state fallback"><slot>.*<\/slot><\/div>.*<\/template>(<!--[^>]*-->)*102 kerja sama/s);
    assert.match(card, /<slot>(<!--[^>]*-->)*<span lang="en">(<!--[^>]*-->)*This data cannot be shown at the moment\.(<!--[^>]*-->)*<\/span><\/slot>/);
    assert.match(r.stderr, /<cooperation-counter>: metric "nope" is not in the dataset/);
    assert.match(r.stderr, /<program-card>: unknown program "nope"/);
  });
});

describe('jakarta-global-widgets render', () => {
  const cli = (...args) => spawnSync(process.execPath, [BIN, 'render', ...args], { encoding: 'utf8' });

  it('reads --data as check does: a file not saved as UTF-8, or with a syntax error, is refused (exit 2), nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jgw-render-'));
    try {
      const source = readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8');
      assert.match(source, /[^\x00-\x7f]/, 'the dataset has letters outside ASCII');
      // Windows-1252, as Excel and old editors save it: each letter outside ASCII one byte.
      const latin = Buffer.from([...source].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
      writeFileSync(join(dir, 'cp1252.json'), latin);
      writeFileSync(join(dir, 'comma.json'), source.replace(/"metrics"/, ',"metrics"'));
      const garbled = cli('cooperation-counter', '--src', 'x.json', '--lang', 'en', '--data', join(dir, 'cp1252.json'));
      assert.equal(garbled.status, 2);
      assert.equal(garbled.stdout, '');
      assert.match(garbled.stderr, /cp1252\.json is not UTF-8, so letters such as "ü" or "é" would be garbled: save it again/);
      const comma = cli('cooperation-counter', '--src', 'x.json', '--lang', 'en', '--data', join(dir, 'comma.json'));
      assert.equal(comma.status, 2);
      assert.equal(comma.stdout, '');
      assert.match(comma.stderr, /comma\.json: Line \d+, column \d+: the JSON cannot be read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the prerendered element to stdout (exit 0)', () => {
    const r = cli('program-card', '--program', 'asn-new-york', '--lang', 'en', '--variant=compact', '--stylesheet-base', '/cdn/');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('<program-card program="asn-new-york" lang="en" variant="compact"'), r.stdout.slice(0, 100));
    assert.ok(r.stdout.includes('<link rel="stylesheet" href="/cdn/ssr/program-card.css">'));
    assert.ok(r.stdout.includes(program('asn-new-york').title.en));
  });

  it('boolean attributes, and --data for src', () => {
    const r = cli('sister-city-list', '--no-controls', '--src', 'mini.json', '--data', fileURLToPath(new URL('test/fixtures/mini.json', ROOT)));
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('<sister-city-list no-controls src="mini.json" lang="id"'), r.stdout.slice(0, 100));
  });

  it('exit 1 with the element’s warning; exit 2 for a wrong command, with the help text', () => {
    const bad = cli('cooperation-counter', '--metric', 'nope');
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /<cooperation-counter>: metric "nope" is not in the dataset/);
    assert.match(bad.stderr, /\nTidak ada yang ditulis: di peramban, elemen akan memberi peringatan di atas\./);
    // The element's sentence says what a browser shows; the CLI says that it wrote nothing.
    const region = cli('sister-city-list', '--region', 'nope', '--lang', 'en-GB');
    assert.deepEqual([region.status, region.stdout], [1, '']);
    assert.match(region.stderr, /unknown region "nope"; showing all partners\..*\nNothing written: in a browser, the element would warn as above\./s);
    const unknown = cli('my-widget');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Elemen tidak dikenal: my-widget/);
    const none = cli('--lang', 'en');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage: .* render <tag>/s);
    const missing = cli('sister-city-list', '--src', 'x.json', '--data', '/nonexistent.json');
    const noData = cli('sister-city-list', '--src', 'x.json', '--lang', 'en');
    assert.equal(noData.status, 2);
    assert.equal(noData.stderr, '--src x.json needs --data file.json: that file\'s content, read for the prerender\n');
    assert.equal(missing.status, 2);
    const valueless = cli('program-card', '--lang', 'en', '--data');
    assert.equal(valueless.status, 2);
    assert.match(valueless.stderr, /^--data needs a value, e\.g\. --data data\.json\n/);
    // `--src` alone was read as a boolean attribute, and its message showed "--src true".
    const srcless = cli('program-card', '--lang', 'en', '--src', '--data', fileURLToPath(new URL('test/fixtures/mini.json', ROOT)));
    assert.equal(srcless.status, 2);
    assert.match(srcless.stderr, /^--src needs a value, e\.g\. --src \/data\/jakarta-2025\.json\n/);
    const dataOnly = cli('cooperation-counter', '--lang', 'en', '--data', fileURLToPath(new URL('test/fixtures/mini.json', ROOT)));
    assert.deepEqual([dataOnly.status, dataOnly.stdout], [2, '']);
    assert.match(dataOnly.stderr, /^--data \S+mini\.json needs --src URL: the address the page loads that file from; without it, the element shows the bundled 2024 data once its script runs\n$/);
    const out = cli('cooperation-counter', '--lang', 'en', '--out', 'x.html');
    assert.deepEqual([out.status, out.stdout], [2, '']);
    assert.match(out.stderr, /^Unknown option: --out x\.html: render writes to standard output; save it with > file\.html\n/);
    // A misspelt attribute would be written and ignored (the counter would show its default figure).
    const typo = cli('sister-city-map', '--lang', 'en', '--hight', '300', '--zoom', '3');
    assert.deepEqual([typo.status, typo.stdout], [2, '']);
    assert.equal(
      typo.stderr,
      'Unknown attribute for <sister-city-map>: --hight (did you mean --height?), --zoom. Its attributes: --lang --theme --src --debug ' +
        '--region --selected --open --no-download --heading --heading-level --height --aspect-ratio --loading --tiles --attribution\n',
    );
    assert.match(cli('cooperation-counter', '--metrc', 'agreements').stderr, /^Atribut tidak dikenal untuk <cooperation-counter>: --metrc \(maksudnya --metric\?\)\./);
    const global = cli('cooperation-counter', '--metric', 'sister-cities', '--id', 'c', '--class', 'big', '--hidden', '--data-x', '1', '--aria-describedby', 'n');
    assert.equal(global.status, 0, global.stderr);
    assert.ok(global.stdout.startsWith('<cooperation-counter metric="sister-cities" id="c" class="big" hidden data-x="1" aria-describedby="n" lang="id"'), global.stdout.slice(0, 120));
    const path = cli('program-card', '--program', 'jeju', '--lang', 'en', '--stylesheet-base', 'C:\\site\\jgw\\');
    assert.deepEqual([path.status, path.stdout], [2, '']);
    assert.match(path.stderr, /is a file path: give the URL the page loads the dist\/cdn\/ folder from, e\.g\. \/assets\/jgw\//);
    assert.match(cli('--lang', 'en').stderr, /^render needs an element: cooperation-counter, program-card, sister-city-list, sister-city-map\nUsage: /);
    const help = cli('--help', '--lang', 'en');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /render {6}writes an element/);
  });
});
