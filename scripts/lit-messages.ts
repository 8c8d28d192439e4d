import type { Plugin } from 'vite';
import { type Patch, patchDependency } from './patch-dependency.ts';

/**
 * Lit's `css` tag carries two developer messages (~180 bytes, ~100 gzip) for
 * misuse that our bundle cannot reach: Lit is private to our chunks (no page
 * calls its `css` or constructs a `CSSResult`), and every `css` template of
 * ours interpolates only other `css` results and numbers. Every page that
 * embeds a widget downloads the core chunk that holds them, so the build
 * shortens them (the errors still throw, with a shorter text).
 *
 * Applied by every build that bundles Lit (the CDN bundle, the demo; the
 * library leaves Lit to the user's bundler). A Lit upgrade that changes these
 * messages fails the build here instead of shipping them. With
 * `JGW_LIT_AS_PUBLISHED` set, Lit is left as published: the size check's
 * one-element builds measure what a bundler user ships, with their own Lit.
 */
export const LIT_MESSAGES: readonly Patch[] = [
  {
    what: "Lit's CSSResult constructor message",
    find: '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."',
    replace: '"CSSResult"',
  },
  {
    what: "Lit's css tag message",
    find: `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
    replace: '"css: "+t',
  },
];

export function litMessages(): Plugin {
  return patchDependency(
    'jgw-lit-messages',
    /\/@lit\/reactive-element\/css-tag\.js(\?|$)/,
    LIT_MESSAGES,
    'scripts/lit-messages.ts',
    () => !!process.env.JGW_LIT_AS_PUBLISHED,
  );
}
