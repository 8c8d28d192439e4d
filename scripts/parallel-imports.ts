import type { Plugin } from 'vite';

/**
 * Flattens the CDN entry's import chains, without `<link rel="modulepreload">`
 * (the `<head>` is not ours): each `import('./chunks/x.js')` in the entry
 * becomes a parallel `import()` of x and of every chunk x imports statically,
 * recursively, resolving with x's module as before. The browser then requests
 * all the files a tag needs in one round trip from the entry, instead of
 * discovering them level by level (entry → element → core → Lit, dataset).
 * Importing a chunk early only evaluates it early: our chunks have no side
 * effects beyond the `define` chunks, which the entry imports anyway.
 * (The entry's source map is not adjusted; the entry is ~1 KiB.)
 */
export function parallelImports(entryFile = 'jakarta-global-widgets.js'): Plugin {
  return {
    name: 'jgw-parallel-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = bundle[entryFile];
      if (!entry || entry.type !== 'chunk') return;
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[file];
        if (seen.has(file) || !chunk || chunk.type !== 'chunk') return seen;
        seen.add(file);
        for (const dep of chunk.imports) closure(dep, seen);
        return seen;
      };
      entry.code = entry.code.replace(/import\((["'`])\.\/([^"'`]+\.js)\1\)/g, (call: string, _q: string, file: string) => {
        const deps = [...closure(file)].filter((f) => f !== file);
        if (deps.length === 0) return call;
        return `Promise.all([${call},${deps.map((d) => `import(\`./${d}\`)`).join(',')}]).then((m)=>m[0])`;
      });
    },
  };
}
