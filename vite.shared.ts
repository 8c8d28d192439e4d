import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { partOf, splitDataset } from './scripts/data-parts.mjs';
import { leafletTrustedTypes } from './scripts/leaflet-trusted-types';
import { minifyCssTemplates, stripLeafletImages } from './scripts/minify-css-templates';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The build target of the library, the CDN bundle and the demo. */
export const TARGET = 'es2022';

/**
 * What the three Vite configs (library, CDN bundle, demo) share: the version
 * constant and the plugins that minify CSS templates, drop Leaflet's images
 * and patch Leaflet's `innerHTML` feature test out (Trusted Types).
 */
export function sharedConfig(): Required<Pick<UserConfig, 'define' | 'plugins'>> {
  return {
    define: { __JGW_VERSION__: JSON.stringify(pkg.version) },
    plugins: [datasetParts(), minifyCssTemplates(), stripLeafletImages(), leafletTrustedTypes()],
  };
}

/**
 * The bundled dataset's parts (`…/jakarta-2024.json?part=core|partners`, see
 * scripts/data-parts.mjs), and the dataset itself, as `JSON.parse('…')`
 * rather than an object literal: V8 scans a JSON string faster than the same
 * data as JavaScript, which counts on a slow phone for data evaluated before
 * the first render.
 */
function datasetParts(): Plugin {
  return {
    name: 'jgw-dataset-parts',
    enforce: 'pre',
    load(id) {
      const part = partOf(id);
      if (!part && !/[\\/]data[\\/]jakarta-2024\.json$/.test(id)) return null;
      const file = id.replace(/\?.*$/, '');
      this.addWatchFile(file);
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      const value = part ? (splitDataset(data) as Record<string, unknown>)[part] : data;
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`, moduleType: 'js' };
    },
  };
}
