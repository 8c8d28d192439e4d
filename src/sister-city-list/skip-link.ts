/**
 * "Skip the map / table" links for keyboard users: the first tab stop of the
 * element, shown only when focused, moving focus to a target after the long
 * run of markers or rows. Shared by `<sister-city-list>` and `<sister-city-map>`.
 *
 * The link's `href` names the target, but inside a shadow root a fragment
 * cannot reach it (and would change the page's URL): the click is handled
 * here and focuses the target instead.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The link; `target` is the id of the element after the skipped content (see `skipTarget`);
 * `lang`, the language of its label where nothing around it says so.
 */
export function skipLink(target: string, label: string, lang?: string): TemplateResult {
  return html`<a class="skip" href=${`#${target}`} lang=${lang ?? nothing} @click=${onSkip}>${label}</a>`;
}

/** Where the link leads: focusable by script only, named for screen readers. */
export function skipTarget(id: string, label: string, lang?: string): TemplateResult {
  return html`<span class="skip-target sr-only" id=${id} lang=${lang ?? nothing} tabindex="-1">${label}</span>`;
}

function onSkip(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  // Chromium sends the next Tab from a focused tabindex="-1" element back to
  // the start of its shadow root; in the Tab order only while it has focus.
  target.tabIndex = 0;
  target.addEventListener('blur', () => (target.tabIndex = -1), { once: true });
  target.focus();
}

/**
 * The link as a pill at the top left, shown only while focused; the target,
 * hidden until the skip focuses it, then the same pill at the bottom left of
 * what was skipped (over its last line, taking no room), so that a keyboard
 * user sees where the skip landed. Both absolutely positioned: nothing moves.
 */
export const skipLinkStyles = css`
  .skip,
  .skip-target:focus {
    position: absolute;
    z-index: 10;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  .skip {
    top: 4px;
    left: 4px;
  }
  .skip:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-target:focus {
    left: 4px;
    width: auto;
    height: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    transform: translateY(calc(-100% - 4px));
  }
  .skip:focus-visible,
  .skip-target:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
