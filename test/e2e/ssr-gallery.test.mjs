// The gallery's "Prerendered embed" box (dist-demo/): for each element, the
// command it writes runs as it is (the CLI prints the element with its
// declarative shadow root linking the shipped stylesheet), and the script tag
// it gives is the gallery's own CDN entry.
//   npm run build && npm run build:demo
//   node --test test/e2e/ssr-gallery.test.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve, waitForGalleryCode, waitForWidgets } from './browser.mjs';
import { ROOT, TAGS } from './support.mjs';

const BIN = fileURLToPath(new URL('bin/jakarta-global-widgets.mjs', ROOT));

/** The words of a command line as the gallery writes it (plain words and single-quoted ones). */
function shellWords(line) {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]));
}

let server;
let browser;

before(async () => {
  assert.ok(existsSync(new URL('dist-demo/index.html', ROOT)), 'run `npm run build && npm run build:demo` first');
  server = await serve(0);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('gallery: prerendered embed', () => {
  it('writes, for every element, a render command that runs and the script tag of the CDN entry', async () => {
    const { page } = await openPage(browser, `${server.url}/dist-demo/index.html`);
    try {
      await waitForWidgets(page, TAGS.join(', '));
      await waitForGalleryCode(page, TAGS.map((tag) => `${tag}-prerender-code`));
      for (const tag of TAGS) {
        const text = await page.$eval(`#${tag}-prerender-code`, (el) => el.textContent);
        const command = text.split('\n').find((l) => l.startsWith('npx jakarta-global-widgets render '));
        assert.ok(command, `${tag}: a render command in ${text}`);
        const words = shellWords(command.replace(/ > \S+$/, ''));
        assert.deepEqual(words.slice(0, 4), ['npx', 'jakarta-global-widgets', 'render', tag]);
        const r = spawnSync(process.execPath, [BIN, ...words.slice(2)], { encoding: 'utf8' });
        assert.equal(r.status, 0, `${tag}: ${command}\n${r.stderr}`);
        assert.ok(r.stdout.startsWith(`<${tag} `), r.stdout.slice(0, 80));
        assert.ok(
          r.stdout.includes(`<link rel="stylesheet" href="${server.url}/dist-demo/cdn/ssr/${tag}.css">`),
          `${tag}: the shadow root links the stylesheet next to the gallery's CDN entry`,
        );
        // (with integrity when the gallery knows the file's hash, as in the script embed)
        assert.match(text.split('\n').at(-1), new RegExp(`^<script type="module" src="${server.url}/dist-demo/cdn/jakarta-global-widgets\\.js"( integrity="sha384-[^"]+" crossorigin="anonymous")?></script>$`));
        const heading = await page.$eval(`#${tag}-prerender-title`, (el) => el.textContent);
        assert.match(heading, /prarender|Prerendered/i);
      }
    } finally {
      await page.close();
    }
  });

  it('with a data file on the site, writes a command that reads that file at build time', async () => {
    const { page } = await openPage(browser, `${server.url}/dist-demo/index.html`);
    const dir = mkdtempSync(join(tmpdir(), 'jgw-prerender-'));
    try {
      await waitForGalleryCode(page, ['cooperation-counter-prerender-code']);
      await page.select('#cooperation-counter--metric', 'sister-cities');
      await page.type('#cooperation-counter--src', '/data/jakarta-2025.json');
      const text = await page.$eval('#cooperation-counter-prerender-code', (el) => el.textContent);
      const command = text.split('\n').find((l) => l.startsWith('npx jakarta-global-widgets render '));
      assert.match(command, / --src \/data\/jakarta-2025\.json --data jakarta-2025\.json /);
      // Next year's file, next to where the command runs.
      const next = JSON.parse(readFileSync(new URL('data/jakarta-2024.json', ROOT), 'utf8'));
      next.metrics.find((m) => m.id === 'sister-cities').value = 24;
      writeFileSync(join(dir, 'jakarta-2025.json'), JSON.stringify(next));
      const r = spawnSync(process.execPath, [BIN, ...shellWords(command.replace(/ > \S+$/, '')).slice(2)], { encoding: 'utf8', cwd: dir });
      assert.equal(r.status, 0, `${command}\n${r.stderr}`);
      assert.ok(r.stdout.startsWith('<cooperation-counter '), r.stdout.slice(0, 80));
      assert.match(r.stdout, /^<cooperation-counter [^>]*src="\/data\/jakarta-2025\.json"/);
      assert.match(r.stdout, /<span class="sr-only final">(<!--[^>]*-->)*24 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await page.close();
    }
  });
});
