import type { Plugin } from 'vite';

/**
 * Build-time minification of Lit `css` tagged templates in our source: drops
 * comments and folds white space. Only the literal text between `${…}`
 * expressions is touched, and only white space that CSS ignores.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'jgw-minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
      return { code: out, map: null };
    },
  };
}

/** Minifies CSS text that may contain `${…}` expressions and quoted strings (both left as they are). */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/(\$\{[^}]*\}|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part) =>
      part.startsWith('${') || part.startsWith('"') || part.startsWith("'")
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}
