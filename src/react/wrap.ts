/**
 * What the React wrappers share (`jakarta-global-widgets/react` and one
 * module per element, `jakarta-global-widgets/react/cooperation-counter`…):
 * the wrapper factory. It imports no element; each element's module
 * registers its own.
 *
 * A string, number or boolean prop is written as the element's attribute
 * (`headingLevel` → `heading-level`, `noControls` → `no-controls`), so that
 * server-rendered HTML (Next.js, Remix…) carries it: the element upgrades
 * with its own settings before React hydrates, instead of showing its
 * defaults until then (as `@lit/react`, which sets every prop as a property
 * on the client, did). `data` (an object) is set as the property, our events
 * are typed callbacks (`onSort`, `onSelect`, `onReady`), and `ref` is the
 * element.
 */
import * as React from 'react';
import type { ReactWebComponent } from '@lit/react';
import type { PropertyDeclaration } from 'lit';

type Events = Record<string, string>;

/** Effects run in the browser only: no warning from React's server renderer. */
const useClientEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;
type Props = Record<string, unknown> & { children?: React.ReactNode; className?: string };

/** The attribute of a Lit property (`headingLevel` → `heading-level`), or null for a property without one. */
function attributeOf(element: { elementProperties: Map<PropertyKey, PropertyDeclaration> }, prop: string): string | null {
  const declared = element.elementProperties.get(prop);
  if (!declared) return prop; // not ours (id, hidden, aria-…, data-…): React's as written
  if (declared.attribute === false || declared.state) return null;
  return typeof declared.attribute === 'string' ? declared.attribute : prop.toLowerCase();
}

/**
 * After each render, `apply` each entry of `current` to the element, and `clear` the names applied
 * after the render before that are no longer in it (a prop removed).
 */
function useSynced<V>(
  node: { readonly current: HTMLElement | null },
  current: Record<string, V>,
  apply: (el: HTMLElement, name: string, value: V) => void,
  clear: (el: HTMLElement, name: string) => void,
): void {
  const applied = React.useRef(new Set<string>());
  useClientEffect(() => {
    const el = node.current;
    if (!el) return;
    for (const name of applied.current) if (!(name in current)) clear(el, name);
    for (const [name, value] of Object.entries(current)) apply(el, name, value);
    applied.current = new Set(Object.keys(current));
  });
}

/** A React component for our element `tagName` (its class `element`), with its typed `events`. */
export function wrap<I extends HTMLElement, E extends Events = Record<never, string>>(
  tagName: string,
  element: { elementProperties: Map<PropertyKey, PropertyDeclaration>; readonly observedAttributes: string[] },
  displayName: string,
  events = {} as E,
): ReactWebComponent<I, E> {
  // Lit fills elementProperties when it finalizes the class: on its definition in a browser; in Node,
  // where nothing is defined (core/define.ts), on this read.
  void element.observedAttributes;
  const component = React.forwardRef<I, Props>(function Wrapper(props, ref) {
    const node = React.useRef<I | null>(null);
    const attributes: Record<string, unknown> = { suppressHydrationWarning: true };
    /** Our attributes among them (name → value), which the client writes itself too: see below. */
    const ours: Record<string, string | number | true> = {};
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (key === 'children' || key === 'style') attributes[key] = value;
      else if (key === 'className') attributes.class = value;
      else if (key in events) continue;
      else if (value === null || value === undefined || value === false) continue;
      else if (typeof value === 'object' || typeof value === 'function') properties[key] = value;
      else {
        const name = attributeOf(element, key);
        // As given (React 18 writes it as text, which the element converts; React 19 writes `true`
        // as ""). `false` is left out: any value of a boolean attribute, "false" too, would mean true.
        if (name) attributes[name] = value;
        if (name && element.elementProperties.has(key)) ours[name] = value as string | number | true;
      }
    }
    // React 19 renders a prop whose name is a property of the (registered) element as that property on
    // the client, and writes no attribute (`region`, `lang`, `metric`; not `no-controls`), where React 18
    // and every server renderer write the attribute. Written here too, so that attribute selectors (a
    // page's CSS, the size-reservation stylesheet while a `src` file loads) see the same element under
    // both; removed with the prop. A no-op where React wrote them.
    useSynced(
      node,
      ours,
      (el, name, value) => {
        const text = value === true ? '' : String(value);
        if (value === true ? !el.hasAttribute(name) : el.getAttribute(name) !== text) el.setAttribute(name, text);
      },
      (el, name) => el.removeAttribute(name),
    );
    // Objects (`data`) as properties; undefined once the prop is gone.
    const fields = (el: HTMLElement) => el as unknown as Record<string, unknown>;
    useSynced(
      node,
      properties,
      (el, key, value) => (fields(el)[key] = value),
      (el, key) => (fields(el)[key] = undefined),
    );
    // Our events, each through one listener that calls the current callback.
    const callbacks = React.useRef(props);
    callbacks.current = props;
    useClientEffect(() => {
      const el = node.current;
      if (!el) return;
      const listeners = Object.entries(events).map(([prop, type]) => {
        const listener = (event: Event) => (callbacks.current[prop] as ((e: Event) => void) | undefined)?.(event);
        el.addEventListener(type, listener);
        return [type, listener] as const;
      });
      return () => listeners.forEach(([type, listener]) => el.removeEventListener(type, listener));
    }, []);
    const setRef = React.useCallback(
      (el: I | null) => {
        node.current = el;
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    return React.createElement(tagName, { ...attributes, ref: setRef });
  });
  component.displayName = displayName;
  return component as unknown as ReactWebComponent<I, E>;
}
