import { expect, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { clearDatasetCache } from '../../src/core/dataset.js';
import { defineElement } from '../../src/core/define.js';
import type { Dataset, Lang } from '../../src/core/types.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { captureWarnings } from '../support/helpers.js';

/**
 * The upgrade of a prerendered element (Declarative Shadow DOM, as written by
 * jakarta-global-widgets/ssr): the first client render that has data takes
 * the place of the prerendered content, which stays meanwhile, and stays when
 * the data cannot be loaded (unless `debug` asks for the error box).
 */
class PrerenderedWidget extends WidgetElement {
  renders = 0;
  protected renderReady(data: Dataset, lang: Lang) {
    this.renders++;
    return litHtml`<p class="ready">${data.title[lang]}</p>`;
  }
}
defineElement('prerendered-widget', PrerenderedWidget);

/** Parses `markup` (with its declarative shadow roots) into a new connected container. */
function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(markup);
  return host;
}

const PRERENDERED = '<template shadowrootmode="open"><p class="pre">prerendered</p><style>p{margin:0}</style></template>';
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('prerendered upgrade (WidgetElement)', () => {
  let host: HTMLElement | undefined;
  beforeEach(() => clearDatasetCache());
  afterEach(() => host?.remove());

  it('replaces the prerendered content with its first render, once, in the same shadow root', async () => {
    host = mount(`<prerendered-widget lang="en">${PRERENDERED}</prerendered-widget>`);
    const el = host.querySelector<PrerenderedWidget>('prerendered-widget')!;
    const root = el.shadowRoot;
    expect(root, 'the declarative shadow root').to.not.equal(null);
    expect(root!.querySelector('.pre')).to.not.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot).to.equal(root);
    expect(root!.querySelector('.pre')).to.equal(null);
    expect(root!.querySelector('style')).to.equal(null);
    expect(root!.querySelectorAll('.ready')).to.have.length(1);
    expect(shadowText(el)).to.contain('Jakarta');
    expect(el.matches(':state(ready)')).to.equal(true);
    // Later renders work in the same part (no stale anchor).
    el.lang = 'id';
    await el.updateComplete;
    expect(root!.querySelectorAll('.ready')).to.have.length(1);
  });

  it('keeps the prerendered content while its src loads (no loading box), then replaces it', async () => {
    host = mount(`<prerendered-widget lang="en" src="/__slow?ms=400">${PRERENDERED}</prerendered-widget>`);
    const el = host.querySelector<PrerenderedWidget>('prerendered-widget')!;
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.pre'), 'prerendered content while loading').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.state--loading')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('.ready'), 'the loaded data was not rendered', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.pre')).to.equal(null);
    expect(shadowText(el)).to.equal('Sample City');
  });

  it('keeps the prerendered content when its src cannot be loaded (one warning), until a file loads', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      host = mount(`<prerendered-widget lang="en" src="/test/fixtures/missing.json">${PRERENDERED}</prerendered-widget>`);
      const el = host.querySelector<PrerenderedWidget>('prerendered-widget')!;
      await waitUntil(() => el.matches(':state(error)'), 'never error', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.pre')?.textContent).to.equal('prerendered');
      expect(el.shadowRoot!.querySelector('.state'), 'no fallback or error box').to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<prerendered-widget>').and.contain('missing.json').and.contain('a prerendered element keeps its prerendered content');
      el.src = '/test/fixtures/mini.json';
      await waitUntil(() => el.shadowRoot!.querySelector('.ready'), 'the loaded data was not rendered', { timeout: 5000 });
      expect(shadowText(el)).to.equal('Sample City');
    } finally {
      restore();
    }
  });

  it('with debug, the error box replaces the prerendered content when src cannot be loaded', async () => {
    const { restore } = captureWarnings();
    try {
      host = mount(`<prerendered-widget lang="en" debug src="/test/fixtures/missing.json">${PRERENDERED}</prerendered-widget>`);
      const el = host.querySelector<PrerenderedWidget>('prerendered-widget')!;
      await waitUntil(() => el.matches(':state(error)'), 'never error', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.pre')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.state--error')).to.not.equal(null);
    } finally {
      restore();
    }
  });

  it('an element without a prerendered root shows its loading box as before', async () => {
    host = mount('<prerendered-widget lang="en" src="/__slow?ms=400"></prerendered-widget>');
    const el = host.querySelector<PrerenderedWidget>('prerendered-widget')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.state--loading')).to.not.equal(null);
  });
});
