import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Build-time minification of Lit `css` tagged templates in our source: drops
 * comments, folds white space and the leading zero of numbers (`.5em`). Only
 * the literal text between `${…}` expressions is touched, and only white space
 * that CSS ignores (and those zeros). The source
 * map follows the edits (magic-string), so the shipped maps still point at
 * the right line of what comes after a stylesheet.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'jgw-minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const m of code.matchAll(/\bcss`([^`]*)`/g)) {
        const [start, end] = [m.index + 'css`'.length, m.index + m[0].length - 1];
        const body = minifyCss(m[1]);
        if (body === m[1]) continue;
        if (body) out.overwrite(start, end, body);
        else out.remove(start, end);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
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
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')')
            // 0.5em → .5em (a number's leading zero; not in 10.5, -0.5 or an identifier)
            .replace(/([:(, ])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * What the map leaves out of Leaflet (src/sister-city-map/leaflet.ts), in
 * Leaflet's class names: its controls (ours are buttons in the shadow DOM,
 * with our own credits line), popups and tooltips, the box zoom, the default
 * icons (our markers are `divIcon`s with classes of their own) and the rules
 * for Internet Explorer (VML, "oldie").
 */
const UNUSED_LEAFLET = /\.leaflet-(control|bar\b|popup|tooltip|layers|attribution|zoom-box|crosshair|div-icon|default-icon-path|oldie|vml)|\.lvml\b/;

/** Leaflet's stylesheet without the rules of what the map leaves out (a rule goes when all its selectors match). */
export function usedLeafletCss(text: string): string {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules
    .map((rule) => {
      const head = rule.slice(0, rule.indexOf('{'));
      if (head.startsWith('@')) return UNUSED_LEAFLET.test(rule) ? '' : rule;
      const kept = head.split(',').map((s) => s.trim()).filter((s) => !UNUSED_LEAFLET.test(s));
      return kept.length ? `${kept.join(',')}${rule.slice(rule.indexOf('{'))}` : '';
    })
    .filter(Boolean)
    .join('\n');
}

/**
 * Leaflet's stylesheet, before Vite's CSS pipeline sees it: the rules of what
 * the map leaves out are dropped (1.9 KiB of the 2.9 gzip), and with them its
 * `url(…)`s: PNGs (layer switcher, default marker) that Vite would inline as
 * ~6 KiB of base64 into the map chunk. (`map-view.styles.ts` drops any `url()`
 * left too, for the test server, which serves the stylesheet whole.)
 */
export function stripLeafletImages(): Plugin {
  return {
    name: 'jgw-strip-leaflet-images',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/leaflet\/dist\/leaflet\.css(\?|$)/.test(id)) return null;
      return { code: usedLeafletCss(code).replace(/url\([^)]*\)/g, 'none'), map: null };
    },
  };
}
