import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/cooperation-counter/define.js';
import '../../src/program-card/define.js';
import { readyMap } from '../sister-city-map/map-helpers.js';

/**
 * The fonts (size and weight) of the text a reader sees in the shadow roots under `host`: text in a
 * closed disclosure is not laid out, so not counted. The sr-only figure counts: it is laid out too.
 */
function fontsShown(host: Element): string[] {
  const fonts = new Set<string>();
  const walk = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      const parent = node.parentElement;
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim() || !parent?.checkVisibility()) continue;
      const style = getComputedStyle(parent);
      fonts.add(`${style.fontSize} ${style.fontWeight}`);
    }
  };
  for (const el of host.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  return [...fonts].sort();
}

// Each size and weight of the type is a font look-up at the first layout (on Linux a round trip
// to the browser process, ~3 ms each at 4× CPU): a prerendered page pays for them before its first
// paint. A counter and a compact card, the article's pair, keep to four, at every width.
describe('type scale', () => {
  for (const width of [320, 680]) {
    it(`a counter and a compact card show four sizes and weights in all at ${width} px`, async () => {
      const page = await fixture(html`<div style=${`width: ${width}px`}>
        <cooperation-counter metric="agreements" animation="none" lang="id"></cooperation-counter>
        <program-card program="c40-hospitals" variant="compact" lang="id"></program-card>
      </div>`);
      await waitUntil(() => [...page.children].every((el) => el.matches(':state(ready)')), 'never ready');
      expect(fontsShown(page)).to.deep.equal(['14px 600', '15px 400', '18px 600', '48px 700']);
    });
  }

  // The map's heading, summary, toggle and download line on the same steps; its own are the
  // names' (hidden ones included: each is shaped at the first layout, and again when shown if in
  // another font), the download line's detail and the attribution's small print.
  it('the map adds only its names, its download detail and its attribution', async () => {
    const map = await readyMap(html`<sister-city-map lang="id" loading="eager"></sister-city-map>`);
    const page = map.parentElement!;
    expect(fontsShown(page)).to.deep.equal(['12px 400', '13px 600', '14px 400', '14px 600', '15px 400', '18px 600']);
    // The detail panel: its title as the heading, its sections' names as small labels, its text as
    // the summary's: no font of its own.
    map.selected = 'casablanca';
    map.open = true;
    await waitUntil(() => map.shadowRoot!.querySelector('.panel .panel__section'), 'no panel');
    expect(fontsShown(page)).to.deep.equal(['12px 400', '13px 600', '14px 400', '14px 600', '15px 400', '18px 600']);
  });
});
