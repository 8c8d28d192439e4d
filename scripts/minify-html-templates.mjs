// Build-time folding of the white space in Lit `html` and `svg` templates in
// our source (vite.shared.ts): each run of white space that holds a line break
// (the source's indentation) becomes one space. That is what the browser makes
// of it anyway: white space collapses, no template of ours is in a `pre` or
// `white-space: pre*` context, and no attribute value of ours depends on it.
// Next to the tag of a block-level element (BLOCK_TAGS, which our styles never
// make inline), such a run goes entirely, as HTML minifiers do: white space at
// the start or end of a block's lines, or between blocks, is not rendered
// either, and each one left was a text node that every instance of the
// template cloned. Before the `>` that ends a tag, it goes too. So what
// renders is the same, in about 4 % less gzip for a template-heavy chunk.
// Only the literal text of those templates is touched, found by
// TypeScript's parser (not a pattern: templates nest). The source map follows
// the edits (magic-string), so the shipped maps still point at the right line
// of everything after a template. Tested in test/e2e/build.test.mjs.
// TypeScript is loaded by the first build that needs it, not whenever a Vite
// config is read (`npm start` never does).
import MagicString from 'magic-string';

/**
 * Elements that are blocks (or table parts) in every template of ours; none is
 * made inline by our styles (a `summary`, inline-block in the counter, is not
 * listed). Styling one of them inline would make the white space next to its
 * tags count again: add a space in the template's text then, or drop its name here.
 */
const BLOCK_TAGS = 'article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|li|nav|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul';
/** Text ending with such an element's start or end tag (attribute values with no `<` or `>`, as ours). */
const BLOCK_END = new RegExp(`<\\/?(?:${BLOCK_TAGS})(?:\\s[^<>]*)?>$`);
/** Text starting with such a tag. */
const BLOCK_START = new RegExp(`^<\\/?(?:${BLOCK_TAGS})[\\s/>]`);

/** The Vite plugin (build only) for `src/**.ts`. */
export function minifyHtmlTemplates() {
  return {
    name: 'jgw-minify-html-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const out = await foldTemplates(code);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

/** `code` with every line-breaking run of white space in its `html`/`svg` tagged templates folded to one space. */
export async function foldTemplateWhiteSpace(code) {
  return (await foldTemplates(code)).toString();
}

/** The folding as edits of `code` (a MagicString, from which the text and its source map come). */
async function foldTemplates(code) {
  const { default: ts } = await import('typescript');
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out = new MagicString(code);
  // A literal's text lies between its opening (` or }) and its closing (` or ${).
  const literal = (node, closing, html) => {
    const start = node.getStart(file) + 1;
    const text = code.slice(start, node.getEnd() - closing);
    for (const m of text.matchAll(/[ \t]*\n\s*/g)) {
      // A tag split across literals (an attribute bound in between) is not seen: its run stays one space.
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      const nextToBlock = html && (BLOCK_END.test(before) || BLOCK_START.test(after));
      // Before the `>` that closes a tag (`aria-hidden="true"\n>`): inside the tag, where it means nothing.
      const endOfTag = after.startsWith('>') && before.lastIndexOf('<') > before.lastIndexOf('>');
      if (nextToBlock || endOfTag) out.remove(start + m.index, start + m.index + m[0].length);
      else out.overwrite(start + m.index, start + m.index + m[0].length, ' ');
    }
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const t = node.template;
      const html = node.tag.text === 'html';
      if (ts.isNoSubstitutionTemplateLiteral(t)) literal(t, 1, html);
      else {
        literal(t.head, 2, html);
        for (const span of t.templateSpans) literal(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2, html);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
