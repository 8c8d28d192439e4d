import type { Plugin } from 'vite';

/** The Trusted Types policy of the CDN bundle's own copy of Lit (the README's CSP table names it). */
export const POLICY = 'jakarta-global-widgets';

/**
 * lit-html creates a Trusted Types policy named `lit-html` when it is
 * evaluated. A name can be created once per page (unless the page's CSP adds
 * `'allow-duplicates'`), so on a page whose own components use Lit (or
 * Shoelace, Material Web…) the CDN bundle's copy of Lit and the page's
 * blocked each other under `require-trusted-types-for 'script'`: whichever
 * came second failed to load. The CDN bundle's copy creates a policy of its
 * own name instead, which a page's CSP allows with `trusted-types
 * jakarta-global-widgets`. The npm build imports `lit`, the page's own copy,
 * and so keeps Lit's policy.
 *
 * A Lit upgrade that no longer creates the policy this way fails the build
 * here instead of shipping a bundle whose policy the README misnames.
 */
export function renameLitPolicy(code: string): string {
  const find = /\.createPolicy\((["'`])lit-html\1/;
  if (!find.test(code)) throw new Error("jgw-lit-policy: lit-html's createPolicy('lit-html') was not found; update scripts/lit-policy.ts");
  return code.replace(find, `.createPolicy(${JSON.stringify(POLICY)}`);
}

export function litPolicy(): Plugin {
  return {
    name: 'jgw-lit-policy',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/lit-html\/(development\/)?lit-html\.js(\?|$)/.test(id)) return null;
      return { code: renameLitPolicy(code), map: null };
    },
  };
}
