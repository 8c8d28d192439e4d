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

/**
 * Leaflet's stylesheet points at PNGs (layer switcher, default marker) that
 * the map never uses; Vite would inline them as ~6 KiB of base64 into the map
 * chunk. Drop every `url(…)` from it before Vite's CSS pipeline sees it.
 */
export function stripLeafletImages(): Plugin {
  return {
    name: 'jgw-strip-leaflet-images',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/leaflet\/dist\/leaflet\.css(\?|$)/.test(id)) return null;
      return { code: code.replace(/url\([^)]*\)/g, 'none'), map: null };
    },
  };
}
