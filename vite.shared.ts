import { readFileSync } from 'node:fs';
import type { UserConfig } from 'vite';
import { datasetParts } from './scripts/data-parts.mjs';
import { leafletDragUntouched, leafletTrustedTypes } from './scripts/leaflet-patches.ts';
import { litMessages } from './scripts/lit-messages.ts';
import { minifyCssTemplates, stripLeafletImages } from './scripts/minify-css-templates.ts';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.mjs';
import { prototypePollution } from './scripts/prototype-pollution.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The build target of the library, the CDN bundle and the demo. */
export const TARGET = 'es2022';

/**
 * Source maps are written beside the files for our own checks (the size check reads which modules
 * each chunk holds; the build tests map code back to its lines), but the files do not point at them:
 * the package, the kit and the WordPress plugin leave the maps out, and a `//# sourceMappingURL`
 * to a missing file is a "could not load source map" warning in every embedder's DevTools (and
 * ~30 bytes gzip a file for every reader).
 */
export const SOURCEMAP = 'hidden' as const;

/**
 * What the three Vite configs (library, CDN bundle, demo) share: the version
 * constant and the plugins that minify CSS and HTML templates, drop Leaflet's images
 * and patch Leaflet's `innerHTML` feature test out (Trusted Types), and shorten Lit's unreachable
 * `css` messages, and give Rolldown's and Leaflet's `for … in` loops the key checks a page that adds
 * to `Object.prototype` needs.
 */
export function sharedConfig(): Required<Pick<UserConfig, 'define' | 'plugins'>> {
  return {
    define: { __JGW_VERSION__: JSON.stringify(pkg.version) },
    // The bundled dataset's parts, as JSON.parse('…') (scripts/data-parts.mjs).
    plugins: [datasetParts(), minifyCssTemplates(), minifyHtmlTemplates(), stripLeafletImages(), leafletTrustedTypes(), leafletDragUntouched(), ...prototypePollution(), litMessages()],
  };
}
