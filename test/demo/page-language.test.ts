import { expect } from '@open-wc/testing';
import { addressIn, addressWith, pageHref, startingLang, translateHtml } from '../../demo/page-language.js';
import { ui } from '../../demo/strings.js';
import { editorUi } from '../../demo/data-editor-strings.js';

const strings = { pageTitle: 'Gallery & more', pageDescription: 'Says "what" <it> is', skipLink: 'Skip to content', navEditor: 'Data editor' };

describe('the gallery pages in each language', () => {
  it('names each page’s copy in each language', () => {
    expect(pageHref('index', 'en')).to.equal('index.en.html');
    expect(pageHref('data', 'en')).to.equal('data.en.html');
    expect(pageHref('index', 'id')).to.equal('index.html');
    expect(pageHref('data', 'id')).to.equal('data.html');
    // the data-update guide, written from docs/ (scripts/guide.mjs)
    expect(pageHref('guide', 'en')).to.equal('guide/updating-the-data.html');
    expect(pageHref('guide', 'id')).to.equal('guide/memperbarui-data.html');
  });

  it('starts in the language of the page’s HTML, or of an older link’s ?lang=', () => {
    expect(startingLang('', 'en')).to.equal('en');
    expect(startingLang('', 'id')).to.equal('id');
    expect(startingLang('?theme=dark', '')).to.equal('id');
    expect(startingLang('?lang=en', 'id')).to.equal('en');
    expect(startingLang('?lang=id', 'en')).to.equal('id');
    expect(startingLang('?lang=fr', 'en')).to.equal('en');
  });

  it('moves an address to the other copy, keeping the other parameters and the fragment', () => {
    expect(addressIn('https://x.test/g/index.html?theme=dark#program-card', 'index', 'en')).to.equal('https://x.test/g/index.en.html?theme=dark#program-card');
    expect(addressIn('https://x.test/g/?lang=en', 'index', 'en')).to.equal('https://x.test/g/index.en.html');
    expect(addressIn('https://x.test/g/data.en.html?lang=id&theme=auto', 'data', 'id')).to.equal('https://x.test/g/data.html?theme=auto');
  });

  it('sets or removes one query parameter of an address', () => {
    expect(addressWith('https://x.test/g/index.en.html#map', 'theme', 'dark')).to.equal('https://x.test/g/index.en.html?theme=dark#map');
    expect(addressWith('https://x.test/g/?theme=dark&x=1', 'theme', null)).to.equal('https://x.test/g/?x=1');
    expect(addressWith('https://x.test/g/?theme=dark', 'theme', 'auto')).to.equal('https://x.test/g/?theme=auto');
  });

  it('writes a page in a language: lang, title, description, texts (escaped), links and the select', () => {
    const page = `<html lang="id" data-theme="light"><head><title>Galeri</title>
      <meta
        name="description"
        content="Lama" />
    </head><body><a class="skip-link" href="#main" data-i18n="skipLink">Langsung ke isi</a>
      <a href="data.html" data-page="data" aria-current="page" data-i18n="navEditor"
        >Editor data</a
      >
      <a href="./" data-page="index">Galeri</a>
      <a href="guide/memperbarui-data.html" data-page="guide">Panduan</a>
      <select><option value="id" lang="id">Bahasa Indonesia</option><option value="en" lang="en">English</option></select>`;
    const en = translateHtml(page, 'en', strings);
    expect(en).to.contain('<html lang="en" data-theme="light">');
    expect(en).to.contain('<title>Gallery &amp; more</title>');
    expect(en).to.contain('content="Says &quot;what&quot; &lt;it&gt; is"');
    expect(en).to.contain('data-i18n="skipLink">Skip to content</a>');
    expect(en).to.contain('<a href="data.en.html" data-page="data" aria-current="page" data-i18n="navEditor"\n        >Data editor</a\n      >');
    expect(en).to.contain('<a href="index.en.html" data-page="index">Galeri</a>');
    expect(en).to.contain('<a href="guide/updating-the-data.html" data-page="guide">Panduan</a>');
    expect(en).to.contain('<option value="en" lang="en" selected>English</option>');
    expect(en).to.contain('<option value="id" lang="id">Bahasa Indonesia</option>');
  });

  it('refuses a text its strings lack, so a page and its strings cannot drift apart', () => {
    expect(() => translateHtml('<p data-i18n="nowhere">x</p>', 'en', strings)).to.throw('no en string "nowhere"');
  });

  it('has every string the pages ask for, in both languages', () => {
    for (const table of [ui, editorUi]) {
      for (const lang of ['id', 'en'] as const) {
        expect(table[lang].pageDescription.length, `${lang} description`).to.be.within(50, 160);
      }
    }
  });
});
