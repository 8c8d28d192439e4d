// Build-time transforms that are not run in the browser tests (these see the
// source as written): the folding of white space in Lit templates
// (scripts/minify-html-templates.mjs). What the built bundle renders is
// checked by the other e2e files, on the bundle itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createContext, runInContext } from 'node:vm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { parseSync, Visitor } from 'vite';
import { foldTemplateWhiteSpace, minifyHtmlTemplates } from '../../scripts/minify-html-templates.mjs';
import { guardForIn, HELPER_SOURCE } from '../../scripts/guard-for-in.mjs';
import { readZip } from './support.mjs';

/** Line and column (1-based line, 0-based column, as source maps count) of the last `needle` in `code`. */
function lastPosition(code, needle) {
  const i = code.lastIndexOf(needle);
  assert.notEqual(i, -1, `${needle} not found`);
  const before = code.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') - 1 };
}

describe('build: white space in html and svg templates', () => {
  it('folds each line-breaking run of white space in html templates, nested ones included: none next to a block tag or before a tag\'s `>`', async () => {
    const source = [
      'const a = html`<div class="counter">',
      '      <p>${x}',
      '        ${y ? html`<span',
      '            >${y}</span',
      '          >` : nothing}</p>',
      '    </div>`;',
    ].join('\n');
    assert.equal(await foldTemplateWhiteSpace(source), 'const a = html`<div class="counter"><p>${x} ${y ? html`<span>${y}</span>` : nothing}</p></div>`;');
  });

  it('keeps one space between inline content, and a `>` in text as text', async () => {
    const source = 'html`<li class="a">\n  <a href=${u}>x</a>\n  <span>y</span>\n  ${z}\n</li>\n<summary>\n  a\n  > b\n</summary>`';
    assert.equal(await foldTemplateWhiteSpace(source), 'html`<li class="a"><a href=${u}>x</a> <span>y</span> ${z}</li><summary> a > b </summary>`');
    // A tag whose attributes hold a binding is split across literals: the run before its `>` stays (one space).
    assert.equal(await foldTemplateWhiteSpace('html`<span title=${t}\n  >x</span>`'), 'html`<span title=${t} >x</span>`');
  });

  it('folds svg templates too, and keeps white space within a line', async () => {
    assert.equal(await foldTemplateWhiteSpace('svg`<path d="M 0 0\n   L 1 1"></path>  <g></g>`'), 'svg`<path d="M 0 0 L 1 1"></path>  <g></g>`');
  });

  it('leaves other templates, strings, escapes and expressions alone', async () => {
    const source = [
      'const c = css`:host {',
      '  display: block;',
      '}`;',
      'const t = `line one',
      '  line two`;',
      "const s = 'a\\n  b';",
      'const h = html`<p>a\\n  b</p>${`x',
      '  y`}`;',
    ].join('\n');
    assert.equal(await foldTemplateWhiteSpace(source), source);
    assert.equal(await foldTemplateWhiteSpace('f(`a\n  b`)'), 'f(`a\n  b`)');
  });
});

describe('build: source maps after the template folding', () => {
  it('the transform maps code after a folded template back to its own line', async () => {
    const source = ['const a = html`<p>', '    ${x}', '  </p>`;', '', 'function after() {', '  return 1;', '}'].join('\n');
    const out = await minifyHtmlTemplates().transform(source, '/repo/src/x.ts');
    assert.equal(out.code, 'const a = html`<p>${x}</p>`;\n\nfunction after() {\n  return 1;\n}');
    const position = originalPositionFor(new TraceMap(out.map), lastPosition(out.code, 'after'));
    assert.deepEqual([position.line, position.column], [5, 9]);
  });

  it("the shipped card's chunk maps each method to its line in program-card.ts", () => {
    const dir = 'dist/cdn/chunks';
    const file = readdirSync(dir).find((f) => /^program-card-[\w-]{6}\.js$/.test(f));
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    const map = new TraceMap(readFileSync(`${dir}/${file}.map`, 'utf8'));
    const source = readFileSync('src/program-card/program-card.ts', 'utf8').split('\n');
    for (const method of ['renderFigure', 'renderFacts', 'renderSource']) {
      // The definition is the name's last occurrence (calls come before it, in renderCard).
      const position = originalPositionFor(map, lastPosition(code, `${method}(`));
      assert.match(position.source, /program-card\/program-card\.ts$/);
      assert.equal(position.line, source.findIndex((l) => l.includes(`private ${method}(`)) + 1, method);
    }
  });
});

describe('build: for … in loops on a page that adds to Object.prototype (scripts/guard-for-in.mjs)', () => {
  /** Each `for … in` loop of `code`: its key's name, its object's text, and whether a call in its body takes exactly these two. */
  function loops(code, file) {
    const { program, errors } = parseSync(file, code);
    assert.deepEqual(errors, [], file);
    const found = [];
    new Visitor({
      ForInStatement(node) {
        const key = node.left.type === 'VariableDeclaration' ? node.left.declarations[0].id.name : code.slice(node.left.start, node.left.end);
        // The minifier moves the statements before a loop into its head (`for (k in a = …, a)`): the object is the last.
        let right = node.right;
        while (right.type === 'SequenceExpression') right = right.expressions.at(-1);
        const object = code.slice(right.start, right.end);
        let guarded = false;
        new Visitor({
          CallExpression(call) {
            const args = call.arguments.map((a) => code.slice(a.start, a.end));
            if (args.length === 2 && args[0] === object && args[1] === key) guarded = true;
          },
        }).visit({ type: 'Program', body: [node.body], sourceType: 'module', hashbang: null, directives: [], start: 0, end: 0, comments: [] });
        found.push({ key, object, guarded });
      },
    }).visit(program);
    return found;
  }

  it("guards every loop of the shipped map chunks (Leaflet's and the bundler's namespace helper)", () => {
    const dir = new URL('../../dist/cdn/chunks/', import.meta.url);
    const files = readdirSync(dir).filter((f) => /^(leaflet|map-runtime)-[\w-]{6}\.js$/.test(f));
    assert.equal(files.length, 2, `the two chunks: ${files}`);
    const all = files.flatMap((f) => loops(readFileSync(new URL(f, dir), 'utf8'), f).map((l) => ({ ...l, file: f })));
    // Leaflet's 45 loops, less those in the parts of Leaflet the map does not import, and the runtime's one.
    assert.ok(all.length > 30, `${all.length} loops`);
    assert.deepEqual(all.filter((l) => !l.guarded), [], 'loops without their check');
  });

  it('skips only what an object inherits from Object.prototype itself, not a default of the same name', () => {
    // In a realm of its own, whose Object.prototype a page's script has added to.
    const realm = createContext();
    const run = (code) => runInContext(code, realm);
    const polluted = run(`Object.prototype.subdomains = 'zzz'; Object.prototype.extra = 1;\n${HELPER_SOURCE.replace('export const', 'const')}; polluted`);
    // A class's default options, and an instance's options that inherit them (Leaflet's setOptions).
    const options = run("Object.create({ subdomains: 'abc', maxZoom: 5 })");
    assert.equal(polluted(options, 'extra'), true, 'added by the page');
    assert.equal(polluted(options, 'subdomains'), false, 'a default option of the same name');
    assert.equal(polluted(options, 'maxZoom'), false);
    assert.equal(polluted(run('({ extra: 2 })'), 'extra'), false, 'its own');
    assert.equal(polluted(options, 'toString'), false, 'not enumerable there');
  });

  it('finds loops by their syntax, whatever their spacing, and leaves comments and strings alone', () => {
    const source = [
      'for(var a in o.p){ f(a); }',
      'for (b in this[k]) g(b);',
      'for (var\tc\nin o) {}',
      '// for (d in o) {',
      "const s = 'for (e in o) {';",
    ].join('\n');
    const out = guardForIn(source, 'x.js').code;
    assert.deepEqual(loops(out, 'x.js').map(({ key, object, guarded }) => [key, object, guarded]), [['a', 'o.p', true], ['b', 'this[k]', true], ['c', 'o', true]]);
    assert.ok(out.includes('// for (d in o) {') && out.includes("'for (e in o) {'"), out);
    assert.throws(() => guardForIn('for (var k in f()) {}', 'y.js'), /other than a property read at y\.js:1/);
  });
});

describe('build: preload.json', () => {
  it("lists, for each module the loader imports, files that exist, its own chunk first, together the entry's imports", () => {
    const { modules } = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'));
    assert.deepEqual(Object.keys(modules).sort(), [
      'cooperation-counter/cooperation-counter',
      'program-card/program-card',
      'sister-city-list/element',
      'sister-city-map/define',
      'sister-city-map/leaflet',
      'sister-city-map/map-runtime',
    ]);
    const chunks = new Set(readdirSync('dist/cdn/chunks').map((f) => `chunks/${f}`));
    for (const [name, files] of Object.entries(modules)) {
      assert.equal(new Set(files).size, files.length, `${name}: a file twice`);
      for (const f of files) assert.ok(chunks.has(f), `${name}: ${f} is not in dist/cdn/chunks`);
      const own = name === 'sister-city-map/define' ? 'sister-city-map-define' : name === 'sister-city-list/element' ? 'sister-city-list-element' : name.split('/')[1];
      assert.match(files[0], new RegExp(`^chunks/${own}-[\\w-]{6}\\.js$`), `${name}: its own chunk first`);
    }
    const entry = readFileSync('dist/cdn/jakarta-global-widgets.js', 'utf8');
    const imported = new Set([...entry.matchAll(/import\(`\.\/(chunks\/[^`]+\.js)`\)/g)].map((m) => m[1]));
    assert.deepEqual([...new Set(Object.values(modules).flat())].sort(), [...imported].sort());
  });

  it("lists each tag's files: its modules' at once, the map's lazy half apart, none twice", () => {
    const { tags, modules } = JSON.parse(readFileSync('dist/cdn/preload.json', 'utf8'));
    const size = (f) => readFileSync(`dist/cdn/${f}`).length;
    const of = (...names) => [...new Set(names.flatMap((n) => modules[n]))].sort((a, b) => size(b) - size(a));
    for (const [tag, lists] of Object.entries(tags)) {
      for (const list of Object.values(lists)) assert.deepEqual(list, [...list].sort((a, b) => size(b) - size(a)), `${tag}: largest first`);
    }
    assert.deepEqual(tags, {
      'cooperation-counter': { now: of('cooperation-counter/cooperation-counter') },
      'program-card': { now: of('program-card/program-card') },
      'sister-city-list': { now: of('sister-city-list/element') },
      'sister-city-map': {
        now: of('sister-city-map/define'),
        near: of('sister-city-map/map-runtime', 'sister-city-map/leaflet').filter((f) => !modules['sister-city-map/define'].includes(f)),
      },
    });
    assert.deepEqual(tags['sister-city-map'].near.map((f) => f.replace(/-[\w-]{6}\.js$/, '')).sort(), ['chunks/leaflet', 'chunks/map-runtime']);
  });
});

describe('build: licences', () => {
  const root = new URL('../../', import.meta.url);
  const notices = readFileSync(new URL('THIRD-PARTY-NOTICES.txt', root), 'utf8');
  /** The npm packages whose code a folder's shipped files carry, from their source maps: name → its folder. */
  const bundledPackages = (dir) => {
    const found = new Map();
    for (const file of readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.js.map'))) {
      for (const source of JSON.parse(readFileSync(new URL(`${dir}/${file}`, root), 'utf8')).sources) {
        const at = source.lastIndexOf('node_modules/');
        if (at < 0) continue;
        const [scope, name] = source.slice(at + 'node_modules/'.length).split('/');
        const pkg = scope.startsWith('@') ? `${scope}/${name}` : scope;
        // (a nested copy, node_modules/@lit-labs/ssr/node_modules/parse5, is the one bundled)
        found.set(pkg, new URL(`${source.slice(source.indexOf('node_modules/'), at)}node_modules/${pkg}/`, root));
      }
    }
    return found;
  };

  it('THIRD-PARTY-NOTICES.txt carries, word for word, the licence of every package bundled in the shipped files', () => {
    const bundled = new Map([...bundledPackages('dist/cdn/chunks'), ...bundledPackages('dist'), ...bundledPackages('dist/ssr')]);
    // What the files carry today: a package added to the bundles must come with its notice. The
    // prerendering module carries Lit's renderer and its HTML parser.
    assert.deepEqual(
      [...bundled.keys()].sort(),
      ['@lit-labs/ssr', '@lit-labs/ssr-client', '@lit/reactive-element', '@parse5/tools', 'entities', 'leaflet', 'lit-element', 'lit-html', 'parse5'],
    );
    for (const [name, dir] of [...bundled, ['world-atlas', new URL('node_modules/world-atlas/', root)]]) {
      if (!existsSync(new URL('LICENSE', dir))) {
        // @parse5/tools ships no licence file: its package.json's licence and author, in the MIT text.
        const { license, author } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
        assert.deepEqual([name, license], ['@parse5/tools', 'MIT']);
        assert.ok(notices.includes(`${name}\n${'-'.repeat(name.length)}\n\nMIT License`) && notices.includes(`Copyright (c) ${author}`), name);
        continue;
      }
      const licence = readFileSync(new URL('LICENSE', dir), 'utf8').trim();
      assert.ok(notices.includes(licence), `${name}'s licence is not in THIRD-PARTY-NOTICES.txt`);
    }
  });

  it('ships LICENSE and THIRD-PARTY-NOTICES.txt in the npm package, the CDN folder, the kit and the WordPress plugin', () => {
    const licence = readFileSync(new URL('LICENSE', root), 'utf8');
    assert.match(licence, /^MIT License/);
    assert.equal(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).license, 'MIT');
    for (const name of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
      assert.equal(readFileSync(new URL(`dist/cdn/${name}`, root), 'utf8'), readFileSync(new URL(name, root), 'utf8'), `dist/cdn/${name}`);
    }
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0].files.map((f) => f.path);
    for (const path of ['LICENSE', 'THIRD-PARTY-NOTICES.txt', 'dist/cdn/LICENSE', 'dist/cdn/THIRD-PARTY-NOTICES.txt']) {
      assert.ok(packed.includes(path), `the npm package lacks ${path}`);
    }
    const kit = readdirSync(new URL('dist/kit/', root)).find((f) => f.endsWith('.zip'));
    const wordpress = readdirSync(new URL('dist-wordpress/', root)).find((f) => f.endsWith('.zip'));
    for (const [zip, prefix] of [[`dist/kit/${kit}`, 'cdn/'], [`dist-wordpress/${wordpress}`, 'jakarta-global-widgets/cdn/']]) {
      const files = readZip(readFileSync(new URL(zip, root)));
      for (const name of ['LICENSE', 'THIRD-PARTY-NOTICES.txt']) {
        assert.equal(files.get(prefix + name)?.toString('utf8'), readFileSync(new URL(name, root), 'utf8'), `${zip}: ${prefix}${name}`);
      }
    }
  });
});
