import { expect } from '@open-wc/testing';
import {
  attr,
  dataOrigin,
  elementTag,
  srcProblem,
  embedUrl,
  fallbackHtml,
  iframeSnippet,
  iframeDropped,
  iframeTitle,
  scriptSnippet,
  type ScriptSource,
} from '../../demo/embed-code.js';
import { escapeHtml } from '../../demo/escape.js';
import { defaultSettings, parseEmbedParams, WIDGETS, type Settings } from '../../demo/widgets.js';
import { oembedDropped, oembedJson, oembedPage, oembedPageHtml, oembedPages, oembedPageUrl } from '../../demo/oembed.js';
import { formatNumber } from '../../src/core/i18n.js';
import { normalizeSpaces } from '../support/helpers.js';
import type { Dataset } from '../../src/core/types.js';
import json from '../../data/jakarta-2024.json';

// The bundled dataset (its validity is the dataset tests' business).
const data = json as unknown as Dataset;
const SCRIPT = 'https://widgets.example/gallery/cdn/jakarta-global-widgets.js';
const SOURCE: ScriptSource = { script: SCRIPT };
const EMBED = 'https://widgets.example/gallery/embed.html';
const RESIZE = 'https://widgets.example/gallery/resize.js';

/** Parses snippet HTML the way a browser would, without running it. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('escapeHtml and attr', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).to.equal(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Kota kembar — 2024')).to.equal('Kota kembar — 2024');
  });

  it('writes a quoted, escaped attribute, and booleans as name=""', () => {
    expect(attr('caption', 'A "quoted" <b>')).to.equal(' caption="A &quot;quoted&quot; &lt;b&gt;"');
    expect(attr('no-controls', '')).to.equal(' no-controls=""');
    expect(() => attr('onclick x', '1')).to.throw();
  });

  it('keeps a hostile value inside its attribute', () => {
    const value = `"><script>alert(1)</script><x y='`;
    const el = parse(`<p${attr('title', value)}></p>`).firstElementChild!;
    expect(el.getAttribute('title')).to.equal(value);
    expect(el.children).to.have.length(0);
  });
});

describe('script embed', () => {
  it("is the tag's reservation stylesheet, one module script pointing at the bundle, then the tag with its attributes and no style", () => {
    const settings: Settings = { ...defaultSettings('cooperation-counter'), metric: 'sister-cities', theme: 'dark' };
    const snippet = scriptSnippet('cooperation-counter', settings, data, SOURCE);
    const fragment = parse(snippet);
    const scripts = fragment.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(scripts[0]!.getAttribute('src')).to.equal(SCRIPT);
    const el = fragment.querySelector('cooperation-counter')!;
    expect(el.getAttribute('metric')).to.equal('sister-cities');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('lang')).to.equal('id');
    expect(el.hasAttribute('animation'), 'defaults are left out').to.equal(false);
    expect(el.hasAttribute('style'), 'no style attribute (strict CSP)').to.equal(false);
    const links = fragment.querySelectorAll('link');
    expect(links).to.have.length(1);
    expect(links[0]!.rel).to.equal('stylesheet');
    // The counter's rules alone, next to the script (reserve/<tag>.css), not every tag's.
    expect(links[0]!.getAttribute('href')).to.equal('https://widgets.example/gallery/cdn/reserve/cooperation-counter.css');
    expect(links[0]!.hasAttribute('integrity'), 'no integrity when the hash is not known').to.equal(false);
    expect(snippet).not.to.match(/\sstyle=/);
  });

  it('writes integrity (SRI) and crossorigin on both files when the hashes are known', () => {
    const integrity = { script: 'sha384-AAAA', files: { 'reserve/program-card.css': 'sha384-BBBB', 'reserve/cooperation-counter.css': 'sha384-CCCC' } };
    const fragment = parse(scriptSnippet('program-card', defaultSettings('program-card'), data, { ...SOURCE, integrity }));
    const script = fragment.querySelector('script')!;
    const link = fragment.querySelector('link')!;
    expect(script.getAttribute('integrity')).to.equal('sha384-AAAA');
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(link.getAttribute('href')).to.match(/\/reserve\/program-card\.css$/);
    expect(link.getAttribute('integrity')).to.equal('sha384-BBBB');
    expect(link.getAttribute('crossorigin')).to.equal('anonymous');
  });

  describe('preload hints', () => {
    const PRELOAD = {
      'cooperation-counter': { now: ['chunks/counter-A.js', 'chunks/core-B.js', 'chunks/data-C.js'] },
      'sister-city-map': {
        now: ['chunks/map-D.js', 'chunks/core-B.js', 'chunks/data-C.js', 'chunks/partners-E.js'],
        near: ['chunks/runtime-F.js', 'chunks/leaflet-G.js'],
      },
    };
    const hints = (fragment: DocumentFragment) =>
      [...fragment.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
    const CDN = 'https://widgets.example/gallery/cdn/';

    it("name the tag's files, absolute, between the stylesheet and the script, once each", () => {
      const fragment = parse(scriptSnippet('cooperation-counter', defaultSettings('cooperation-counter'), data, { ...SOURCE, preload: PRELOAD }));
      expect(hints(fragment)).to.deep.equal([`${CDN}chunks/counter-A.js`, `${CDN}chunks/core-B.js`, `${CDN}chunks/data-C.js`]);
      expect([...fragment.children].map((el) => el.getAttribute('rel') ?? el.localName)).to.deep.equal([
        'stylesheet', 'modulepreload', 'modulepreload', 'modulepreload', 'script', 'cooperation-counter',
      ]);
    });

    it('leave Leaflet and the runtime to the loader for a lazy map, and name them first (the largest) for an eager one', () => {
      const lazy = parse(scriptSnippet('sister-city-map', defaultSettings('sister-city-map'), data, { ...SOURCE, preload: PRELOAD }));
      expect(hints(lazy)).to.deep.equal(['map-D', 'core-B', 'data-C', 'partners-E'].map((f) => `${CDN}chunks/${f}.js`));
      const eager = parse(
        scriptSnippet('sister-city-map', { ...defaultSettings('sister-city-map'), loading: 'eager' }, data, { ...SOURCE, preload: PRELOAD }),
      );
      expect(hints(eager)).to.deep.equal(
        ['runtime-F', 'leaflet-G', 'map-D', 'core-B', 'data-C', 'partners-E'].map((f) => `${CDN}chunks/${f}.js`),
      );
    });

    it('carry integrity and crossorigin when the chunks are hashed, and nothing when the module lists are unknown', () => {
      const integrity = { script: 'sha384-A', files: { 'chunks/counter-A.js': 'sha384-C' } };
      const fragment = parse(
        scriptSnippet('cooperation-counter', defaultSettings('cooperation-counter'), data, { ...SOURCE, integrity, preload: PRELOAD }),
      );
      const first = fragment.querySelector('link[rel="modulepreload"]')!;
      expect(first.getAttribute('integrity')).to.equal('sha384-C');
      expect(first.getAttribute('crossorigin')).to.equal('anonymous');
      expect(fragment.querySelectorAll('link[rel="modulepreload"][integrity]')).to.have.length(1);
      expect(hints(parse(scriptSnippet('program-card', defaultSettings('program-card'), data, SOURCE)))).to.deep.equal([]);
    });
  });

  it('has no & in any attribute value of the tag', () => {
    for (const widget of ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'] as const) {
      for (const lang of ['id', 'en']) {
        const tag = elementTag(widget, { ...defaultSettings(widget), lang }, data);
        for (const a of parse(tag).firstElementChild!.attributes) expect(a.value, `${widget} ${a.name}`).not.to.include('&');
        for (const link of parse(tag).querySelectorAll('a')) expect(link.getAttribute('href')).not.to.include('&');
      }
    }
  });

  it('puts localized fallback text with the formatted figure and its sources inside the tag', () => {
    const metric = data.metrics.find((m) => m.id === 'agreements')!;
    for (const lang of ['id', 'en'] as const) {
      const el = parse(elementTag('cooperation-counter', { ...defaultSettings('cooperation-counter'), lang }, data))
        .firstElementChild!;
      const text = el.textContent!;
      expect(text).to.include(`${formatNumber(metric.value, lang)} ${metric.label[lang]}`);
      // The agreements' sources disagree (a note the fallback cannot show): said in a word.
      expect(metric.notes).to.have.length(1);
      expect(text).to.include(lang === 'id' ? 'Sumber (yang tidak sepenuhnya sepakat):' : 'Sources (which do not fully agree):');
      const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.length).to.be.within(1, 2);
      for (const href of links) expect(data.sources.some((s) => s.url === href)).to.equal(true);
    }
  });

  it('uses the replacement label in the fallback when one is set, escaped', () => {
    const settings = { ...defaultSettings('cooperation-counter'), label: 'kerja sama <baru> & lama' };
    const tag = elementTag('cooperation-counter', settings, data);
    expect(tag).to.include('label="kerja sama &lt;baru&gt; &amp; lama"');
    const el = parse(tag).firstElementChild!;
    expect(el.getAttribute('label')).to.equal('kerja sama <baru> & lama');
    expect(el.textContent).to.include('102 kerja sama <baru> & lama');
    expect(el.querySelector('baru')).to.equal(null);
  });

  it('leaves a blank label or heading (spaces typed into the field) out of the tag, and the fallback keeps the figure’s own label', () => {
    const counter = parse(elementTag('cooperation-counter', { ...defaultSettings('cooperation-counter'), label: '   ' }, data)).firstElementChild!;
    expect(counter.hasAttribute('label')).to.equal(false);
    expect(normalizeSpaces(counter.textContent!)).to.match(/^102 kerja sama sepanjang 2024/);
    const map = parse(elementTag('sister-city-map', { ...defaultSettings('sister-city-map'), heading: ' \t ' }, data)).firstElementChild!;
    expect(map.hasAttribute('heading')).to.equal(false);
    // Spaces around a label that says something are the author's: kept as typed.
    const spaced = parse(elementTag('cooperation-counter', { ...defaultSettings('cooperation-counter'), label: ' kerja sama ' }, data)).firstElementChild!;
    expect(spaced.getAttribute('label')).to.equal(' kerja sama ');
  });

  it('names the programme and its key figure in a card’s fallback', () => {
    const program = data.programs.find((p) => p.id === 'rotterdam-dutep')!;
    const text = parse(fallbackHtml('program-card', { program: 'rotterdam-dutep' }, data, 'en')).textContent!;
    expect(text).to.include(program.title.en);
    // "At least", as the card says it: the sources give a minimum.
    expect(program.keyFigure.atLeast).to.equal(true);
    expect(text).to.include(`${program.title.en}: at least ${formatNumber(program.keyFigure.value, 'en')} ${program.keyFigure.label.en}`);
    const id = parse(fallbackHtml('program-card', { program: 'rotterdam-dutep' }, data, 'id')).textContent!;
    expect(id).to.include(`${program.title.id}: sedikitnya ${formatNumber(program.keyFigure.value, 'id')} ${program.keyFigure.label.id}`);
  });

  it('gives a card’s fallback the figure of the metric it follows, as the card does', () => {
    const changed = structuredClone(data);
    const program = changed.programs.find((p) => p.id === 'c40-hospitals')!;
    changed.metrics.find((m) => m.id === program.keyFigure.metric)!.value = 28;
    const text = parse(fallbackHtml('program-card', { program: 'c40-hospitals' }, changed, 'en')).textContent!;
    expect(text).to.include(`: 28 ${program.keyFigure.label.en}`);
    // An event's card names no metric: Jeju's 23 stays whatever the count of partners.
    changed.metrics.find((m) => m.id === 'sister-cities')!.value = 24;
    const jeju = changed.programs.find((p) => p.id === 'jeju')!;
    expect(parse(fallbackHtml('program-card', { program: 'jeju' }, changed, 'en')).textContent).to.include(`: 23 ${jeju.keyFigure.label.en}`);
  });

  it('lists the partners of the region in a list’s or map’s fallback', () => {
    const europe = data.partners.filter((p) => p.region === 'europe');
    const list = parse(fallbackHtml('sister-city-list', { region: 'europe' }, data, 'id')).textContent!;
    // A part of the 23 the sources give, not "Jakarta's 7 partners".
    expect(list).to.match(new RegExp(`^${europe.length} dari 23 mitra kota kembar Jakarta \\(Eropa\\): Rotterdam, `));
    const oceania = parse(fallbackHtml('sister-city-map', { region: 'oceania' }, data, 'en')).textContent!;
    expect(oceania).to.match(/^Map of 1 of Jakarta’s 23 sister-city partners \(Oceania\): New South Wales — Sources \(which do not fully agree\): /);
    for (const p of europe) expect(list).to.include(p.name.id);
    expect(list).not.to.include('Tokyo');
    const map = parse(fallbackHtml('sister-city-map', { region: 'all' }, data, 'en')).textContent!;
    expect(map).to.include('Map of Jakarta’s 23 sister-city partners');
    expect(map).to.include('Jeju');
  });

  it('writes no style attribute on any tag, whatever the settings', () => {
    for (const widget of ['cooperation-counter', 'program-card', 'sister-city-list', 'sister-city-map'] as const) {
      for (const extra of [{}, { 'aspect-ratio': '4/3' }, { height: '420px' }, { variant: 'compact' }] as Settings[]) {
        const tag = elementTag(widget, { ...defaultSettings(widget), ...extra }, data);
        expect(parse(tag).firstElementChild!.hasAttribute('style'), `${widget} ${JSON.stringify(extra)}`).to.equal(false);
      }
    }
  });

  it('writes a boolean attribute as name=""', () => {
    const tag = elementTag('sister-city-list', { ...defaultSettings('sister-city-list'), 'no-controls': 'true' }, data);
    expect(tag).to.match(/^<sister-city-list no-controls="" lang="id">/);
  });
});

describe('iframe embed', () => {
  const options = { embedPage: EMBED, resizeScript: RESIZE, height: 187.2 };

  it('is an iframe of embed.html with the settings, a title, lazy loading and a height, then the resize script', () => {
    const settings = { ...defaultSettings('cooperation-counter'), lang: 'en', theme: 'dark' };
    const snippet = iframeSnippet('cooperation-counter', settings, data, options);
    expect(snippet).to.include('embed.html?widget=cooperation-counter&amp;metric=agreements&amp;lang=en&amp;theme=dark"');
    const fragment = parse(snippet);
    const frame = fragment.querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal(EMBED);
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({
      widget: 'cooperation-counter',
      metric: 'agreements',
      lang: 'en',
      theme: 'dark',
    });
    expect(frame.title).to.equal(iframeTitle('cooperation-counter', settings, data, 'en'));
    expect(frame.title).to.include('cooperation agreements in 2024');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('width')).to.equal('100%');
    expect(frame.getAttribute('height')).to.equal('188');
    expect(frame.hasAttribute('style'), 'no style attribute (strict CSP): resize.js sets border and color-scheme').to.equal(false);
    const script = fragment.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(RESIZE);
    expect(script.hasAttribute('async')).to.equal(true);
    expect(script.type).to.equal('');
  });

  it('leaves free text (label, caption, heading) out of the URL: embed.html takes ids and enumerations only', () => {
    const settings = { ...defaultSettings('cooperation-counter'), label: 'x', caption: 'a&b=c "d"', metric: 'hospitals' };
    const url = new URL(embedUrl('cooperation-counter', settings, EMBED));
    expect([...url.searchParams.keys()]).to.deep.equal(['widget', 'metric', 'lang']);
    const map = new URL(embedUrl('sister-city-map', { ...defaultSettings('sister-city-map'), heading: 'h' }, EMBED));
    expect(map.searchParams.has('heading')).to.equal(false);
    const list = new URL(embedUrl('sister-city-list', { ...defaultSettings('sister-city-list'), caption: 'c' }, EMBED));
    expect(list.searchParams.has('caption')).to.equal(false);
  });

  it('embed.html refuses label, caption and heading for every widget', () => {
    for (const widget of WIDGETS) {
      for (const name of ['label', 'caption', 'heading']) {
        const result = parseEmbedParams(new URLSearchParams({ widget, [name]: 'text' }));
        expect(result.ok, `${widget} ${name}`).to.equal(false);
        if (!result.ok) expect(result.problems).to.deep.equal([{ code: 'unknown-param', name }]);
      }
    }
  });

  it('titles the frame with what it shows, and names the settings it does not carry', () => {
    const settings = { ...defaultSettings('cooperation-counter'), label: 'pelajar magang', caption: 'Data 2024' };
    // The frame shows the metric's own label, not the author's (free text stays out of the URL).
    expect(iframeTitle('cooperation-counter', settings, data, 'id')).to.equal(
      `Angka kerja sama Jakarta: ${data.metrics.find((m) => m.id === 'agreements')!.label.id}`,
    );
    expect(iframeDropped('cooperation-counter', settings)).to.deep.equal(['label', 'caption']);
    expect(iframeDropped('cooperation-counter', { ...defaultSettings('cooperation-counter'), metric: 'hospitals', theme: 'dark' })).to.deep.equal([]);
    expect(iframeDropped('sister-city-map', { ...defaultSettings('sister-city-map'), heading: 'Peta', region: 'asia' })).to.deep.equal(['heading']);
  });

  it('titles the frame in the element’s language', () => {
    expect(iframeTitle('sister-city-map', { lang: 'id' }, data, 'id')).to.equal('Peta mitra kota kembar Jakarta');
    expect(iframeTitle('program-card', { program: 'higa' }, data, 'en')).to.include(
      data.programs.find((p) => p.id === 'higa')!.title.en,
    );
  });
});

describe('a data file on the embedding site (`src`)', () => {
  const settings: Settings = { ...defaultSettings('cooperation-counter'), metric: 'sister-cities', src: '/data/jakarta-2025.json' };

  it('is written on the script embed’s tag, after its language', () => {
    const tag = parse(elementTag('cooperation-counter', settings, data)).firstElementChild!;
    expect(tag.getAttributeNames()).to.deep.equal(['metric', 'lang', 'src']);
    expect(tag.getAttribute('src')).to.equal('/data/jakarta-2025.json');
    // An address with characters of its own stays inside its attribute.
    const odd = parse(elementTag('cooperation-counter', { ...settings, src: '/d?a=1&b="2"' }, data)).firstElementChild!;
    expect(odd.getAttribute('src')).to.equal('/d?a=1&b="2"');
  });

  it('is not carried by the iframe or the oEmbed link, and embed.html refuses it', () => {
    expect(iframeDropped('cooperation-counter', settings)).to.deep.equal(['src']);
    expect(oembedDropped('cooperation-counter', settings)).to.deep.equal(['src']);
    expect(new URL(embedUrl('cooperation-counter', settings, EMBED)).searchParams.has('src')).to.equal(false);
    const refused = parseEmbedParams(new URLSearchParams({ widget: 'cooperation-counter', src: '/data/x.json' }));
    expect(refused).to.deep.equal({ ok: false, problems: [{ code: 'unknown-param', name: 'src' }] });
  });

  it('tells an address a page can load from the slips to expect', () => {
    for (const ok of ['/data/jakarta-2025.json', 'data/2025.json', '../2025.json', 'https://data.jakarta.go.id/2025.json', 'HTTP://x.example/a', '//cdn.example/x.json', '/d?a=1&b=2']) {
      expect(srcProblem(ok), ok).to.equal('');
    }
    // Where the data editor's download went, on the author's own computer.
    expect(srcProblem('C:\\Users\\biro\\Downloads\\jakarta-2025.json')).to.equal('local');
    expect(srcProblem('c:/Users/biro/jakarta-2025.json')).to.equal('local');
    expect(srcProblem('file:///home/biro/jakarta-2025.json')).to.equal('local');
    expect(srcProblem('data\\jakarta-2025.json')).to.equal('local');
    expect(srcProblem('/data/jakarta 2025.json')).to.equal('space');
    expect(srcProblem('javascript:alert(1)')).to.equal('scheme');
    expect(srcProblem('ftp://example.org/x.json')).to.equal('scheme');
  });

  it('names what a CSP must allow to fetch it: the page’s own site, or the file’s origin', () => {
    expect(dataOrigin('/data/jakarta-2025.json')).to.equal("'self'");
    expect(dataOrigin('data/jakarta-2025.json')).to.equal("'self'");
    expect(dataOrigin('https://data.jakarta.go.id/kerja-sama/2025.json')).to.equal('https://data.jakarta.go.id');
    expect(dataOrigin('http://localhost:8080/x.json')).to.equal('http://localhost:8080');
    expect(dataOrigin('//data.example/x.json')).to.equal('data.example');
  });
});

describe('oEmbed pages', () => {
  const GALLERY = 'https://widgets.example/gallery/';

  it('picks the page by the settings that choose it', () => {
    expect(oembedPage('cooperation-counter', { metric: 'hospitals', lang: 'en', theme: 'dark' }).slug).to.equal(
      'cooperation-counter-hospitals-en',
    );
    expect(oembedPage('program-card', { program: 'jeju', lang: 'id' }).slug).to.equal('program-card-jeju-id');
    expect(oembedPage('sister-city-list', { region: 'asia', sort: 'year', lang: 'id' }).slug).to.equal(
      'sister-city-list-region-asia-id',
    );
    expect(oembedPage('sister-city-map', { region: 'all', selected: '', lang: 'en' }).slug).to.equal(
      'sister-city-map-region-all-en',
    );
    expect(oembedPage('sister-city-map', { region: 'asia', selected: 'seoul', lang: 'en' }).slug).to.equal(
      'sister-city-map-partner-seoul-en',
    );
    expect(oembedPageUrl(oembedPage('program-card', { program: 'jeju', lang: 'id' }), GALLERY)).to.equal(
      'https://widgets.example/gallery/oembed/program-card-jeju-id.html',
    );
  });

  it('names the settings a link does not carry', () => {
    expect(oembedDropped('cooperation-counter', { ...defaultSettings('cooperation-counter'), metric: 'hospitals' })).to.deep.equal([]);
    expect(oembedDropped('sister-city-list', { ...defaultSettings('sister-city-list'), sort: 'year', theme: 'dark' })).to.deep.equal([
      'sort',
      'theme',
    ]);
    expect(oembedDropped('sister-city-map', { ...defaultSettings('sister-city-map'), region: 'asia', selected: 'seoul' })).to.deep.equal([
      'region',
    ]);
  });

  it('has a page for every page the builder can link to, once each', () => {
    const slugs = oembedPages(data).map((p) => p.slug);
    expect(new Set(slugs).size).to.equal(slugs.length);
    expect(slugs.length).to.equal(2 * (data.metrics.length + data.programs.length + 12 + data.partners.length));
    for (const partner of data.partners) expect(slugs).to.include(`sister-city-map-partner-${partner.id}-id`);
  });

  it('answers with a rich oEmbed whose html is one iframe of embed.html with only the attributes WordPress keeps', () => {
    const page = oembedPage('sister-city-map', { region: 'asia', lang: 'id' });
    const json = oembedJson(page, data, GALLERY);
    expect(json).to.include({ version: '1.0', type: 'rich', provider_name: 'Jakarta Global Widgets', provider_url: GALLERY });
    expect(json.title).to.equal('Peta mitra kota kembar Jakarta: Asia');
    const frame = parse(json.html).querySelector('iframe')!;
    expect(frame.getAttributeNames()).to.deep.equal(['src', 'title', 'width', 'height', 'frameborder']);
    expect(frame.getAttribute('src')).to.equal('https://widgets.example/gallery/embed.html?widget=sister-city-map&region=asia&lang=id');
    expect(frame.title).to.equal(json.title);
    expect(frame.getAttribute('height')).to.equal(String(json.height));
  });

  it('writes a page with its discovery link, the element and its fallback, and no inline style or script', () => {
    const page = oembedPage('cooperation-counter', { metric: 'agreements', lang: 'en' });
    const doc = new DOMParser().parseFromString(oembedPageHtml(page, data, GALLERY, 'Gallery <x>'), 'text/html');
    const link = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
    expect(link.getAttribute('href')).to.equal('https://widgets.example/gallery/oembed/cooperation-counter-agreements-en.json');
    expect(doc.documentElement.lang).to.equal('en');
    const el = doc.querySelector('cooperation-counter')!;
    expect(el.getAttribute('metric')).to.equal('agreements');
    expect(el.textContent).to.include('cooperation agreements');
    expect(doc.querySelectorAll('[style], style').length).to.equal(0);
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).to.deep.equal(['../cdn/jakarta-global-widgets.js']);
    expect(doc.querySelector('main > p > a')!.textContent).to.equal('Gallery <x>');
  });
});
