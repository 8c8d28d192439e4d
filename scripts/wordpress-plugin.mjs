#!/usr/bin/env node
// Builds the WordPress plugin (integrations/wordpress/) into
// dist-wordpress/jakarta-global-widgets/ and the installable
// dist-wordpress/jakarta-global-widgets-wordpress.zip (run by `npm run build`,
// after the CDN bundle):
// - cdn/: a copy of dist/cdn/ (the module script, its chunks);
// - includes/whitelist.json: each element's attributes and the values each
//   may take, from the gallery's whitelist (demo/widgets.ts, itself derived
//   from the dataset's ids), so the shortcode and block accept what the
//   gallery's builder can make and nothing else;
// - includes/fallbacks.json: the fallback text inside each tag, per metric,
//   programme and region, in both languages (the builder's fallback text);
// - block/block.json: the block's attributes with their `enum` lists;
//   block/editor.js: the settings each element takes;
// - languages/*.mo compiled from the .po files (scripts/gettext.mjs: what
//   `msgfmt --check-format --no-hash` writes, in Node), and the editor
//   script's strings as JSON;
// - the zip, written in Node (scripts/kit.mjs's zip()): no msgfmt, no zip
//   command needed.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePo, parsePo } from './gettext.mjs';
import { zip } from './kit.mjs';
import { loadModules } from './oembed-pages.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = join(ROOT, 'integrations/wordpress');
const OUT = join(ROOT, 'dist-wordpress');
const SLUG = 'jakarta-global-widgets';
const DIR = join(OUT, SLUG);
const ZIP = join(OUT, `${SLUG}-wordpress.zip`);

/** The handle WordPress gives the block's editor script (generate_block_asset_handle). */
const EDITOR_HANDLE = 'jakarta-global-widgets-widget-editor-script';

/** The .po entries whose references include `file` (`file` or `file:line`), fuzzy ones left out. */
function poEntries(po, name, file) {
  return parsePo(po, name).filter(
    (e) => e.msgid !== '' && !e.flags.includes('fuzzy') && e.references.some((r) => r === file || r.startsWith(`${file}:`)),
  );
}

/** The files under `dir`, recursively, sorted: [path relative to `dir` with `/`, absolute path]. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name))
    .map((f) => [relative(dir, f).split('\\').join('/'), f])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The builder's fallback HTML as plain text (the plugin escapes it again). */
const toText = (html) => html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** The gallery's settings of element `name` that the plugin offers (all but the data file's address). */
const pluginParams = (widgets, name) => widgets.SPECS[name].params.filter((p) => p.name !== 'src');

export async function buildPlugin() {
  const cdn = join(ROOT, 'dist/cdn');
  if (!existsSync(join(cdn, 'jakarta-global-widgets.js'))) throw new Error('dist/cdn/ is missing: run `npm run build` first');
  const [widgets, code, json, partners, strings, controls] = await loadModules([
    '/demo/widgets.ts',
    '/demo/embed-code.ts',
    '/data/jakarta-2024.json',
    '/src/core/partners.ts',
    '/demo/strings.ts',
    '/demo/controls.ts',
  ]);
  const data = json.default;

  const whitelist = {};
  for (const name of widgets.WIDGETS) {
    // Not `src`: the plugin shows the bundled data, as the README says; a post's author is not
    // offered an address for the element to fetch.
    whitelist[name] = pluginParams(widgets, name).map((p) => {
      const entry = { name: p.name, kind: p.kind, default: p.default };
      if (p.always) entry.always = true;
      if (p.kind === 'enum') entry.values = [...p.values];
      if (p.kind === 'int') Object.assign(entry, { min: p.min, max: p.max });
      if (p.kind === 'text') entry.maxLength = p.maxLength;
      if (p.kind === 'pattern') Object.assign(entry, { pattern: p.pattern.source, values: [...p.values] });
      return entry;
    });
  }

  const fallbacks = {};
  const keys = {
    'cooperation-counter': ['metric', data.metrics.map((m) => m.id)],
    'program-card': ['program', data.programs.map((p) => p.id)],
    'sister-city-list': ['region', [...partners.REGION_FILTERS]],
    'sister-city-map': ['region', [...partners.REGION_FILTERS]],
  };
  for (const [widget, [param, values]] of Object.entries(keys)) {
    fallbacks[widget] = {};
    for (const value of values) {
      fallbacks[widget][value] = {};
      for (const lang of widgets.LANG_VALUES) {
        fallbacks[widget][value][lang] = toText(code.fallbackHtml(widget, { [param]: value, lang }, data, lang));
      }
    }
  }

  // Block attributes: the union of the elements' settings; an enum lists every value any element takes.
  const block = JSON.parse(readFileSync(join(SRC, 'block/block.json'), 'utf8'));
  const settingsOf = {};
  for (const [widget, params] of Object.entries(whitelist)) {
    settingsOf[widget] = params.map((p) => p.name);
    for (const p of params) {
      const attr = (block.attributes[p.name] ??= { type: p.kind === 'bool' ? 'boolean' : 'string' });
      if (p.kind === 'enum' || p.kind === 'pattern') attr.enum = [...new Set([...(attr.enum ?? []), ...p.values])];
    }
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(SRC, DIR, { recursive: true });
  cpSync(cdn, join(DIR, 'cdn'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  writeFileSync(join(DIR, 'includes/whitelist.json'), JSON.stringify(whitelist, null, 1) + '\n');
  writeFileSync(join(DIR, 'includes/fallbacks.json'), JSON.stringify(fallbacks, null, 1) + '\n');
  writeFileSync(join(DIR, 'block/block.json'), JSON.stringify(block, null, 2) + '\n');
  // The gallery's names, in both languages: of the elements (`types`), of their settings
  // (`settings`) and of each setting's values (`options`: "Asia", "27 public hospitals…").
  const labels = {};
  for (const lang of widgets.LANG_VALUES) {
    const ui = strings.ui[lang];
    const settings = {};
    const options = {};
    for (const name of widgets.WIDGETS) {
      for (const param of pluginParams(widgets, name)) {
        if (typeof ui[`param_${param.name}`] !== 'string') throw new Error(`demo/strings.ts has no param_${param.name} in ${lang}`);
        settings[param.name] = ui[`param_${param.name}`];
        if (param.kind !== 'enum' && param.kind !== 'pattern') continue;
        options[param.name] = Object.fromEntries(param.values.filter(Boolean).map((v) => [v, controls.optionLabel(param, v, data, lang)]));
      }
    }
    labels[lang] = { types: Object.fromEntries(widgets.WIDGETS.map((w) => [w, ui[`title_${w}`]])), settings, options };
  }
  let editor = readFileSync(join(SRC, 'block/editor.js'), 'utf8');
  for (const [name, value] of [['widgets', settingsOf], ['labels', labels]]) {
    const placeholder = `/* build: ${name} */ {}`;
    if (!editor.includes(placeholder)) throw new Error(`block/editor.js has lost its ${placeholder} placeholder`);
    editor = editor.replace(placeholder, JSON.stringify(value));
  }
  writeFileSync(join(DIR, 'block/editor.js'), editor);
  for (const lang of ['id_ID', 'en_US']) {
    const po = join(DIR, `languages/${SLUG}-${lang}.po`);
    writeFileSync(po.replace(/\.po$/, '.mo'), compilePo(readFileSync(po, 'utf8'), relative(ROOT, po)));
  }
  // The editor script's strings, as the JSON (Jed) files wp_set_script_translations() loads.
  for (const lang of ['id_ID', 'en_US']) {
    const messages = { '': { domain: 'messages', lang } };
    const name = `integrations/wordpress/languages/${SLUG}-${lang}.po`;
    for (const e of poEntries(readFileSync(join(ROOT, name), 'utf8'), name, 'block/editor.js')) {
      const key = (e.msgctxt === null ? '' : `${e.msgctxt}\u0004`) + e.msgid;
      messages[key] = e.msgstr.every((s) => s === '') ? [e.msgid, ...(e.msgidPlural === null ? [] : [e.msgidPlural])] : e.msgstr;
    }
    const jed = { domain: 'messages', locale_data: { messages } };
    writeFileSync(join(DIR, `languages/${SLUG}-${lang}-${EDITOR_HANDLE}.json`), JSON.stringify(jed) + '\n');
  }
  // The folder's files under `<slug>/`, as `zip -qr` packed them (without its directory entries:
  // WordPress's installer and unzip make a file's folders themselves).
  writeFileSync(ZIP, zip(filesOf(DIR).map(([name, file]) => [`${SLUG}/${name}`, readFileSync(file)])));
  return { dir: DIR, zip: ZIP };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { zip } = await buildPlugin();
  console.log(`wordpress-plugin: ${zip.slice(ROOT.length + 1)}`);
}
