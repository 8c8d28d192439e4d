// The WordPress plugin (integrations/wordpress/, built by `npm run build`
// into dist-wordpress/): every PHP file passes `php -l`; the zip holds the
// plugin and dist/cdn/; its shortcode and block, rendered by WordPress 6.1's
// own do_shortcode() and do_blocks() (Debian's `wordpress` package with
// php-cli, see test/e2e/wordpress/), give one element tag with validated,
// escaped attributes and fallback text, and one module script per page.
// The .mo files (scripts/gettext.mjs) are byte for byte msgfmt's and
// WordPress's MO reader reads them; WordPress's installer unpacks the zip.
//
// Without php-cli and Debian's wordpress (or msgfmt), the tests that run
// them are skipped, saying so, unless JGW_REQUIRE_ENGINES=1 or CI is set
// (test/e2e/tools.mjs); the zip is read in Node (no unzip).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compilePo, parsePo } from '../../scripts/gettext.mjs';
import { launch, openPage, serve, waitForWidgets } from './browser.mjs';
import { readZip } from './support.mjs';
import { msgfmtMissing, needs, phpMissing, requireTool, WP_DIR, wordpressMissing } from './tools.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = JSON.parse(readFileSync(join(ROOT, 'data/jakarta-2024.json'), 'utf8'));
const BUILT = join(ROOT, 'dist-wordpress');
const PLUGIN = join(BUILT, 'jakarta-global-widgets');
const ZIP = join(BUILT, 'jakarta-global-widgets-wordpress.zip');
const SCRIPT = 'http://wp.example/wp-content/plugins/jakarta-global-widgets/cdn/jakarta-global-widgets.js?ver=0.1.0';
const LANGUAGES = join(ROOT, 'integrations/wordpress/languages');

const PHP = phpMissing();
const WORDPRESS = wordpressMissing();
const MSGFMT = msgfmtMissing();

function assertBuilt() {
  assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`npm run build\``);
}

/** A .po file that uses what the plugin's do not (yet): plurals, multi-line strings, escapes, fuzzy, obsolete, untranslated. */
const EDGE_PO = `# Translator comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#. translators: a number.
#: a.php:1
#, php-format
msgid "%d widget"
msgid_plural "%d widgets"
msgstr[0] "%d widget satu"
msgstr[1] "%d widget banyak"

msgctxt "ctx"
msgid "one"
msgid_plural "many"
msgstr[0] "satu"
msgstr[1] "banyak"

msgid ""
"multi "
"line\\tstring \\"quoted\\" \\\\ back"
msgstr "baris\\n"
"ganda é ✓"

#, fuzzy
msgid "fuzzy one"
msgstr "kabur"

msgid "untranslated"
msgstr ""

#, php-format
msgid "100%% sure: %1$s and %2$d"
msgstr "%2$d dan %1$s, 100%%"

msgctxt "Z"
msgid "A"
msgstr "za"

msgid "A"
msgstr "a"

msgid "Ä"
msgstr "ä"

#~ msgid "old"
#~ msgstr "lama"
`;

/**
 * Renders `cases` with the built plugin in WordPress (test/e2e/wordpress/plugin.php), as one post
 * holding them unless `posts` (the contents of the page's posts) says otherwise. PHP reports every
 * error, warning and notice (E_ALL) on stderr: any of them fails the test.
 */
function render(cases, locale = 'en_US', { posts, admin, userLocale } = {}) {
  requireTool(WORDPRESS);
  const run = spawnSync('php', [join(ROOT, 'test/e2e/wordpress/plugin.php')], {
    input: JSON.stringify({ locale, cases, ...(posts ? { posts } : {}), ...(admin ? { admin, userLocale } : {}) }),
    encoding: 'utf8',
    env: { ...process.env, WP_DIR, JGW_PLUGIN_DIR: BUILT },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '', 'PHP wrote errors, warnings or notices');
  return JSON.parse(run.stdout);
}

/** The element tags in `html`: [{ tag, attrs: [[name, raw value]], text }]. */
function tags(html) {
  const found = [];
  for (const m of html.matchAll(/<(cooperation-counter|program-card|sister-city-list|sister-city-map)((?:\s[^>]*)?)>([^<]*)<\/\1>/g)) {
    const attrs = [...m[2].matchAll(/\s([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]);
    // Nothing but name="value" pairs in the tag.
    assert.equal(m[2].replace(/\s([a-z-]+)="([^"]*)"/g, ''), '', `only quoted attributes in ${m[0]}`);
    found.push({ tag: m[1], attrs, text: m[3] });
  }
  return found;
}

const unescape = (s) => s.replace(/&(quot|lt|gt|#039|amp);/g, (e) => ({ '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#039;': "'", '&amp;': '&' })[e]);

function phpFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith('.php') && statSync(f).isFile());
}

describe('WordPress plugin', () => {
  before(assertBuilt);

  it('every PHP file passes php -l', needs(PHP), () => {
    requireTool(PHP);
    const files = [...phpFiles(join(ROOT, 'integrations/wordpress')), ...phpFiles(PLUGIN), ...phpFiles(join(ROOT, 'test/e2e/wordpress'))];
    assert.ok(files.length >= 8, files.join(', '));
    for (const file of files) {
      const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
      assert.match(out, /No syntax errors detected/, file);
    }
  });

  it('the zip holds the plugin, dist/cdn/ and the compiled translations', () => {
    const files = readZip(readFileSync(ZIP));
    const list = [...files.keys()];
    for (const file of [
      'jakarta-global-widgets/jakarta-global-widgets.php',
      'jakarta-global-widgets/includes/render.php',
      'jakarta-global-widgets/includes/whitelist.json',
      'jakarta-global-widgets/block/block.json',
      'jakarta-global-widgets/block/editor.js',
      'jakarta-global-widgets/cdn/jakarta-global-widgets.js',
      'jakarta-global-widgets/languages/jakarta-global-widgets-id_ID.mo',
      'jakarta-global-widgets/languages/jakarta-global-widgets-en_US.mo',
    ]) {
      assert.ok(list.includes(file), `${file} in the zip`);
    }
    const chunks = readdirSync(join(ROOT, 'dist/cdn/chunks')).filter((f) => !f.endsWith('.map'));
    for (const chunk of chunks) assert.ok(list.includes(`jakarta-global-widgets/cdn/chunks/${chunk}`), chunk);
    assert.ok(!list.some((f) => f.endsWith('.map')), 'no source maps');
    // Every file of the built folder, byte for byte, under jakarta-global-widgets/ (no directory entries).
    const built = readdirSync(PLUGIN, { recursive: true })
      .filter((f) => statSync(join(PLUGIN, f)).isFile())
      .map((f) => `jakarta-global-widgets/${f.split('\\').join('/')}`);
    assert.deepEqual([...list].sort(), built.sort());
    for (const [name, data] of files) assert.ok(data.equals(readFileSync(join(BUILT, name))), `${name} as built`);
  });

  it('WordPress’s installer (unzip_file’s PclZip path) unpacks the zip into the plugin’s folder', needs(WORDPRESS), () => {
    requireTool(WORDPRESS);
    const tmp = mkdtempSync(join(tmpdir(), 'jgw-wp-unzip-'));
    try {
      const out = execFileSync('php', [join(ROOT, 'test/e2e/wordpress/unzip.php'), ZIP, `${tmp}/`], { encoding: 'utf8', env: { ...process.env, WP_DIR } });
      assert.equal(out, 'ok');
      const unpacked = readdirSync(tmp, { recursive: true }).filter((f) => statSync(join(tmp, f)).isFile());
      assert.equal(unpacked.length, readZip(readFileSync(ZIP)).size);
      for (const f of unpacked) assert.ok(readFileSync(join(tmp, f)).equals(readFileSync(join(BUILT, f))), f);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('compiles the .po files, failing on a php-format translation whose placeholders differ, or on what it cannot read', () => {
    for (const lang of ['id_ID', 'en_US']) {
      const name = `jakarta-global-widgets-${lang}`;
      const mo = compilePo(readFileSync(join(LANGUAGES, `${name}.po`), 'utf8'), `${name}.po`);
      assert.ok(mo.equals(readFileSync(join(PLUGIN, `languages/${name}.mo`))), `${name}.mo as built`);
      assert.equal(mo.readUInt32LE(0), 0x950412de);
    }
    const header = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n';
    const bad = (entry) => () => compilePo(header + entry, 'bad.po');
    assert.throws(bad('#, php-format\nmsgid "Hello %1$s, %2$s"\nmsgstr "Halo %1$s"\n'), /bad\.po:4: .*takes 1:string, the msgid 1:string, 2:string/);
    assert.throws(bad('#, php-format\nmsgid "Hello %s"\nmsgstr "Halo %d"\n'), /takes 1:integer, the msgid 1:string/);
    assert.throws(bad('#, php-format\nmsgid "Hello %s"\nmsgstr "Halo %y"\n'), /not a valid PHP format/);
    assert.doesNotThrow(bad('#, php-format\nmsgid "%1$s of %2$s"\nmsgstr "%2$s: %1$s"\n'));
    assert.doesNotThrow(bad('msgid "Hello %s"\nmsgstr "Halo"\n'), 'not php-format: not checked');
    assert.throws(bad('msgid "a"\nmsgstr "b"\nmsgfoo "c"\n'), /bad\.po:6: cannot read this line/);
    assert.throws(bad('msgid "a"\nmsgstr "\\q"\n'), /unsupported escape/);
    assert.throws(bad('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n'), /duplicate message "a"/);
    assert.throws(bad('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n'), /msgid_plural with a plain msgstr/);
    assert.throws(() => compilePo('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n', 'latin.po'), /charset ISO-8859-1 is not supported/);
    const edge = parsePo(EDGE_PO, 'edge.po');
    assert.deepEqual(edge[1].msgstr, ['%d widget satu', '%d widget banyak']);
    assert.equal(edge[3].msgid, 'multi line\tstring "quoted" \\ back');
    assert.equal(edge[3].msgstr[0], 'baris\nganda é ✓');
  });

  it('writes the .mo files msgfmt --check-format --no-hash writes, byte for byte', needs(MSGFMT), () => {
    requireTool(MSGFMT);
    const tmp = mkdtempSync(join(tmpdir(), 'jgw-msgfmt-'));
    try {
      writeFileSync(join(tmp, 'edge.po'), EDGE_PO);
      for (const po of [join(LANGUAGES, 'jakarta-global-widgets-id_ID.po'), join(LANGUAGES, 'jakarta-global-widgets-en_US.po'), join(tmp, 'edge.po')]) {
        // msgfmt adds a hash table by default; WordPress's reader does not use one.
        execFileSync('msgfmt', ['--check-format', '--no-hash', '-o', join(tmp, 'ref.mo'), po]);
        const mine = compilePo(readFileSync(po, 'utf8'), relative(ROOT, po));
        assert.ok(mine.equals(readFileSync(join(tmp, 'ref.mo'))), `${po}: the same bytes as msgfmt's`);
      }
      // And msgfmt refuses what compilePo refuses (the check above).
      writeFileSync(join(tmp, 'bad.po'), 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#, php-format\nmsgid "Hello %s"\nmsgstr "Halo %d"\n');
      assert.throws(() => execFileSync('msgfmt', ['--check-format', '-o', join(tmp, 'bad.mo'), join(tmp, 'bad.po')], { stdio: 'pipe' }));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('WordPress’s MO reader reads every translation of the .mo files, contexts and plurals included', needs(WORDPRESS), () => {
    requireTool(WORDPRESS);
    const tmp = mkdtempSync(join(tmpdir(), 'jgw-mo-'));
    try {
      writeFileSync(join(tmp, 'edge.mo'), compilePo(EDGE_PO, 'edge.po'));
      const files = ['id_ID', 'en_US'].map((lang) => join(PLUGIN, `languages/jakarta-global-widgets-${lang}.mo`));
      const read = JSON.parse(
        execFileSync('php', [join(ROOT, 'test/e2e/wordpress/mo.php'), ...files, join(tmp, 'edge.mo')], { encoding: 'utf8', env: { ...process.env, WP_DIR } }),
      );
      const pos = {
        'jakarta-global-widgets-id_ID.mo': readFileSync(join(LANGUAGES, 'jakarta-global-widgets-id_ID.po'), 'utf8'),
        'jakarta-global-widgets-en_US.mo': readFileSync(join(LANGUAGES, 'jakarta-global-widgets-en_US.po'), 'utf8'),
        'edge.mo': EDGE_PO,
      };
      for (const [mo, po] of Object.entries(pos)) {
        const entries = parsePo(po, mo);
        const expected = entries
          .filter((e) => e.msgid !== '' && e.msgstr[0] !== '' && !e.flags.includes('fuzzy'))
          .map((e) => ({ context: e.msgctxt, singular: e.msgid, plural: e.msgidPlural, translations: e.msgstr }));
        const key = (e) => `${e.context ?? ''}\u0004${e.singular}`;
        assert.deepEqual(read[mo].entries.sort((a, b) => key(a).localeCompare(key(b))), expected.sort((a, b) => key(a).localeCompare(key(b))), mo);
        if (mo !== 'edge.mo') assert.equal(read[mo].headers.Language, mo.replace(/^.*-|\.mo$/g, ''));
      }
      assert.equal(read['jakarta-global-widgets-id_ID.mo'].headers['Plural-Forms'], 'nplurals=1; plural=0;');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('takes its whitelist from the elements’ (every dataset id), and the block lists the same values', () => {
    const whitelist = JSON.parse(readFileSync(join(PLUGIN, 'includes/whitelist.json'), 'utf8'));
    const values = (widget, name) => whitelist[widget].find((p) => p.name === name).values;
    assert.deepEqual(values('cooperation-counter', 'metric'), DATA.metrics.map((m) => m.id));
    assert.deepEqual(values('program-card', 'program'), DATA.programs.map((p) => p.id));
    assert.deepEqual(values('sister-city-map', 'selected'), ['', ...DATA.partners.map((p) => p.id)]);
    const block = JSON.parse(readFileSync(join(PLUGIN, 'block/block.json'), 'utf8'));
    assert.deepEqual(block.attributes.metric.enum, DATA.metrics.map((m) => m.id));
    assert.equal(block.attributes['no-controls'].type, 'boolean');
    const editor = readFileSync(join(PLUGIN, 'block/editor.js'), 'utf8');
    assert.ok(editor.includes('"sister-city-map":["region","selected"'), 'the editor knows each element’s settings');
  });

  it('renders a valid shortcode as the tag with its attributes and localized fallback text', needs(WORDPRESS), () => {
    const { cases } = render([{ shortcode: '<p>Intro</p>\n[jakarta_widget type="sister-city-map" region="asia" lang="id"]' }]);
    const [el] = tags(cases[0].html);
    assert.equal(el.tag, 'sister-city-map');
    assert.deepEqual(el.attrs, [['region', 'asia'], ['lang', 'id']]);
    const asia = DATA.partners.filter((p) => p.region === 'asia');
    assert.ok(el.text.startsWith(`Peta ${asia.length} dari ${DATA.partners.length} mitra kota kembar Jakarta (Asia): ${asia[0].name.id}`), el.text);
    assert.deepEqual(cases[0].problems, []);
    assert.ok(cases[0].html.startsWith('<p>Intro</p>'));
  });

  it('enqueues the module script once for several widgets, shortcode and block, with no inline script or style', needs(WORDPRESS), () => {
    const out = render([
      {
        shortcode:
          '[jakarta_widget type="cooperation-counter" metric="hospitals"] [jakarta_widget type="program-card" program="jeju" variant="compact"]',
      },
      { block: '<!-- wp:jakarta-global-widgets/widget {"type":"sister-city-list","region":"europe","no-controls":true} /-->' },
      { block: '<!-- wp:jakarta-global-widgets/widget {"type":"sister-city-map","selected":"seoul","height":"420px"} /-->' },
    ]);
    const page = out.head + out.cases.map((c) => c.html).join('\n') + out.footer;
    assert.equal(tags(page).length, 5 - 1);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1, scripts.join('\n'));
    assert.match(scripts[0], /\stype="module"/);
    assert.equal(/\ssrc=['"]([^'"]+)['"]/.exec(scripts[0])[1], SCRIPT);
    assert.match(page, /<script\b[^>]*><\/script>/, 'the script has no inline content');
    assert.ok(!/\sstyle=|<style/i.test(page), 'no inline style');
    assert.ok(!/\son[a-z]+=/i.test(page), 'no event handler attributes');
    const [list, map] = tags(out.cases[1].html + out.cases[2].html);
    assert.ok(out.cases[1].html.startsWith('<div class="wp-block-jakarta-global-widgets-widget">'), out.cases[1].html);
    assert.deepEqual(list.attrs, [['region', 'europe'], ['no-controls', ''], ['lang', 'en']]);
    assert.deepEqual(map.attrs, [['selected', 'seoul'], ['height', '420px'], ['lang', 'en']]);
    assert.equal(out.block_registered, true);
    assert.equal(out.shortcode_registered, true);
    // Before each tag, the files it needs at once that the page has not named yet (cdn/preload.json):
    // each once, in the page's order; the lazy map's Leaflet and runtime are left to the script.
    const { tags: lists } = JSON.parse(readFileSync(join(PLUGIN, 'cdn/preload.json'), 'utf8'));
    const hinted = [...page.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const base = SCRIPT.replace(/jakarta-global-widgets\.js\?.*$/, '');
    const expected = [...new Set(['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'].flatMap((t) => lists[t].now))];
    assert.deepEqual(hinted, expected.map((f) => base + f));
    assert.ok(!hinted.some((h) => /\/chunks\/(leaflet|map-runtime)-/.test(h)), 'no hint for a lazy map’s half');
    assert.ok(out.cases[2].html.startsWith('<div class="wp-block-jakarta-global-widgets-widget"><link rel="modulepreload"'), out.cases[2].html);
  });

  it('takes every value the block offers, and a shortcode\'s value-less boolean attributes, with no PHP warning', needs(WORDPRESS), () => {
    const out = render([
      ...['16/9', '4/3', '1/1'].map((ratio) => ({ shortcode: `[jakarta_widget type="sister-city-map" aspect-ratio="${ratio}"]` })),
      { block: '<!-- wp:jakarta-global-widgets/widget {"type":"sister-city-map","aspect-ratio":"16/9","open":true,"selected":"seoul"} /-->' },
      { shortcode: '[jakarta_widget type="sister-city-list" no-controls no-download region="asia"]' },
      { shortcode: '[jakarta_widget type="sister-city-map" open selected="jeju" bogus]' },
      // `$` is the end of the value, not a line break before it.
      { atts: { type: 'sister-city-map', height: '480px\n', 'heading-level': '3\n' } },
    ]);
    const attrs = out.cases.map((c) => tags(c.html)[0]?.attrs);
    assert.deepEqual(attrs.slice(0, 3), [
      [['aspect-ratio', '16/9'], ['lang', 'en']],
      [['aspect-ratio', '4/3'], ['lang', 'en']],
      [['aspect-ratio', '1/1'], ['lang', 'en']],
    ]);
    assert.deepEqual(attrs[3], [['selected', 'seoul'], ['open', ''], ['aspect-ratio', '16/9'], ['lang', 'en']]);
    assert.deepEqual(attrs[4], [['region', 'asia'], ['no-controls', ''], ['no-download', ''], ['lang', 'en']]);
    assert.deepEqual(attrs[5], [['selected', 'jeju'], ['open', ''], ['lang', 'en']]);
    assert.deepEqual(attrs[6], [['lang', 'en']]);
    assert.deepEqual(out.cases.slice(0, 5).map((c) => c.problems), [[], [], [], [], []]);
    assert.deepEqual(out.cases[5].problems, ['The attribute “bogus” is not one of sister-city-map’s; it was left out.']);
    assert.equal(out.cases[6].problems.length, 2, out.cases[6].problems.join('\n'));
  });

  it("puts the stylesheets that reserve the sizes of the posts' widget types in the <head>; a type used elsewhere, late, in the footer", needs(WORDPRESS), () => {
    const cases = [{ shortcode: '[jakarta_widget type="cooperation-counter"]' }, { block: '<!-- wp:jakarta-global-widgets/widget {"type":"program-card"} /-->' }];
    /** The reservation sheets linked in `html`, by file: each type's own (`reserve/<type>.css`), or every type's. */
    const sheets = (html) =>
      [...html.matchAll(/<link rel='stylesheet' id='([\w-]+)-css' href='[^']+\/cdn\/((?:reserve\/[\w-]+|jakarta-global-widgets)\.css)\?ver=0\.1\.0'/g)].map((m) => `${m[1]} ${m[2]}`);
    const counter = 'jakarta-global-widgets-cooperation-counter reserve/cooperation-counter.css';
    const card = 'jakarta-global-widgets-program-card reserve/program-card.css';
    // A classic theme prints the head before the content: enqueued only as the widget renders, a
    // stylesheet came after the content, and the page shifted as the widgets drew.
    const layouts = [
      [undefined, [counter, card], []],
      [[cases[0].shortcode], [counter], [card]],
      [['<p>x</p>', cases[1].block], [card], [counter]],
      // A block inside a group, a shortcode with other attributes, the block's default type (the counter).
      [['<!-- wp:group --><div><!-- wp:jakarta-global-widgets/widget {"type":"program-card"} /--></div><!-- /wp:group -->', '[jakarta_widget lang="en" type="cooperation-counter"]'], [counter, card], []],
      [['<!-- wp:jakarta-global-widgets/widget /-->'], [counter], [card]],
    ];
    for (const [posts, head, footer] of layouts) {
      const out = render(cases, 'en_US', { posts });
      assert.deepEqual([sheets(out.head), sheets(out.footer)], [head, footer], JSON.stringify(posts));
    }
    // Widgets outside the posts (a sidebar, a template) still get theirs, after the head.
    const sidebar = render(cases, 'en_US', { posts: ['<p>No widget in the post.</p>'] });
    assert.deepEqual([sheets(sidebar.head), sheets(sidebar.footer)], [[], [counter, card]]);
    assert.equal(sidebar.head, '');
    // The block editor, where any type can be added: every type's sheet in one.
    assert.deepEqual(sheets(render([], 'en_US', { admin: true, posts: [] }).head + render([], 'en_US', { admin: true, posts: [] }).footer), [
      'jakarta-global-widgets jakarta-global-widgets.css',
    ]);
  });

  it('loads the library in the block editor, so that the preview shows the element, not its fallback sentence', needs(WORDPRESS), () => {
    const editor = render([], 'en_US', { admin: true, posts: [] });
    // A classic script (its handle's id, `-js`), on every WordPress: the block editor's iframe takes
    // the scripts of `enqueue_block_assets`, never a script module, which 6.5 and 6.6 do not print in
    // the admin at all (run this file with WP_DIR set to a later WordPress: `npm run test:wordpress`).
    assert.deepEqual(
      (editor.head + editor.footer).match(/<script\b[^>]*jakarta-global-widgets\.js[^>]*>/g)?.map((tag) => [/type="module"/.test(tag), /id=["']([^"']+)["']/.exec(tag)?.[1]]),
      [[true, 'jakarta-global-widgets-js']],
      editor.head + editor.footer,
    );
    // Block API 3: the block works in the editor's iframe (WordPress 6.3+ iframes the post editor when
    // every block is version 3, 6.9 warns about 1 and 2, 7.0 iframes it whatever they are).
    assert.equal(JSON.parse(readFileSync(join(PLUGIN, 'block/block.json'), 'utf8')).apiVersion, 3);
    // An editor who works in English on an Indonesian site previews what readers get: Indonesian.
    // The messages meant for the editor are in the editor's language.
    const preview = render([{ shortcode: '[jakarta_widget type="cooperation-counter" metric="nope"]' }], 'id_ID', { admin: true, userLocale: 'en_US' });
    assert.deepEqual(tags(preview.cases[0].html)[0].attrs, [['metric', 'agreements'], ['lang', 'id']]);
    assert.match(preview.cases[0].problems[0], /is not a valid value for metric/);
    // On the site, a page without a widget loads nothing.
    const site = render([], 'en_US', { posts: ['<p>No widget.</p>'] });
    assert.equal(site.head + site.footer, '');
  });

  it("names the block's settings as the gallery does, in the editor's language, and clears, when the element changes, those the new one does not take", () => {
    const registered = {};
    let controls = [];
    const h = (type, props, ...children) => {
      if (props && props.onChange) controls.push({ type, ...props });
      return { type, props, children };
    };
    const wp = {
      element: { createElement: h },
      i18n: { __: (s) => s },
      blockEditor: { InspectorControls: 'InspectorControls', useBlockProps: () => ({}) },
      components: { PanelBody: 'PanelBody', SelectControl: 'SelectControl', TextControl: 'TextControl', ToggleControl: 'ToggleControl' },
      serverSideRender: 'ServerSideRender',
      blocks: {
        registerBlockType: (name, settings) => Object.assign(registered, settings),
        getBlockType: () => JSON.parse(readFileSync(join(PLUGIN, 'block/block.json'), 'utf8')),
      },
    };
    const changes = [];
    const attributes = { type: 'sister-city-map', region: 'asia', selected: 'seoul', open: true, lang: 'id', theme: 'dark', 'heading-level': '3' };
    const shown = {};
    for (const screen of ['id-ID', 'en-US']) {
      new Function('window', 'document', readFileSync(join(PLUGIN, 'block/editor.js'), 'utf8'))({ wp }, { documentElement: { lang: screen } });
      controls = [];
      registered.edit({ attributes, setAttributes: (c) => changes.push(c) });
      shown[screen] = controls.map((c) => [c.label, c.help ?? null]);
      shown[`${screen} types`] = controls[0].options.map((o) => o.label);
      shown[`${screen} regions`] = controls.find((c) => c.help === 'region').options.map((o) => o.label);
      shown[`${screen} seoul`] = controls.find((c) => c.help === 'selected').options.find((o) => o.value === 'seoul').label;
    }
    assert.deepEqual(shown['id-ID'].slice(0, 4), [['Widget', null], ['Kawasan', 'region'], ['Mitra yang disorot', 'selected'], ['Buka juga panel detailnya', 'open']]);
    assert.deepEqual(shown['en-US'][1], ['Region', 'region']);
    assert.deepEqual(shown['id-ID types'], ['Penghitung kerja sama', 'Kartu program', 'Daftar kota kembar', 'Peta kota kembar']);
    // The values as the gallery names them (demo/controls.ts optionLabel), not their ids.
    assert.deepEqual(shown['id-ID regions'], ['(default)', 'Semua kawasan', 'Asia', 'Eropa', 'Amerika', 'Afrika', 'Oseania']);
    assert.deepEqual(shown['en-US regions'].slice(0, 3), ['(default)', 'All regions', 'Asia']);
    assert.equal(shown['id-ID seoul'], 'Seoul (Korea Selatan)');
    assert.ok(shown['id-ID'].every(([label, help]) => label !== help), 'every setting named, not only its attribute');
    const typeMenu = controls[0];
    typeMenu.onChange('cooperation-counter');
    // lang and theme are the counter's too; the map's region, selected, open and heading level are not.
    assert.deepEqual(changes, [{ type: 'cooperation-counter', region: undefined, selected: undefined, open: undefined, 'heading-level': undefined }]);
  });

  it('leaves out invalid and unknown attributes and names them, translated; an unknown type renders nothing', needs(WORDPRESS), () => {
    const cases = [
      { shortcode: '[jakarta_widget type="sister-city-map" region="mars" heading-level="9" height="100vh" onclick="x" lang="xx"]' },
      { shortcode: '[jakarta_widget type="program-card" program="nope" heading-level="7"]' },
      { shortcode: '[jakarta_widget type="<script>" region="asia"]' },
      { shortcode: '[jakarta_widget region="asia"]' },
      { block: '<!-- wp:jakarta-global-widgets/widget {"type":"cooperation-counter","metric":"bogus","theme":"dark"} /-->' },
    ];
    for (const locale of ['en_US', 'id_ID']) {
      const out = render(cases, locale);
      const lang = locale === 'id_ID' ? 'id' : 'en';
      const [map] = tags(out.cases[0].html);
      assert.deepEqual(map.attrs, [['lang', lang]], 'only the site language is left');
      assert.equal(out.cases[0].problems.length, 5, out.cases[0].problems.join('\n'));
      const [card] = tags(out.cases[1].html);
      assert.deepEqual(card.attrs, [['program', 'c40-hospitals'], ['lang', lang]], 'the default programme');
      assert.equal(out.cases[2].html, '');
      assert.equal(out.cases[3].html, '');
      assert.ok(!out.cases[2].html.includes('<script'));
      const [counter] = tags(out.cases[4].html);
      assert.deepEqual(counter.attrs, [['metric', 'agreements'], ['lang', lang], ['theme', 'dark']]);
      const word = locale === 'id_ID' ? 'bukan nilai yang berlaku' : 'is not a valid value';
      assert.ok(out.cases[0].problems.some((p) => p.includes(word) && p.includes('“mars”')), out.cases[0].problems.join('\n'));
      // Problems are for editors: readers (no logged-in user here) never see them.
      assert.ok(!out.cases[0].html.includes('mars'));
    }
  });

  it('translates the block, the editor script and the messages (id_ID), English otherwise', needs(WORDPRESS), () => {
    const id = render([], 'id_ID');
    assert.equal(id.translated, 'Pengaturan widget');
    assert.equal(id.block_title, 'Widget Jakarta Global');
    const jed = JSON.parse(id.editor_translations);
    assert.deepEqual(jed.locale_data.messages['Widget settings'], ['Pengaturan widget']);
    const en = render([], 'en_US');
    assert.equal(en.translated, 'Widget settings');
    assert.equal(en.block_title, 'Jakarta Global Widget');
  });

  it('escapes every attribute value', needs(WORDPRESS), () => {
    // (A single-quoted shortcode value cannot hold a single quote; the block's JSON can.)
    const hostile = `a "b" <i>c</i> & d`;
    const out = render([
      { shortcode: `[jakarta_widget type="cooperation-counter" label='${hostile}' caption='"><script>alert(1)</script>']` },
      { block: `<!-- wp:jakarta-global-widgets/widget ${JSON.stringify({ type: 'sister-city-map', heading: `${hostile} 'e'"><img src=x onerror=alert(1)>` })} /-->` },
    ]);
    const [counter] = tags(out.cases[0].html);
    const label = counter.attrs.find(([n]) => n === 'label')[1];
    assert.equal(unescape(label), hostile);
    assert.ok(!/[<>"]/.test(label), label);
    const caption = counter.attrs.find(([n]) => n === 'caption')[1];
    assert.equal(unescape(caption), '"><script>alert(1)</script>');
    assert.ok(!/<script>alert|<img/i.test(out.cases[0].html + out.cases[1].html), out.cases[1].html);
    const [map] = tags(out.cases[1].html);
    const heading = map.attrs.find(([n]) => n === 'heading')[1];
    assert.equal(unescape(heading), `${hostile} 'e'"><img src=x onerror=alert(1)>`);
    for (const el of [counter, map]) for (const [, value] of el.attrs) assert.ok(!/[<>"]/.test(value), value);
  });
});

describe('the plugin’s output in a browser', needs(WORDPRESS), () => {
  let browser;
  let server;
  before(async () => {
    assertBuilt();
    requireTool(WORDPRESS);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders all four elements from the plugin’s own cdn/ under a strict CSP, with no violation', async () => {
    const out = render(
      [
        { shortcode: '[jakarta_widget type="cooperation-counter" metric="hospitals" lang="id"]' },
        { shortcode: '[jakarta_widget type="program-card" program="jeju" lang="en"]' },
        { block: '<!-- wp:jakarta-global-widgets/widget {"type":"sister-city-list","region":"europe"} /-->' },
        { block: '<!-- wp:jakarta-global-widgets/widget {"type":"sister-city-map","region":"asia","loading":"eager"} /-->' },
      ],
      'id_ID',
    );
    // The site's plugin folder, served from dist-wordpress/.
    const fix = (html) => html.replaceAll('http://wp.example/wp-content/plugins/', '/dist-wordpress/');
    const post = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>post</title><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'">
${fix(out.head)}</head><body><main>
${out.cases.map((c) => fix(c.html)).join('\n')}
</main>
${fix(out.footer)}</body></html>`;
    server = await serve(0, { pages: { '/wp-post.html': post } });
    const { page, log } = await openPage(browser, `${server.url}/wp-post.html`);
    try {
      await waitForWidgets(page, 'cooperation-counter, program-card, sister-city-list, sister-city-map', 20000);
      const states = await page.$$eval('main > *, main > div > *', (els) =>
        els.filter((el) => el.localName.includes('-')).map((el) => `${el.localName}:${el.matches(':state(ready)')}`),
      );
      assert.deepEqual(states.sort(), [
        'cooperation-counter:true',
        'program-card:true',
        'sister-city-list:true',
        'sister-city-map:true',
      ]);
      assert.deepEqual(await log.csp(), []);
      assert.deepEqual(log.exceptions, []);
      assert.deepEqual(log.errors, []);
      // The plugin's modulepreload hints (the eager map's Leaflet and runtime included) are the files
      // the script then imports: each requested once, none for nothing.
      const hinted = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => l.href));
      const chunks = log.requests.filter((u) => /\/cdn\/chunks\/[^/]+\.js$/.test(u));
      assert.equal(new Set(chunks).size, chunks.length, `each chunk requested once: ${chunks.join(', ')}`);
      assert.ok(hinted.some((h) => /\/chunks\/leaflet-/.test(h)), 'the eager map’s Leaflet is hinted');
      for (const h of hinted) assert.ok(chunks.includes(h), `${h} hinted and requested`);
    } finally {
      await page.close();
    }
  });
});
