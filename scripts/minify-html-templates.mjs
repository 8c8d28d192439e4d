// Build-time folding of the white space in Lit `html` and `svg` templates in
// our source (vite.shared.ts): each run of white space that holds a line break
// (the source's indentation) becomes one space. That is what the browser makes
// of it anyway: white space collapses, no template of ours is in a `pre` or
// `white-space: pre*` context, and no attribute value of ours depends on it.
// So what renders is the same, in about 4 % less gzip for a template-heavy
// chunk. Only the literal text of those templates is touched, found by
// TypeScript's parser (not a pattern: templates nest). The source map follows
// the edits (magic-string), so the shipped maps still point at the right line
// of everything after a template. Tested in test/e2e/build.test.mjs.
// TypeScript is loaded by the first build that needs it, not whenever a Vite
// config is read (`npm start` never does).
import MagicString from 'magic-string';

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
  const literal = (node, closing) => {
    const start = node.getStart(file) + 1;
    for (const m of code.slice(start, node.getEnd() - closing).matchAll(/[ \t]*\n\s*/g)) {
      out.overwrite(start + m.index, start + m.index + m[0].length, ' ');
    }
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) literal(t, 1);
      else {
        literal(t.head, 2);
        for (const span of t.templateSpans) literal(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}
