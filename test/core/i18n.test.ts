import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, formatNumber, normalizeLang, resolveLang } from '../../src/core/i18n.js';

describe('language resolution', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalizes lang values', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('ID')).to.equal('id');
    expect(normalizeLang('id_ID')).to.equal('id');
    expect(normalizeLang('in')).to.equal('id');
    expect(normalizeLang('fr')).to.equal(null);
    expect(normalizeLang('')).to.equal(null);
  });

  it('uses the element lang, then the nearest ancestor, then <html lang>, then id', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><section><p lang="id"><span></span></p><i></i></section></div>`);
    const span = root.querySelector('span')!;
    const i = root.querySelector('i')!;
    expect(resolveLang(span)).to.equal('id');
    expect(resolveLang(i)).to.equal('en');
    span.lang = 'en-US';
    expect(resolveLang(span)).to.equal('en');
    root.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    expect(resolveLang(i)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(i)).to.equal('id');
  });

  it('uses <html lang> for an element with no ancestors (not in the document)', () => {
    document.documentElement.setAttribute('lang', 'en');
    expect(resolveLang(document.createElement('span'))).to.equal('en');
    document.documentElement.setAttribute('lang', 'id-ID');
    expect(resolveLang(document.createElement('span'))).to.equal('id');
  });

  it('finds the language across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"><div id="h"></div></div>`);
    const inner = document.createElement('b');
    host.querySelector('#h')!.attachShadow({ mode: 'open' }).append(inner);
    document.documentElement.setAttribute('lang', 'id');
    expect(resolveLang(inner)).to.equal('en');
  });

  it('falls back to Indonesian for other languages, warning once per value', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<HTMLElement>(html`<x-lang lang="fr-xx"></x-lang>`);
      expect(resolveLang(el)).to.equal('id');
      expect(resolveLang(el)).to.equal('id');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<x-lang>').and.contain('fr-xx');
  });
});

describe('formatting through Intl', () => {
  it('formats numbers for each language as the browser does', () => {
    expect(formatNumber(1234.5, 'id')).to.equal(new Intl.NumberFormat('id-ID').format(1234.5));
    expect(formatNumber(1234.5, 'en')).to.equal(new Intl.NumberFormat('en').format(1234.5));
    expect(formatNumber(1234, 'id')).to.equal('1.234');
    expect(formatNumber(1234, 'en')).to.equal('1,234');
  });

  it('writes small whole numbers and ungrouped numbers exactly as Intl does', () => {
    for (const lang of ['id', 'en'] as const) {
      const locale = lang === 'id' ? 'id-ID' : 'en';
      for (let n = 0; n < 1000; n++) expect(formatNumber(n, lang)).to.equal(new Intl.NumberFormat(locale).format(n));
      for (const year of [1979, 2024, 2045, 123456789]) {
        expect(formatNumber(year, lang, { useGrouping: false })).to.equal(
          new Intl.NumberFormat(locale, { useGrouping: false }).format(year),
        );
      }
      for (const n of [1000, 1234, 0.5, -3, -0, 1250000]) expect(formatNumber(n, lang)).to.equal(new Intl.NumberFormat(locale).format(n));
    }
  });

  it('formats dates of year, month or day precision', () => {
    expect(formatDate('2024', 'id')).to.equal('2024');
    expect(formatDate('2024-12-19', 'en')).to.equal('19 December 2024');
    expect(formatDate('2024-12-19', 'id')).to.equal('19 Desember 2024');
    expect(formatDate('2023-09', 'id')).to.equal('September 2023');
    expect(formatDate('c. 2000', 'en')).to.equal('c. 2000');
  });
});
