import type { Plugin } from 'vite';

/** One build-time edit of a dependency's file: `find` (text or pattern) becomes `replace`. */
export interface Patch {
  what: string;
  find: RegExp | string;
  replace: string;
}

/**
 * A Vite plugin that applies `patches` to the modules whose id matches
 * `file`, before any other transform. A patch that no longer finds its text
 * (the dependency was upgraded) fails the build, naming `source`, the file
 * that holds the patches, instead of shipping the module unpatched.
 * `skip()` true leaves the modules as published.
 */
export function patchDependency(name: string, file: RegExp, patches: readonly Patch[], source: string, skip = () => false): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!file.test(id) || skip()) return null;
      let out = code;
      for (const { find, replace, what } of patches) {
        if (typeof find === 'string' ? !out.includes(find) : !find.test(out)) throw new Error(`${name}: ${what} was not found; update ${source}`);
        out = out.replace(find, replace);
      }
      return { code: out, map: null };
    },
  };
}
