import type { Plugin } from 'vite';

/**
 * Leaflet 1.9's `core/Browser.js` runs `div.innerHTML = '<svg/>'` when it is
 * evaluated (its inline-SVG feature test), which a page with
 * `require-trusted-types-for 'script'` blocks: the map could never load.
 * This build-time patch replaces that test (and the VML one, which is only
 * reached without SVG) by their answers in every browser we support: SVG is
 * there, inline SVG is parsed, VML is not. The rest of Leaflet's `innerHTML`
 * uses sit in parts the map never uses (controls, popups, tooltips, HTML
 * strings in `divIcon`: our icons are DOM nodes); the map imports Leaflet's
 * source modules (src/sister-city-map/leaflet.ts), where the tests are in
 * `leaflet/src/core/Browser.js`, and the same text is in the ES module build.
 *
 * Applied by every build (library, CDN bundle, demo). A Leaflet upgrade that
 * changes these lines fails the build here instead of shipping an unpatched
 * module.
 */
export const LEAFLET_PATCHES: readonly { find: RegExp; replace: string; what: string }[] = [
  {
    what: 'inline SVG feature test',
    find: /var inlineSvg = !!svg(\$1)? && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/,
    replace: 'var inlineSvg = !!svg$1; /* jgw: no innerHTML feature test (Trusted Types) */',
  },
  {
    what: 'VML feature test',
    find: /var vml = !svg(?:\$1)? && \(function \(\) \{\s*try \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<v:shape adj="1"\/>';[\s\S]*?\}\(\)\);/,
    replace: 'var vml = false; /* jgw: no innerHTML feature test (Trusted Types) */',
  },
];

/** Applies LEAFLET_PATCHES to the text of Leaflet's `core/Browser.js` (or its ES module build); throws when one no longer matches. */
export function patchLeaflet(code: string): string {
  let out = code;
  for (const { find, replace, what } of LEAFLET_PATCHES) {
    if (!find.test(out)) throw new Error(`jgw-leaflet-trusted-types: Leaflet's ${what} was not found; update scripts/leaflet-trusted-types.ts`);
    out = out.replace(find, replace);
  }
  return out;
}

export function leafletTrustedTypes(): Plugin {
  return {
    name: 'jgw-leaflet-trusted-types',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/leaflet\/(src\/core\/Browser|dist\/leaflet-src\.esm)\.js(\?|$)/.test(id)) return null;
      return { code: patchLeaflet(code), map: null };
    },
  };
}
