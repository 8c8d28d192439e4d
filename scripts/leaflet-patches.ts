import type { Plugin } from 'vite';
import { type Patch, patchDependency } from './patch-dependency.ts';

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
export const LEAFLET_PATCHES: readonly Patch[] = [
  {
    what: "Leaflet's inline SVG feature test",
    find: /var inlineSvg = !!svg(\$1)? && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/,
    replace: 'var inlineSvg = !!svg$1; /* jgw: no innerHTML feature test (Trusted Types) */',
  },
  {
    what: "Leaflet's VML feature test",
    find: /var vml = !svg(?:\$1)? && \(function \(\) \{\s*try \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<v:shape adj="1"\/>';[\s\S]*?\}\(\)\);/,
    replace: 'var vml = false; /* jgw: no innerHTML feature test (Trusted Types) */',
  },
];

/**
 * Leaflet's drag (`dom/Draggable.js`) marks `<body>` with `leaflet-dragging`
 * while it lasts, and the pointer event's target with `leaflet-drag-target`:
 * its listener is on the document, where an event from our shadow root has
 * our host as its target. Both are a page's own elements (a page's
 * MutationObserver saw them change, and `<body>` kept an empty `class`).
 * Leaflet's stylesheet only sets a cursor with them, which ours does not
 * use: they go.
 */
export const LEAFLET_DRAG_PATCHES: readonly Patch[] = [
  {
    what: "Leaflet's drag class on <body>",
    find: /DomUtil\.addClass\(document\.body, 'leaflet-dragging'\);/,
    replace: '/* jgw: no class on the page’s <body> */',
  },
  {
    what: "Leaflet's drag target class",
    find: /DomUtil\.addClass\(this\._lastTarget, 'leaflet-drag-target'\);/,
    replace: '/* jgw: no class on the target, our host as the document sees it */',
  },
  {
    what: "Leaflet's drag class removed from <body>",
    find: /DomUtil\.removeClass\(document\.body, 'leaflet-dragging'\);/,
    replace: '',
  },
  {
    what: "Leaflet's drag target class removed",
    find: /DomUtil\.removeClass\(this\._lastTarget, 'leaflet-drag-target'\);/,
    replace: '',
  },
];

export function leafletDragUntouched(): Plugin {
  return patchDependency('jgw-leaflet-drag', /\/leaflet\/src\/dom\/Draggable\.js(\?|$)/, LEAFLET_DRAG_PATCHES, 'scripts/leaflet-patches.ts');
}

export function leafletTrustedTypes(): Plugin {
  return patchDependency(
    'jgw-leaflet-trusted-types',
    /\/leaflet\/(src\/core\/Browser|dist\/leaflet-src\.esm)\.js(\?|$)/,
    LEAFLET_PATCHES,
    'scripts/leaflet-patches.ts',
  );
}
