import { isServer } from 'lit';
import { VERSION } from './version.js';

/** An element class that knows which library version it comes from. */
export type VersionedElement = CustomElementConstructor & { version?: string };

/** Tags already warned about (one warning per tag per page). */
const warned = new Set<string>();

/**
 * Registers `tag` unless it is already defined. It never throws, so loading the
 * library twice (two embeds on one article page) cannot break the page:
 * - the same version is already defined: nothing happens;
 * - another version is: one console warning naming both (once per tag, however
 *   many entries register it), and the first stays.
 * Returns the class that the tag is bound to. In Node (a build script that
 * imports the main entry for `validateDataset`), nothing is registered: the
 * browser classes cannot be rendered there, and our tags belong to the
 * server-side variants of `jakarta-global-widgets/ssr`, imported before or after.
 */
export function defineElement(tag: string, ctor: VersionedElement): CustomElementConstructor {
  if (isServer) return ctor;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    // No version: the page's own class, or another library's.
    const theirs = existing.version ?? '';
    if (existing !== ctor && theirs !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `<${tag}>: already defined by ${theirs ? `version ${theirs}` : 'another script'}; jakarta-global-widgets ${VERSION} leaves it.${theirs && ' Load the library once.'}`,
      );
    }
    return existing;
  }
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // e.g. the same class registered under another name by the host page.
    console.warn(`<${tag}>: could not be registered (${(error as Error).message}).`);
  }
  return customElements.get(tag) ?? ctor;
}
