// The data-update guide (docs/updating-the-data.md, docs/memperbarui-data.md) as pages of the gallery:
// `guide/updating-the-data.html`, `guide/memperbarui-data.html` and their screenshots in `guide/img/`.
// The data editor's footer links the one in its language, so the bureau's staff read the guide where
// they use the editor, not in the repository. Rendered by the demo build (vite.demo.config.ts, which
// also serves them under `npm start`); no script, one stylesheet (demo/guide/guide.css), the gallery's
// strict policy.
import { readFileSync, readdirSync } from 'node:fs';
import markdownIt from 'markdown-it';

const DOCS = new URL('../docs/', import.meta.url);
const CSS = new URL('../demo/guide/guide.css', import.meta.url);

/** The two guides, each the other's translation. */
export const GUIDES = [
  { lang: 'en', name: 'English', md: 'updating-the-data.md', editor: '../data.en.html', back: 'Data editor' },
  { lang: 'id', name: 'Bahasa Indonesia', md: 'memperbarui-data.md', editor: '../data.html', back: 'Editor data' },
];

/** `guide/<name>.html` for a guide's markdown file name. */
export const guidePage = (md) => md.replace(/\.md$/, '.html');

/** A heading's anchor, as the guides' own links write it (`## Publish` → `#publish`). */
export const slug = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');

/** Width and height of a PNG (its IHDR chunk), so that the page reserves each screenshot's box. */
export function pngSize(bytes) {
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error('guide: not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A guide's title: its `# ` heading. */
const titleOf = (md) => readFileSync(new URL(md, DOCS), 'utf8').match(/^# (.+)$/m)?.[1] ?? md;

const { escapeHtml } = markdownIt().utils;

/** The page of one guide (an entry of GUIDES). */
export function renderGuide(guide) {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  const other = GUIDES.find((g) => g !== guide);
  // Headings get the anchors the guides link to; links to the other guide's .md go to its page.
  md.core.ruler.push('jgw-guide', (state) => {
    state.tokens.forEach((token, i) => {
      if (token.type === 'heading_open') token.attrSet('id', slug(state.tokens[i + 1].content));
      token.children?.forEach((child, j) => {
        if (child.type === 'link_open') {
          const href = child.attrGet('href');
          // "Bahasa Indonesia: [memperbarui-data.md](memperbarui-data.md)": the page, by its title
          const label = token.children[j + 1];
          if (/^[\w-]+\.md$/.test(href) && label?.content === href) label.content = titleOf(href);
          if (/^[\w-]+\.md$/.test(href)) child.attrSet('href', guidePage(href));
          else if (/^https?:/.test(href)) child.attrSet('rel', 'noopener');
        }
        if (child.type === 'image') {
          const size = pngSize(readFileSync(new URL(child.attrGet('src'), DOCS)));
          child.attrSet('width', String(size.width));
          child.attrSet('height', String(size.height));
          child.attrSet('loading', 'lazy');
        }
      });
    });
  });
  const text = readFileSync(new URL(guide.md, DOCS), 'utf8');
  const title = titleOf(guide.md);
  // The first paragraph of text, cut after a word near 155 characters.
  const intro = text.split('\n\n').find((p) => /^[A-Z]/.test(p))?.replace(/\s+/g, ' ') ?? title;
  const description = intro.length <= 155 ? intro : `${intro.slice(0, 155).replace(/\s+\S*$/, '')}…`;
  return `<!doctype html>
<html lang="${guide.lang}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} — Jakarta Global Widgets</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="guide.css" />
    <link rel="alternate" hreflang="${other.lang}" href="${guidePage(other.md)}" />
  </head>
  <body>
    <header>
      <nav><a href="${guide.editor}">← ${guide.back}</a> <a href="${guidePage(other.md)}" hreflang="${other.lang}" lang="${other.lang}">${other.name}</a></nav>
    </header>
    <main>
${md.render(text)}    </main>
  </body>
</html>
`;
}

/** The paths of every file of the guide pages, under the site (`guide/…`). */
export function guidePaths() {
  const images = readdirSync(new URL('img/', DOCS)).filter((f) => f.endsWith('.png'));
  return [...GUIDES.map((g) => `guide/${guidePage(g.md)}`), 'guide/guide.css', ...images.map((f) => `guide/img/${f}`)];
}

/** One file of the guide pages (a path of `guidePaths()`), made only when asked for; else undefined. */
export function guideFile(path) {
  const guide = GUIDES.find((g) => path === `guide/${guidePage(g.md)}`);
  if (guide) return renderGuide(guide);
  if (path === 'guide/guide.css') return readFileSync(CSS);
  const image = /^guide\/img\/([\w-]+\.png)$/.exec(path)?.[1];
  return image && guidePaths().includes(path) ? readFileSync(new URL(`img/${image}`, DOCS)) : undefined;
}
