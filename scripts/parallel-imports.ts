import type { Plugin } from 'vite';

/**
 * For each tag, the modules the loader imports for it (by path under src/, no
 * extension): `now` as soon as the tag is seen, `near` once it comes near the
 * viewport (a map's lazy half; at once for `loading="eager"`).
 */
export type TagModules = Record<string, { now: string[]; near?: string[] }>;

/**
 * Flattens the CDN bundle's import chains, without `<link rel="modulepreload">`
 * (the `<head>` is not ours): each `import('./chunks/x.js')` in the entry
 * becomes a parallel `import()` of x and of every chunk x imports statically,
 * recursively, resolving with x's module as before. The browser then requests
 * all the files a tag needs in one round trip from the entry, instead of
 * discovering them level by level (entry → element → core → Lit, dataset).
 * The chunks' own `import()`s (the map's table view, loaded when shown) are
 * flattened the same way, less what the importing chunk has already loaded.
 * Importing a chunk early only evaluates it early: our chunks have no side
 * effects beyond the `define` chunks, which are imported anyway.
 * (Source maps are not adjusted: the calls only gain siblings.)
 * It also writes `preload.json`, the same lists by source module and by tag
 * (`tags`, from the table given), for embed codes that name the files ahead
 * (`<link rel="modulepreload">` in the body: the gallery's, the WordPress
 * plugin's).
 */
export function parallelImports(tags: TagModules = {}, entryFile = 'jakarta-global-widgets.js'): Plugin {
  return {
    name: 'jgw-parallel-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[file];
        if (seen.has(file) || !chunk || chunk.type !== 'chunk') return seen;
        seen.add(file);
        for (const dep of chunk.imports) closure(dep, seen);
        return seen;
      };
      // `preload.json`: for each module the entry imports (by its path under src/, no extension), the
      // files it needs, itself first, relative to the entry: what `<link rel="modulepreload">`
      // hints in an embed code name (the gallery writes them; demo/embed-code.ts).
      const entry = bundle[entryFile];
      if (entry?.type === 'chunk') {
        const modules: Record<string, string[]> = {};
        const entryModule = entry.facadeModuleId ? this.getModuleInfo(entry.facadeModuleId) : null;
        for (const id of entryModule?.dynamicallyImportedIds ?? []) {
          const name = id.replace(/\\/g, '/').match(/\/src\/(.+)\.ts$/)?.[1];
          const file = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(id))?.fileName;
          if (name && file) modules[name] = [...closure(file)];
        }
        // The same by tag, for embed codes: the files each tag needs at once, and those of its lazy half
        // not already among them (an embed code that names both puts `near` first: its files are the
        // largest). A module the entry does not import fails the build.
        // Each list largest file first: on an HTTP/1.1 host the browser fetches six files at a time,
        // and the set is in soonest when the largest start first (the map's hinted page on Fast 3G:
        // drawn at 2,082 instead of 2,259 ms, bare Leaflet 1,969, in 9 alternating loads).
        const size = (f: string) => {
          const c = bundle[f];
          return c?.type === 'chunk' ? c.code.length : 0;
        };
        const files = (names: string[] = [], except: string[] = []) => {
          const missing = names.filter((n) => !modules[n]);
          if (missing.length) this.error(`preload.json: the entry imports no module ${missing.join(', ')}`);
          return [...new Set(names.flatMap((n) => modules[n]!))].filter((f) => !except.includes(f)).sort((a, b) => size(b) - size(a));
        };
        const byTag = Object.fromEntries(
          Object.entries(tags).map(([tag, { now, near }]) => {
            const first = files(now);
            return [tag, near ? { now: first, near: files(near, first) } : { now: first }];
          }),
        );
        this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify({ tags: byTag, modules }, null, 2)}\n` });
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || (chunk.fileName !== entryFile && !chunk.fileName.startsWith('chunks/'))) continue;
        const dir = chunk.fileName.replace(/[^/]*$/, '');
        const loaded = closure(chunk.fileName);
        chunk.code = chunk.code.replace(/import\((["'`])\.\/([^"'`]+\.js)\1\)/g, (call: string, _q: string, file: string) => {
          const deps = [...closure(dir + file)].filter((f) => f !== dir + file && !loaded.has(f));
          if (deps.length === 0) return call;
          return `Promise.all([${call},${deps.map((d) => `import(\`./${d.slice(dir.length)}\`)`).join(',')}]).then((m)=>m[0])`;
        });
      }
    },
  };
}
