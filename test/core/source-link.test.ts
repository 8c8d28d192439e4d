import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { coreStrings } from '../../src/core/i18n.js';
import { externalLink, publisherOf, sourceLink } from '../../src/core/source-link.js';

function rendered(template: unknown): HTMLElement {
  const div = document.createElement('div');
  render(html`${template}`, div);
  return div;
}

describe('source links', () => {
  it('links https: and http: URLs in a new tab, with the suffix after a separator', () => {
    for (const lang of ['id', 'en'] as const) {
      const a = rendered(sourceLink({ title: 'Laporan', url: 'https://example.org/r' }, lang)).querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://example.org/r');
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      // A no-break space: an ordinary one at the start of the (block-level) visually hidden span is trimmed from its text run.
      expect(a.textContent).to.equal(`Laporan\u00a0${coreStrings[lang].opensInNewTab}`);
      expect(a.querySelector('.sr-only')!.textContent).to.equal(`\u00a0${coreStrings[lang].opensInNewTab}`);
      expect(a.hasAttribute('part')).to.equal(false);
    }
  });

  it('names the publisher as written, or in the element’s language', () => {
    expect(publisherOf({ publisher: 'Kompas' }, 'id')).to.equal('Kompas');
    expect(publisherOf({ publisher: 'Kompas' }, 'en')).to.equal('Kompas');
    const described = { publisher: { id: 'Kompas (salinan arsip)', en: 'Kompas (archive copy)' } };
    expect(publisherOf(described, 'id')).to.equal('Kompas (salinan arsip)');
    expect(publisherOf(described, 'en')).to.equal('Kompas (archive copy)');
  });

  it('shows any other URL as plain text, or the fallback given', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/relative', '']) {
      const plain = rendered(sourceLink({ title: 'T', url }, 'en'));
      expect(plain.querySelectorAll('a').length).to.equal(0);
      expect(plain.textContent).to.equal('T');
      const fallback = rendered(sourceLink({ title: 'T', url }, 'en', { fallback: html`<span class="x">T</span>` }));
      expect(fallback.querySelector('span.x')!.textContent).to.equal('T');
    }
    expect(externalLink('javascript:alert(1)', 'x', 'en') === null).to.equal(true);
  });

  it('marks the title with the source language when it differs from the element’s', () => {
    const other = rendered(sourceLink({ title: 'Laporan', url: 'https://example.org/', lang: 'id' }, 'en'));
    expect(other.querySelector('a > span[lang="id"]')!.textContent).to.equal('Laporan');
    const same = rendered(sourceLink({ title: 'Laporan', url: 'https://example.org/', lang: 'id' }, 'id'));
    expect(same.querySelectorAll('[lang]').length).to.equal(0);
  });

  it('sets part and custom content when asked', () => {
    const a = rendered(sourceLink({ title: 'T', url: 'http://example.org/' }, 'id', { part: 'p', content: 'Publisher' })).querySelector('a')!;
    expect(a.getAttribute('part')).to.equal('p');
    expect(a.getAttribute('href')).to.equal('http://example.org/');
    expect(a.textContent).to.equal(`Publisher\u00a0${coreStrings.id.opensInNewTab}`);
  });
});
