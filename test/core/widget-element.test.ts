import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { clearDatasetCache } from '../../src/core/dataset.js';
import { defineElement } from '../../src/core/define.js';
import type { Dataset, Lang } from '../../src/core/types.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { captureWarnings } from '../support/helpers.js';

class TestWidget extends WidgetElement {
  protected renderReady(data: Dataset, lang: Lang) {
    return litHtml`<p class="ready">${data.title[lang]}</p>`;
  }
}
defineElement('test-widget', TestWidget);
class OtherWidget extends TestWidget {}
defineElement('other-widget', OtherWidget);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('WidgetElement', () => {
  beforeEach(() => clearDatasetCache());

  it('renders the bundled dataset at once, in the resolved language', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    expect(el.shadowRoot!.querySelector('.ready')!.textContent).to.contain('Jakarta');
    expect(el.language).to.equal('en');
  });

  it('re-renders when an ancestor changes its lang', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><test-widget src="/test/fixtures/mini.json"></test-widget></div>`);
    const el = wrap.querySelector<TestWidget>('test-widget')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.ready'));
    expect(text(el)).to.equal('Sample City');
    wrap.setAttribute('lang', 'id');
    await waitUntil(() => text(el) === 'Kota Contoh', 'language change not rendered');
  });

  it('re-renders when a lang changes inside the shadow roots it is placed in', async () => {
    // A site's own components (an article, a tab panel) put the widget in their shadow roots, two deep here:
    // a document-wide observer does not see attribute changes in there.
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<section lang="en"><div></div></section>';
    const inner = outerRoot.querySelector('div')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p lang="en"><test-widget src="/test/fixtures/mini.json"></test-widget></p>';
    const el = inner.shadowRoot!.querySelector<TestWidget>('test-widget')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.ready'));
    expect(text(el)).to.equal('Sample City');
    inner.shadowRoot!.querySelector('p')!.setAttribute('lang', 'id');
    await waitUntil(() => text(el) === 'Kota Contoh', 'a lang change in its own shadow root was not rendered');
    inner.shadowRoot!.querySelector('p')!.removeAttribute('lang');
    await waitUntil(() => text(el) === 'Sample City', 'the lang of the root above was not taken');
    outerRoot.querySelector('section')!.setAttribute('lang', 'id');
    await waitUntil(() => text(el) === 'Kota Contoh', 'a lang change in the shadow root above was not rendered');
  });

  it('takes the language of the place it is moved to', async () => {
    // A tabbed bilingual page, a carousel or a single-page app moves a widget between parts of the page
    // with different langs: no lang attribute changes, the element is only disconnected and connected.
    const page = await fixture<HTMLElement>(
      html`<div><section lang="en"><test-widget src="/test/fixtures/mini.json"></test-widget></section><section lang="id"></section></div>`,
    );
    const el = page.querySelector<TestWidget>('test-widget')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.ready'));
    expect(text(el)).to.equal('Sample City');
    page.querySelector('section[lang="id"]')!.append(el);
    await waitUntil(() => text(el) === 'Kota Contoh', 'the moved element kept its old language');
    expect(el.language).to.equal('id');
  });

  it('shows a localized error and warns once, naming the element and the cause', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const el = await fixture<TestWidget>(html`<test-widget debug lang="id" src="/test/fixtures/missing.json"></test-widget>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.state--error'));
      expect(text(el)).to.contain('Data tidak dapat ditampilkan').and.contain('HTTP 404');
      // the technical cause is the console's, in English: marked as such in an Indonesian box (WCAG 3.1.2)
      expect(el.shadowRoot!.querySelector('.state__detail')!.getAttribute('lang')).to.equal('en');
      el.lang = 'en';
      await el.updateComplete;
      expect(text(el)).to.contain('The data cannot be shown');
    } finally {
      restore();
    }
    const ours = warnings.filter((w) => w.startsWith('<test-widget>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('missing.json').and.contain('404');
  });

  it('a src that is not a URL: one warning naming the element and the src, and the fallback content', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      const wrap = await fixture<HTMLElement>(
        html`<div><test-widget src="http://[::1">Fallback A</test-widget><test-widget src="http://[::1">Fallback B</test-widget></div>`,
      );
      const els = [...wrap.querySelectorAll<TestWidget>('test-widget')];
      await waitUntil(() => els.every((el) => el.matches(':state(error)')), 'never failed');
      expect(els.map((el) => el.shadowRoot!.querySelector('slot')?.assignedNodes()[0]?.textContent)).to.deep.equal(['Fallback A', 'Fallback B']);
    } finally {
      restore();
    }
    const ours = warnings.filter((w) => w.includes('<test-widget>'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.match(/^<test-widget>: data file http:\/\/\[::1: cannot be used: the file could not be fetched \(not a URL\)\n/);
  });

  it('an element added after its file failed gets a warning naming it; the same kind of element again, none', async () => {
    const src = '/test/fixtures/missing.json?later';
    const { warnings, restore } = captureWarnings();
    try {
      const wrap = await fixture<HTMLElement>(html`<div><test-widget src=${src}>A</test-widget></div>`);
      await waitUntil(() => wrap.querySelector('test-widget')!.matches(':state(error)'));
      for (const tag of ['other-widget', 'test-widget', 'other-widget']) {
        const later = document.createElement(tag);
        later.setAttribute('src', src);
        wrap.append(later);
        await waitUntil(() => later.matches(':state(error)'), `${tag} never failed`);
      }
    } finally {
      restore();
    }
    const about = warnings.filter((w) => w.includes('missing.json?later'));
    expect(about.map((w) => w.split(':')[0])).to.deep.equal(['<test-widget>', '<other-widget>']);
    expect(about[1]).to.contain('HTTP 404');
  });

  it('names the invalid field in the message (debug)', async () => {
    const { restore } = captureWarnings();
    try {
      const src = 'data:application/json,{"schemaVersion":2}';
      const el = await fixture<TestWidget>(html`<test-widget debug lang="en" src=${src}></test-widget>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.state--error'));
      expect(text(el)).to.contain('does not match the format: schemaVersion.').and.contain('schemaVersion: must be 1 (found 2)');
    } finally {
      restore();
    }
  });

  it('makes one request for 20 elements sharing a src', async () => {
    const url = '/test/fixtures/mini.json?twenty';
    const wrap = await fixture<HTMLElement>(html`<div>${Array.from({ length: 20 }, () => html`<test-widget src=${url}></test-widget>`)}</div>`);
    const els = [...wrap.querySelectorAll<TestWidget>('test-widget')];
    await waitUntil(() => els.every((el) => el.shadowRoot!.querySelector('.ready')));
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('mini.json?twenty'));
    expect(requests).to.have.length(1);
  });

  it('shows the loading state while a src is on its way, then the data', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en" src="/__slow?ms=401"></test-widget>`);
    expect(el.shadowRoot!.querySelector('.state--loading')!.textContent).to.equal('Loading data…');
    await waitUntil(() => el.shadowRoot!.querySelector('.ready'), 'never became ready', { timeout: 3000 });
  });

  it('emits composed, bubbling events', async () => {
    const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
    let seen: CustomEvent | undefined;
    document.addEventListener('test-ping', (e) => (seen = e as CustomEvent), { once: true });
    (el as unknown as { emit: (t: string, d: unknown) => void }).emit('test-ping', { id: 'x' });
    expect(seen?.detail).to.deep.equal({ id: 'x' });
    expect(seen?.bubbles && seen?.composed).to.equal(true);
  });
});

describe('defineElement', () => {
  it('does nothing when the same version defines a tag again', () => {
    const { warnings, restore } = captureWarnings();
    try {
      class Again extends TestWidget {}
      expect(defineElement('test-widget', Again)).to.equal(TestWidget);
      expect(defineElement('test-widget', TestWidget)).to.equal(TestWidget);
      expect(customElements.get('test-widget')).to.equal(TestWidget);
    } finally {
      restore();
    }
    expect(warnings).to.have.length(0);
  });

  it('warns once, naming both versions, when another version defined the tag', () => {
    class Other extends TestWidget {
      static override version = '9.9.9';
    }
    defineElement('test-versioned', Other);
    const { warnings, restore } = captureWarnings();
    try {
      class Mine extends TestWidget {}
      class MineToo extends TestWidget {}
      // Two entries of this version register the tag, one of them twice.
      expect(defineElement('test-versioned', Mine)).to.equal(Other);
      expect(defineElement('test-versioned', Mine)).to.equal(Other);
      expect(defineElement('test-versioned', MineToo)).to.equal(Other);
    } finally {
      restore();
    }
    expect(customElements.get('test-versioned')).to.equal(Other);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-versioned>').and.contain('9.9.9').and.contain(TestWidget.version);
  });

  it('says "another script", not a version of ours, when the page defined the tag with a class of its own', () => {
    customElements.define('test-taken', class extends HTMLElement {});
    const { warnings, restore } = captureWarnings();
    try {
      class Mine extends TestWidget {}
      expect(defineElement('test-taken', Mine)).to.not.equal(Mine);
    } finally {
      restore();
    }
    expect(warnings).to.deep.equal([
      `<test-taken>: already defined by another script; jakarta-global-widgets ${TestWidget.version} leaves it.`,
    ]);
  });

  it("is what an element class's static define() goes through", () => {
    class Own extends TestWidget {}
    expect(Own.define('test-own-define')).to.equal(Own);
    expect(customElements.get('test-own-define')).to.equal(Own);
    class Later extends TestWidget {}
    const { warnings, restore } = captureWarnings();
    try {
      // Taken by this version already: left alone, no warning (as defineElement).
      expect(Later.define('test-own-define')).to.equal(Own);
    } finally {
      restore();
    }
    expect(warnings).to.have.length(0);
  });

  it('warns instead of throwing when the registry refuses the tag', () => {
    const { warnings, restore } = captureWarnings();
    let bound: CustomElementConstructor | undefined;
    try {
      // A class can be defined under one name only: the registry throws for a second one.
      bound = defineElement('test-widget-alias', TestWidget);
    } finally {
      restore();
    }
    expect(bound).to.equal(TestWidget);
    expect(customElements.get('test-widget-alias')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-widget-alias>').and.contain('could not be registered');
  });
});

describe('a new src', () => {
  beforeEach(() => clearDatasetCache());

  it('keeps what the element shows until the new file has come: no loading box, so nothing moves, then the new data', async () => {
    const el = await fixture<TestWidget>(html`<test-widget lang="en"></test-widget>`);
    expect(text(el)).to.contain('Jakarta');
    const height = el.getBoundingClientRect().height;
    el.src = '/__slow?ms=400'; // the mini dataset, 400 ms late
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 150));
    expect(el.matches(':state(ready)'), 'not ready while the new file loads').to.equal(true);
    expect(el.shadowRoot!.querySelector('.state--loading') === null, 'a loading box').to.equal(true);
    expect(text(el)).to.contain('Jakarta');
    expect(el.getBoundingClientRect().height).to.equal(height);
    await waitUntil(() => text(el) === 'Sample City', 'the new file was not shown', { timeout: 3000 });
  });

});

describe('custom states', () => {
  it('exposes loading, ready and error as :state(); a new file that cannot be used replaces the data shown with the fallback content', async () => {
    const el = await fixture<TestWidget>(html`<test-widget src="/__slow?ms=300"><p>Fallback</p></test-widget>`);
    expect(el.matches(':state(loading)')).to.equal(true);
    await waitUntil(() => el.matches(':state(ready)'), 'never ready', { timeout: 3000 });
    expect(el.matches(':state(loading)')).to.equal(false);
    const { restore } = captureWarnings();
    try {
      el.src = '/test/fixtures/missing.json';
      await waitUntil(() => el.matches(':state(error)'), 'never error');
    } finally {
      restore();
    }
    expect(el.matches(':state(ready)')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.ready') === null, 'the old data is still shown').to.equal(true);
    expect(el.shadowRoot!.querySelector('slot') !== null, 'the fallback content is not shown').to.equal(true);
  });

  it('works where custom states accept only --name (Chromium 90–124): no error, `--ready`, the subclass updated() runs', async () => {
    // Such a CustomStateSet throws on `add('ready')` and accepts `add('--ready')`.
    const add = CustomStateSet.prototype.add;
    CustomStateSet.prototype.add = function (this: CustomStateSet, value: string) {
      if (!value.startsWith('--')) throw new DOMException(`The specified value '${value}' must start with '--'.`, 'SyntaxError');
      return add.call(this, value);
    };
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => {
      errors.push(e.reason);
      e.preventDefault();
    };
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<TestWidgetUpdates>(html`<test-widget-updates src="/__slow?ms=100"></test-widget-updates>`);
      const states = (el as unknown as { internals: ElementInternals }).internals.states;
      expect([states.has('--loading'), states.has('loading')]).to.deep.equal([true, false]);
      await waitUntil(() => states.has('--ready'), 'never ready', { timeout: 3000 });
      await el.updateComplete;
      expect(states.has('--loading')).to.equal(false);
      expect(el.updates).to.be.greaterThan(1);
      expect(errors).to.deep.equal([]);
    } finally {
      CustomStateSet.prototype.add = add;
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

/** Counts its own `updated()` calls, which follow the base class's. */
class TestWidgetUpdates extends TestWidget {
  updates = 0;
  protected override updated(changed: Map<PropertyKey, unknown>) {
    super.updated(changed);
    this.updates++;
  }
}
defineElement('test-widget-updates', TestWidgetUpdates);
