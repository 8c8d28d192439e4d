import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import rawData from '../../data/jakarta-2024.json';
import basemapData from '../../src/sister-city-map/basemap-data.json';
import { clearDatasetCache } from '../../src/core/dataset.js';
import { coreStrings, formatDate, formatYear } from '../../src/core/i18n.js';
import type { Dataset, Lang } from '../../src/core/types.js';
import { publisherOf } from '../../src/core/source-link.js';
import { safeUrl } from '../../src/core/url.js';
import { notesOf, sourcesOf } from '../../src/core/lookups.js';
import { filterByRegion, partnerStrings, programsOfPartner } from '../../src/core/partners.js';
import type { Bounds } from '../../src/sister-city-map/geo.js';
import { leafletCss } from '../../src/sister-city-map/map-view.styles.js';
import { overlayStrings } from '../../src/sister-city-map/overlays.strings.js';
import { mapStrings } from '../../src/sister-city-map/sister-city-map.strings.js';
import { axeViolations, captureWarnings, normalizeSpaces, textNotMarked } from '../support/helpers.js';
import {
  arcs,
  centerOf,
  container,
  distance,
  frames,
  inside,
  marker,
  markers,
  pathPoints,
  placeOf,
  readyMap,
  root,
  stage,
  untilMarkers,
  whenReady,
  expectSame,
  type SisterCityMap,
} from './map-helpers.js';

const data = rawData as unknown as Dataset;
const TAG = '<sister-city-map>';
const BAD_COORDS = '/test/fixtures/sister-city-map-bad-coords.json';
const TILE = '/test/fixtures/sister-city-map-tile.png';
const fold = (value: string) => normalizeSpaces(value).replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => fold(node?.textContent ?? '');
const ours = (warnings: string[]) => warnings.filter((w) => w.startsWith(TAG));
const byId = (id: string) => data.partners.find((p) => p.id === id)!;
const panel = (el: Element) => root(el).querySelector<HTMLElement>('.panel');
/** The bundled dataset with one more Asian partner, Atlantis, that the bundled file lacks. */
function withAtlantis(): Dataset {
  const own = structuredClone(data);
  own.partners.push({
    ...structuredClone(byId('seoul')),
    id: 'atlantis',
    name: { id: 'Atlantis', en: 'Atlantis' },
    lat: 10,
    lon: 120,
    notes: [],
  });
  return own;
}
/** The partners' names in the rows of the map's embedded table, once it shows `count` rows. */
async function tableNames(el: SisterCityMap, count: number): Promise<string[]> {
  const list = root(el).querySelector('sister-city-list')!;
  const rows = () => [...(list.shadowRoot?.querySelectorAll('tbody tr[part="row"]') ?? [])];
  await waitUntil(() => rows().length === count, `the table does not show ${count} partners`, { timeout: 4000 });
  return rows().map((r) => text(r.querySelector('th')));
}

describe('<sister-city-map>', () => {
  beforeEach(() => clearDatasetCache());

  describe('globals', () => {
    // First in the file: the first map of the page is the one that imports Leaflet.
    it('leaves window.L alone, whether the page has none or its own', async () => {
      const w = window as unknown as { L?: unknown };
      expect('L' in window).to.equal(false);
      await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      expect('L' in window).to.equal(false);

      const theirs = { version: 'host-page-leaflet', map: () => 'theirs' };
      w.L = theirs;
      try {
        await readyMap(html`<sister-city-map loading="eager" region="asia"></sister-city-map>`);
        expect(w.L).to.equal(theirs);
      } finally {
        delete w.L;
      }
    });

    it('requests nothing outside the page origin', async () => {
      await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const foreign = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new URL(name).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    });
  });

  describe('drawing', () => {
    it('marks all its text with the language it is written in, on a page that says another', async () => {
      const { restore } = captureWarnings(); // the unsupported language is named once
      try {
        const wrap = await fixture<HTMLElement>(html`<div lang="ms-x-map"><sister-city-map loading="eager"></sister-city-map></div>`);
        const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
        await whenReady(el);
        expect(textNotMarked(el.shadowRoot!, 'id')).to.deep.equal([]);
      } finally {
        restore();
      }
    });

    it('draws Jakarta, a named marker and an arc for every partner', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const located = data.partners.filter((p) => p.lat !== null && p.lon !== null);
      expect(located).to.have.length(23);
      expect(markers(el)).to.have.length(located.length);
      expect(arcs(el)).to.have.length(located.length);
      expect(new Set(arcs(el).map((a) => a.dataset.id))).to.deep.equal(new Set(located.map((p) => p.id)));
      // Each marker is a focusable button named after its city (no image files).
      for (const m of markers(el)) {
        const p = byId(m.dataset.id!);
        expect(m.getAttribute('role')).to.equal('button');
        expect(m.tabIndex).to.equal(0);
        expect(text(m)).to.equal(p.name.en);
        expectSame(m.querySelector('img'), null);
      }
      expect(text(root(el).querySelector('.marker--home'))).to.equal(data.city.name.en);
      expect(root(el).querySelectorAll('img')).to.have.length(0);
      // Every partner is within the map box of the initial view.
      for (const m of markers(el)) expect(inside(centerOf(m), stage(el)), m.dataset.id).to.equal(true);
    });

    it('runs the Los Angeles and Arkansas arcs east across the Pacific, ending at their markers', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const jakarta = centerOf(root(el).querySelector('.marker--home')!);
      for (const id of ['los-angeles', 'arkansas']) {
        const path = arcs(el).find((a) => a.dataset.id === id)!;
        const parts = pathPoints(path);
        expect(parts, `${id}: one unbroken line`).to.have.length(1);
        const points = parts[0];
        const end = centerOf(marker(el, id));
        expect(points[0].x).to.be.closeTo(jakarta.x, 1.5);
        expect(points[0].y).to.be.closeTo(jakarta.y, 1.5);
        expect(points[points.length - 1].x).to.be.closeTo(end.x, 1.5);
        expect(points[points.length - 1].y).to.be.closeTo(end.y, 1.5);
        // Eastward all the way (never back through Europe and Africa), in small steps.
        const width = stage(el).clientWidth;
        for (let i = 1; i < points.length; i++) {
          expect(points[i].x - points[i - 1].x).to.be.within(0, width / 12);
        }
        expect(end.x).to.be.greaterThan(jakarta.x);
      }
      // Europe lies west of Jakarta.
      expect(centerOf(marker(el, 'rotterdam')).x).to.be.lessThan(jakarta.x);
    });

    it('tints the partner countries on both copies of the world', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const countries = new Set(data.partners.map((p) => p.country.code));
      expect(countries.size).to.equal(20);
      expect(root(el).querySelectorAll('path.land--partner')).to.have.length(countries.size * 2);
      expect(root(el).querySelectorAll('path.land').length).to.be.greaterThan(300);
    });

    it("draws the countries' borders 0.6 px wide at every zoom, without non-scaling strokes", async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const svg = root(el).querySelector<SVGSVGElement>('svg.basemap')!;
      const path = svg.querySelector<SVGPathElement>('path.land')!;
      // The stroke is in the basemap's units; on screen it is that times the overlay's scale.
      const onScreen = () => parseFloat(getComputedStyle(path).strokeWidth) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);
      expect(getComputedStyle(path).vectorEffect).to.equal('none');
      expect(onScreen()).to.be.closeTo(0.6, 0.01);
      const width = svg.getBoundingClientRect().width;
      root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
      await waitUntil(() => svg.getBoundingClientRect().width > width * 1.9, 'the basemap did not zoom in', { timeout: 4000 });
      await waitUntil(() => Math.abs(onScreen() - 0.6) < 0.01, `borders ${onScreen()} px wide after zooming in`, { timeout: 4000 });
    });

    it('draws the arcs and leaders in one SVG over the basemap, projected once: 1.5 px wide (arcs 3 px selected) and ending on their markers at every zoom', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      const svg = root(el).querySelector<SVGSVGElement>('svg.lines')!;
      expect(svg.closest('.leaflet-overlay-pane') !== null, 'in the overlay pane, above a tiles map').to.equal(true);
      const scale = () => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const onScreen = (path: SVGPathElement) => parseFloat(getComputedStyle(path).strokeWidth) * scale();
      expect(arcs(el).every((a) => a.ownerSVGElement === svg)).to.equal(true);
      const leaders = [...root(el).querySelectorAll<SVGPathElement>('path.leader')];
      expect(leaders.length, 'Europe’s close cities are spread at the first view, with leaders').to.be.greaterThan(0);
      expect(leaders.every((l) => l.ownerSVGElement === svg && l.parentElement === svg.lastElementChild), 'leaders over the arcs').to.equal(true);
      expect(onScreen(leaders[0])).to.be.closeTo(1.5, 0.01);
      const la = () => arcs(el).find((a) => a.dataset.id === 'los-angeles')!;
      const endsOnMarker = () => {
        const points = pathPoints(la())[0];
        return distance(points[points.length - 1], centerOf(marker(el, 'los-angeles')));
      };
      expect(getComputedStyle(la()).vectorEffect).to.equal('none');
      expect(onScreen(la())).to.be.closeTo(1.5, 0.01);
      expect(endsOnMarker()).to.be.below(1.5);
      const d = la().getAttribute('d');

      const width = svg.getBoundingClientRect().width;
      root(el).querySelector<HTMLButtonElement>('.controls button')!.click();
      await waitUntil(() => svg.getBoundingClientRect().width > width * 1.9, 'the arcs did not zoom in', { timeout: 4000 });
      await waitUntil(() => Math.abs(onScreen(la()) - 1.5) < 0.01, `arcs ${onScreen(la())} px wide after zooming in`, { timeout: 4000 });
      await waitUntil(() => endsOnMarker() < 1.5, `the arc ends ${endsOnMarker()} px from its marker after zooming in`, { timeout: 4000 });
      expect(la().getAttribute('d'), 'the same path data: scaled, not projected again').to.equal(d);

      el.selected = 'los-angeles';
      await el.updateComplete;
      expect(la().classList.contains('arc--selected')).to.equal(true);
      expect(onScreen(la())).to.be.closeTo(3, 0.01);
      expectSame(la().parentElement!.lastElementChild, la(), 'the selected arc is drawn over the others');
    });

    it('draws the lines where Leaflet projects for a home city west of Greenwich too (the worlds then span -540° to 180°)', async () => {
      const own = structuredClone(data);
      own.city = { ...own.city, lat: -12.05, lon: -77.04 }; // Lima
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" .data=${own}></sister-city-map>`);
      const home = centerOf(root(el).querySelector('.marker--home')!);
      expect(arcs(el)).to.have.length(markers(el).length);
      for (const arc of arcs(el)) {
        const points = pathPoints(arc)[0];
        const id = arc.dataset.id!;
        expect(distance(points[0], home), `${id}: starts at Lima`).to.be.below(1.5);
        expect(distance(points[points.length - 1], placeOf(el, id)), `${id}: ends at its place`).to.be.below(1.5);
      }
    });

    it('draws the build-time basemap where Leaflet projects: inland partners sit on their own tinted country, on the right copy of the world', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const svg = root(el).querySelector<SVGSVGElement>('svg.basemap.leaflet-image-layer')!;
      const copies = [...svg.children];
      expect(copies).to.have.length(2);
      const paths = [...svg.querySelectorAll<SVGPathElement>('path.land')];
      const codeOf = (path: SVGPathElement) => basemapData.countries[[...path.parentElement!.children].indexOf(path)][0];
      // Arkansas (-92°) is drawn at +268°, on the second world, east of Jakarta.
      const cases: [string, number][] = [['islamabad', 0], ['berlin', 0], ['moscow', 0], ['budapest', 0], ['beijing', 0], ['arkansas', 1]];
      // A marker closer than 44 px to another is spread aside, with a leader line from its real place.
      for (const [id, copy] of cases) {
        const { x, y } = placeOf(el, id);
        const hits = paths.filter((path) => path.isPointInFill(new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!.inverse())));
        expect(hits.map(codeOf), `${id}: country under its marker`).to.deep.equal([byId(id).country.code]);
        expect(hits[0].classList.contains('land--partner'), `${id}: tinted`).to.equal(true);
        expect(hits[0].parentElement, `${id}: copy of the world`).to.equal(copies[copy]);
      }
    });

    it('fits the view to the partners of a region, and re-fits when the region changes', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" region="europe"></sister-city-map>`);
      const europe = filterByRegion(data.partners, 'europe');
      expect(markers(el).map((m) => m.dataset.id).sort()).to.deep.equal(europe.map((p) => p.id).sort());
      expect(text(root(el).querySelector('.summary'))).to.equal(
        `Europe: ${europe.length} partners in ${new Set(europe.map((p) => p.country.code)).size} countries`,
      );
      const spread = () => {
        const xs = markers(el).map((m) => centerOf(m).x);
        return Math.max(...xs) - Math.min(...xs);
      };
      const europeSpread = spread();
      for (const m of markers(el)) expect(inside(centerOf(m), stage(el))).to.equal(true);

      el.region = 'americas';
      await untilMarkers(el, filterByRegion(data.partners, 'americas').length);
      await waitUntil(() => markers(el).every((m) => inside(centerOf(m), stage(el))), 'americas not in view');
      expect(markers(el).map((m) => m.dataset.id).sort()).to.deep.equal(['arkansas', 'los-angeles']);
      expect(spread()).to.be.greaterThan(0);
      expect(europeSpread).to.be.greaterThan(0);
      expect(text(root(el).querySelector('.summary'))).to.equal('Americas: 2 partners in 1 country');
    });

    it('says that a region has no partners (a data file without them), rather than "0 partners in 0 countries"', async () => {
      const own = structuredClone(data);
      own.partners = own.partners.filter((p) => p.region !== 'oceania');
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" region="oceania" .data=${own}></sister-city-map>`);
      expect(markers(el)).to.have.length(0);
      expect(text(root(el).querySelector('.summary'))).to.equal('Oceania: no partners');
      el.lang = 'id';
      await el.updateComplete;
      expect(text(root(el).querySelector('.summary'))).to.equal('Oseania: tidak ada mitra');
    });

    it('warns once about an unknown region and shows every partner', async () => {
      const { warnings, restore } = captureWarnings();
      let el: SisterCityMap;
      try {
        el = await readyMap(html`<sister-city-map loading="eager" region="antarctica"></sister-city-map>`);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(markers(el)).to.have.length(23);
      expect(ours(warnings)).to.have.length(1);
      expect(ours(warnings)[0]).to.contain('antarctica').and.contain('all');
    });

    it('keeps the marker names in the reader’s language', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
      expect(text(marker(el, 'jerusalem'))).to.equal(byId('jerusalem').name.en);
      el.lang = 'id';
      await waitUntil(() => text(marker(el, 'jerusalem')) === byId('jerusalem').name.id, 'names not switched');
      expect(text(root(el).querySelector('.title'))).to.equal(mapStrings.id.heading(data.city.name.id));
      expect(container(el).getAttribute('aria-label')).to.equal(mapStrings.id.mapLabel(data.city.name.id));
    });

    it('keeps keyboard focus on the marker it was on when the language changes', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="id"></sister-city-map>`);
      marker(el, 'paris').focus();
      el.lang = 'en';
      await waitUntil(() => text(marker(el, 'jerusalem')) === byId('jerusalem').name.en, 'names not switched');
      // The markers were drawn again: focus is on the new Paris marker, not lost to the page's body.
      // (Compared as values: chai's message for two unequal DOM nodes takes minutes to write.)
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id ?? 'nothing').to.equal('paris');
      expect(root(el).activeElement === marker(el, 'paris')).to.equal(true);
    });

    it('takes the language of the place it is moved to', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><section lang="en"><sister-city-map loading="eager"></sister-city-map></section><section lang="id"></section></div>`,
      );
      const el = page.querySelector<SisterCityMap>('sister-city-map')!;
      await whenReady(el);
      expect(text(marker(el, 'jerusalem'))).to.equal(byId('jerusalem').name.en);
      page.querySelector('section[lang="id"]')!.append(el);
      await waitUntil(() => text(marker(el, 'jerusalem')) === byId('jerusalem').name.id, 'the moved map kept its old language');
      expect(text(root(el).querySelector('.title'))).to.equal(mapStrings.id.heading(data.city.name.id));
    });
  });

  describe('selection and the detail panel', () => {
    it('selects a partner on click: event, highlight, panel from the data, status message', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" region="europe"></sister-city-map>`);
      const target = marker(el, 'rotterdam');
      const { x, y } = centerOf(target);
      const event = oneEvent(el, 'sister-city-select');
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      const { detail } = await event;
      expect(detail).to.deep.equal({ id: 'rotterdam' });
      await el.updateComplete;
      expect(el.selected).to.equal('rotterdam');
      expect(el.getAttribute('selected')).to.equal('rotterdam');
      expect(marker(el, 'rotterdam').getAttribute('aria-current')).to.equal('true');
      expect(marker(el, 'rotterdam').classList.contains('marker--selected')).to.equal(true);
      expect(arcs(el).find((a) => a.dataset.id === 'rotterdam')!.classList.contains('arc--selected')).to.equal(true);
      expect(markers(el).filter((m) => m.hasAttribute('aria-current'))).to.have.length(1);

      const p = byId('rotterdam');
      const box = panel(el)!;
      const core = coreStrings.en;
      expect(text(box.querySelector('.panel__title'))).to.equal(p.name.en);
      const facts = text(box.querySelector('.facts'));
      expect(facts).to.contain(p.country.name.en);
      expect(facts).to.contain(partnerStrings.en[`kind_${p.kind}`]);
      expect(facts).to.contain(formatYear(p.since!, 'en'));
      expect(facts).to.contain(partnerStrings.en[`confidence_${p.confidence}`]);
      const programs = programsOfPartner('rotterdam', data);
      expect(programs.length).to.be.greaterThan(0);
      for (const pr of programs) expect(text(box)).to.contain(pr.title.en);
      const links = [...box.querySelectorAll('a')];
      const sources = sourcesOf(p, data);
      const located = sourcesOf({ sources: p.locationSources ?? [] }, data);
      expect(located).to.have.length(1);
      expect(links).to.have.length([...sources, ...located].filter((s) => safeUrl(s.url)).length);
      for (const a of links) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
        expect(text(a)).to.contain(core.opensInNewTab);
      }
      for (const s of sources) {
        expect(text(box)).to.contain(publisherOf(s, 'en'));
        if (s.date) expect(text(box)).to.contain(fold(formatDate(s.date, 'en')));
      }
      // The source of the point on the map is listed apart, under its own heading.
      expect(text(box)).to.contain(overlayStrings.en.locationSources);
      expect(text(box)).to.contain(publisherOf(located[0], 'en'));
      // Focus moved into the panel; a polite status names the choice.
      expectSame(root(el).activeElement, box.querySelector('.panel__title'));
      const status = root(el).querySelector('[role="status"]')!;
      expect(text(status)).to.equal(mapStrings.en.announceSelected(p.name.en, p.country.name.en));
    });

    it("heads a partner's notes \"Note\" for one, \"Notes\" for more", async () => {
      const many = data.partners.find((p) => (p.notes?.length ?? 0) > 1)!;
      const one = data.partners.find((p) => p.notes?.length === 1)!;
      const headings = (el: SisterCityMap) => [...root(el).querySelectorAll('.panel__section')].map((h) => text(h));
      for (const [p, title] of [[many, 'Notes'], [one, 'Note']] as const) {
        const el = await readyMap(html`<sister-city-map loading="eager" lang="en" selected=${p.id} open></sister-city-map>`);
        expect(headings(el), p.id).to.include(title);
        expect(headings(el), p.id).to.not.include(title === 'Notes' ? 'Note' : 'Notes');
        el.remove();
      }
    });

    it('opens the panel for the selected attribute without firing the event, and closes it', async () => {
      let fired = 0;
      const el = await readyMap(html`<sister-city-map loading="eager" lang="id" selected="istanbul" open></sister-city-map>`);
      el.addEventListener('sister-city-select', () => fired++);
      const p = byId('istanbul');
      expect(p.since).to.equal(null);
      expect(text(panel(el)!.querySelector('.panel__title'))).to.equal(p.name.id);
      expect(text(panel(el))).to.contain(partnerStrings.id.yearUnknown);
      for (const n of notesOf(p, data)) expect(text(panel(el))).to.contain(fold(n.text.id));
      expect(marker(el, 'istanbul').getAttribute('aria-current')).to.equal('true');

      el.setAttribute('selected', 'jeju');
      await el.updateComplete;
      expect(text(panel(el)!.querySelector('.panel__title'))).to.equal(byId('jeju').name.id);
      for (const pr of programsOfPartner('jeju', data)) expect(text(panel(el))).to.contain(pr.title.id);
      expect(text(root(el).querySelector('[role="status"]'))).to.equal(
        mapStrings.id.announceSelected(byId('jeju').name.id, byId('jeju').country.name.id),
      );

      el.region = 'europe';
      await el.updateComplete;
      expect(text(panel(el))).to.contain(overlayStrings.id.notOnMap(partnerStrings.id.region_europe));
      el.region = 'all';
      await el.updateComplete;
      expect(text(panel(el))).to.not.contain(overlayStrings.id.notOnMap(partnerStrings.id.region_europe));

      root(el).querySelector<HTMLButtonElement>('.panel__close')!.click();
      await el.updateComplete;
      expectSame(panel(el), null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(markers(el).some((m) => m.hasAttribute('aria-current'))).to.equal(false);
      expectSame(root(el).activeElement, marker(el, 'jeju'));
      expect(fired).to.equal(0);
    });

    it('takes a heading of only spaces as none: its own heading, never an empty one', async () => {
      const el = await fixture<SisterCityMap>(html`<sister-city-map lang="en" heading="  "></sister-city-map>`);
      await waitUntil(() => root(el).querySelector('.title'), 'no heading');
      expect(text(root(el).querySelector('.title'))).to.equal(mapStrings.en.heading(data.city.name.en));
    });

    it('wraps a heading with a word longer than a line (German compounds, an address) inside its box at 288 px', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="width: 288px"><sister-city-map lang="en" heading="Städtepartnerschaftsvereinbarungen-Jakarta"></sister-city-map></div>`,
      );
      const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
      await waitUntil(() => root(el).querySelector('.title'), 'no heading');
      const title = root(el).querySelector('.title')!;
      expect(title.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      expect(title.getBoundingClientRect().height, 'one line').to.be.greaterThan(40);
      expect(wrap.scrollWidth).to.equal(288);
    });

    it('uses real headings through the shared rule: title at heading-level, panel one below, sections two below', async () => {
      const el = await readyMap(
        html`<sister-city-map loading="eager" lang="en" heading-level="4" selected="jeju" open></sister-city-map>`,
      );
      expect(root(el).querySelector('#title')!.localName).to.equal('h4');
      expect(root(el).querySelector('.panel__title')!.localName).to.equal('h5');
      expect(root(el).querySelector('.panel__section')!.localName).to.equal('h6');
      expectSame(root(el).querySelector('[role="heading"]'), null);
      // Below h6, no h6 again (the sections would be siblings of the title): aria-level.
      el.headingLevel = 6;
      await el.updateComplete;
      expect(root(el).querySelector('#title')!.localName).to.equal('h6');
      const title = root(el).querySelector('.panel__title')!;
      expect([title.localName, title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['div', 'heading', '7']);
      const sections = [...root(el).querySelectorAll('.panel__section')];
      expect(sections.length).to.be.greaterThan(0);
      for (const section of sections) expect(section.getAttribute('aria-level')).to.equal('8');
      el.headingLevel = 4;
      await el.updateComplete;

      const { warnings, restore } = captureWarnings();
      try {
        const bad = await readyMap(html`<sister-city-map loading="eager" lang="en" heading-level="1"></sister-city-map>`);
        expect(root(bad).querySelector('#title')!.localName).to.equal('h2');
        bad.requestUpdate();
        await bad.updateComplete;
        expect(ours(warnings).filter((w) => w.includes('heading-level'))).to.have.length(1);
      } finally {
        restore();
      }
    });

    it('warns once about an unknown selected id and selects nothing', async () => {
      const { warnings, restore } = captureWarnings();
      let el: SisterCityMap;
      try {
        el = await readyMap(html`<sister-city-map loading="eager" selected="atlantis"></sister-city-map>`);
      } finally {
        restore();
      }
      expectSame(panel(el), null);
      expect(markers(el)).to.have.length(23);
      expect(markers(el).some((m) => m.hasAttribute('aria-current'))).to.equal(false);
      expect(ours(warnings)).to.have.length(1);
      expect(ours(warnings)[0]).to.contain('atlantis');
    });

    it('keeps the selected marker clear of the panel', async () => {
      const el = await readyMap(
        html`<sister-city-map loading="eager" region="americas" selected="arkansas" open></sister-city-map>`,
      );
      await waitUntil(() => {
        const m = centerOf(marker(el, 'arkansas'));
        return inside(m, stage(el)) && !inside(m, panel(el)!, 8);
      }, 'marker hidden under the panel');
    });
  });

  describe('table view', () => {
    it('swaps the map for the list, which agrees with the data, and back', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" region="asia" selected="seoul"></sister-city-map>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(text(toggle)).to.equal(mapStrings.en.showTable);
      const width = toggle.getBoundingClientRect().width;
      // Named by its text only (its other texts, kept for its width, are not read).
      el.id = 'toggle-map';
      type Node = { role: string; name?: string; children?: Node[] };
      const buttons = (n: Node): Node[] => [...(n.role === 'button' ? [n] : []), ...(n.children ?? []).flatMap(buttons)];
      const names = async () => buttons((await a11ySnapshot({ selector: '#toggle-map' })) as unknown as Node).map((n) => n.name);
      expect(await names()).to.include(mapStrings.en.showTable);
      toggle.click();
      await el.updateComplete;
      expect(stage(el).hidden).to.equal(true);
      expect(text(toggle)).to.equal(mapStrings.en.showMap);
      expect(await names()).to.include(mapStrings.en.showMap);
      expect(toggle.getBoundingClientRect().width, 'the toggle changed width').to.equal(width);
      const list = root(el).querySelector('sister-city-list')!;
      expect(list.hasAttribute('no-controls')).to.equal(true);
      expect(list.getAttribute('lang')).to.equal('en');
      await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'table not rendered');
      const rows = [...list.shadowRoot!.querySelectorAll('tbody tr[part="row"]')];
      const asia = filterByRegion(data.partners, 'asia');
      expect(rows).to.have.length(asia.length);
      expect(new Set(rows.map((r) => text(r.querySelector('th'))))).to.deep.equal(new Set(asia.map((p) => p.name.en)));
      expect(rows.filter((r) => r.getAttribute('aria-current') === 'true').map((r) => text(r.querySelector('th')))).to.deep.equal([
        'Seoul',
      ]);
      toggle.click();
      await el.updateComplete;
      expect(stage(el).hidden).to.equal(false);
      expect(markers(el)).to.have.length(asia.length);
    });

    it('shows the dataset set as el.data, as the map does, not the bundled one', async () => {
      const own = withAtlantis();
      const el = await readyMap(html`<sister-city-map loading="eager" lang="en" region="asia" .data=${own}></sister-city-map>`);
      const asia = filterByRegion(own.partners, 'asia');
      expect(asia.map((p) => p.id)).to.include('atlantis');
      expect(markers(el).map((m) => m.dataset.id).sort()).to.deep.equal(asia.map((p) => p.id).sort());
      root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await el.updateComplete;
      const names = await tableNames(el, asia.length);
      expect(names).to.include('Atlantis');
      expect(new Set(names)).to.deep.equal(new Set(asia.map((p) => p.name.en)));
      expect(root(el).querySelector('sister-city-list')!.shadowRoot!.textContent).to.contain(`${asia.length}`);
    });

    it('shows el.data in the table that stands in the map’s box when the map’s files cannot load', async () => {
      const own = withAtlantis();
      // Far below the screen: the map is not loading when its files are made to fail.
      const wrap = await fixture<HTMLElement>(html`<div>
        <div style="height: 4000px"></div>
        <sister-city-map lang="en" .data=${own}></sister-city-map>
      </div>`);
      const el = wrap.querySelector<SisterCityMap>('sister-city-map')!;
      await waitUntil(() => root(el).querySelector('[part="toggle"]'), 'data not ready');
      const lifecycle = (el as unknown as { map: { status: string; fail(error: unknown): void } }).map;
      expect(lifecycle.status).to.equal('waiting');
      const { restore } = captureWarnings();
      try {
        lifecycle.fail(new TypeError('Failed to fetch dynamically imported module: /leaflet.js'));
        await el.updateComplete;
      } finally {
        restore();
      }
      expect(root(el).querySelector('.placeholder--table sister-city-list')).to.not.equal(null);
      const names = await tableNames(el, own.partners.length);
      expect(names).to.include('Atlantis');
      expect(names).to.have.length(24);
      // The table scrolls inside the map's box, by keyboard too: from its first sort button (a Tab
      // stop), the arrow keys scroll the box; and axe finds nothing in this state.
      el.scrollIntoView();
      try {
        const box = root(el).querySelector<HTMLElement>('.placeholder--table')!;
        expect(box.scrollHeight, 'the table is taller than the box').to.be.greaterThan(box.clientHeight);
        const list = root(el).querySelector('sister-city-list')!;
        list.shadowRoot!.querySelector<HTMLElement>('thead button')!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => box.scrollTop > 0, 'the arrow keys did not scroll the box');
        expect(await axeViolations(el)).to.deep.equal([]);
      } finally {
        // The next tests place their maps below the first screen of a page scrolled to its top.
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      }
    });

    it('shows the table before Leaflet is loaded (the map off-screen)', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><div class="spacer"></div><sister-city-map lang="en"></sister-city-map></div>`,
      );
      wrap.querySelector<HTMLElement>('.spacer')!.style.height = '4000px';
      const el = wrap.querySelector('sister-city-map')!;
      await el.updateComplete;
      await frames(3);
      // Reserved at its final size, with a placeholder, and no map yet.
      expect(stage(el).getBoundingClientRect().height).to.equal(480);
      expect(root(el).querySelector('[part="placeholder"]')).to.not.equal(null);
      expectSame(root(el).querySelector('.leaflet-container'), null);
      expect(text(root(el).querySelector('.title'))).to.equal(mapStrings.en.heading(data.city.name.en));
      expect(text(root(el).querySelector('.summary'))).to.equal('23 partners in 20 countries');
      root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await el.updateComplete;
      const list = root(el).querySelector('sister-city-list')!;
      await waitUntil(() => list.shadowRoot?.querySelectorAll('tbody tr').length === 23, 'table not rendered');
      expectSame(root(el).querySelector('.leaflet-container'), null);
    });
  });

  describe('bad input', () => {
    it('skips partners without valid coordinates with one warning (the file’s); the table still lists them', async () => {
      const { warnings, restore } = captureWarnings();
      let el: SisterCityMap;
      try {
        el = await fixture<SisterCityMap>(html`<sister-city-map loading="eager" lang="en" src=${BAD_COORDS}></sister-city-map>`);
        await whenReady(el);
      } finally {
        restore();
      }
      expect(markers(el).map((m) => m.dataset.id).sort()).to.deep.equal(['lima', 'oslo', 'seattle']);
      expect(arcs(el)).to.have.length(3);
      const mine = ours(warnings);
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('sister-city-map-bad-coords.json: 2 problems');
      expect(mine[0]).to.match(/partner #\d+ \(nowhere\), lat: lat\/lon missing \(the map leaves the partner out/);
      expect(mine[0]).to.match(/partner #\d+ \(offmap\), lat: must be a number from -90 to 90 \(found 123.4\)/);
      // Five partners, three on the map: the summary says where the other two are.
      expect(text(root(el).querySelector('.summary'))).to.equal('5 partners in 5 countries, 2 of them without usable coordinates, in the table only');
      el.lang = 'id';
      await el.updateComplete;
      expect(text(root(el).querySelector('.summary'))).to.equal('5 mitra di 5 negara, 2 di antaranya tanpa koordinat yang dapat dipakai, hanya di tabel');
      el.lang = 'en';
      await el.updateComplete;
      // Seattle is drawn east of the home city, across the Pacific.
      expect(centerOf(marker(el, 'seattle')).x).to.be.greaterThan(centerOf(root(el).querySelector('.marker--home')!).x);

      el.selected = 'nowhere';
      el.open = true;
      await el.updateComplete;
      expect(text(panel(el))).to.contain(overlayStrings.en.noLocation);

      root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await el.updateComplete;
      const list = root(el).querySelector('sister-city-list')!;
      await waitUntil(() => list.shadowRoot?.querySelectorAll('tbody tr').length === 5, 'table lacks the partners');
    });

    it('shows the localized error for a broken src (debug), at the reserved size, without throwing', async () => {
      const { warnings, restore } = captureWarnings();
      let el: SisterCityMap;
      try {
        el = await fixture<SisterCityMap>(
          html`<sister-city-map debug loading="eager" lang="id" src="/test/fixtures/missing.json"></sister-city-map>`,
        );
        await waitUntil(() => root(el).querySelector('.state--error'), 'no error state', { timeout: 4000 });
      } finally {
        restore();
      }
      expect(text(root(el).querySelector('.state--error'))).to.contain(coreStrings.id.errorTitle);
      expect(stage(el).getBoundingClientRect().height).to.equal(480);
      expectSame(root(el).querySelector('.leaflet-container'), null);
      expect(ours(warnings)).to.have.length(1);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    for (const [tiles, why] of [
      ['javascript:alert(1)//{z}/{x}/{y}', 'only https: and http: URL templates are allowed'],
      ['https://t.example/{z}/{x}/{y}{foo}.png', 'unknown placeholder {foo} (only {s}, {z}, {x}, {y}, {-y} and {r})'],
    ]) {
      it(`refuses the tiles template ${tiles} (${why.split(' (')[0]}), and keeps the vector basemap`, async () => {
        const { warnings, restore } = captureWarnings();
        let el: SisterCityMap;
        try {
          el = await fixture<SisterCityMap>(html`<sister-city-map loading="eager" attribution="Evil tiles"></sister-city-map>`);
          el.tiles = tiles;
          await whenReady(el);
          el.requestUpdate();
          await el.updateComplete;
        } finally {
          restore();
        }
        expect(ours(warnings)).to.deep.equal([`${TAG}: tiles "${tiles}" refused: ${why}; showing the built-in basemap.`]);
        expect((el as unknown as { map: { status: string } }).map.status).to.equal('ready');
        expect(markers(el)).to.have.length(23);
        expect(root(el).querySelectorAll('.leaflet-tile')).to.have.length(0);
        expect(root(el).querySelectorAll('path.land').length).to.be.greaterThan(0);
        expect(text(root(el).querySelector('.attribution'))).to.not.contain('Evil tiles');
      });
    }

    it('accepts every placeholder Leaflet fills ({s}, {z}, {x}, {y}, {-y}, {r})', async () => {
      const { warnings, restore } = captureWarnings();
      let el: SisterCityMap;
      try {
        el = await fixture<SisterCityMap>(html`<sister-city-map loading="eager"></sister-city-map>`);
        el.tiles = `${TILE}?{s}/{z}/{x}/{y}/{-y}{r}`;
        await whenReady(el);
        await waitUntil(() => root(el).querySelectorAll('img.leaflet-tile-loaded').length > 0, 'no tile loaded');
      } finally {
        restore();
      }
      expect(ours(warnings)).to.deep.equal([]);
      const src = new URL(root(el).querySelector<HTMLImageElement>('img.leaflet-tile')!.src);
      expect(src.pathname).to.equal(TILE);
      expect(decodeURIComponent(src.search)).to.match(/^\?[abc]\/\d+\/\d+\/\d+\/\d+(@2x)?$/);
    });

    it('removes the half-made Leaflet map when creating the map throws', async () => {
      const { basemap, createMapView, loadLeaflet } = await import('../../src/sister-city-map/map-runtime.js');
      const L = await loadLeaflet();
      const box = await fixture<HTMLElement>(html`<div style="position: relative; width: 400px; height: 300px"></div>`);
      const options = {
        container: box,
        basemap,
        bounds: [
          [-10, 100],
          [40, 140],
        ] as Bounds,
        insets: () => ({ right: 0, bottom: 0 }),
        homeLon: data.city.lon,
        reducedMotion: true,
        dragging: true,
        onSelect: () => undefined,
      };
      // Leaflet's Util.template throws for the first tile, inside the tile layer's addTo().
      expect(() => createMapView(L, { ...options, tiles: 'https://t.example/{z}/{x}/{y}{foo}.png' })).to.throw(/foo/);
      expect((box as unknown as { _leaflet_id?: number })._leaflet_id, 'Leaflet still owns the box').to.equal(undefined);
      expect(box.children).to.have.length(0);
      // The same box takes a new map (Leaflet refuses a box that still has one).
      const view = createMapView(L, options);
      expect(box.querySelectorAll('.leaflet-map-pane')).to.have.length(1);
      view.destroy();
    });
  });

  describe('raster tiles', () => {
    it('draws tiles over the basemap with an origin referrer and the attribution as text', async () => {
      const el = await fixture<SisterCityMap>(html`<sister-city-map loading="eager"></sister-city-map>`);
      el.tiles = `${TILE}?{z}/{x}/{y}`;
      el.attribution = '<b>© Test tiles</b>';
      await whenReady(el);
      await waitUntil(() => root(el).querySelectorAll('img.leaflet-tile-loaded').length > 0, 'no tile loaded');
      const tiles = [...root(el).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      for (const t of tiles) expect(t.referrerPolicy).to.equal('strict-origin-when-cross-origin');
      expect(new URL(tiles[0].src).pathname).to.equal(TILE);
      const credit = root(el).querySelector('.attribution')!;
      expect(text(credit)).to.contain('<b>© Test tiles</b>');
      expectSame(credit.querySelector('b'), null);
      expect(root(el).querySelectorAll('path.land').length).to.be.greaterThan(0);
    });

    it('keeps the vector basemap visible where tiles fail', async () => {
      const el = await fixture<SisterCityMap>(html`<sister-city-map loading="eager"></sister-city-map>`);
      el.tiles = '/test/fixtures/sister-city-map-no-such-tile.png?{z}/{x}/{y}';
      await whenReady(el);
      await waitUntil(() => root(el).querySelectorAll('img.tile--failed').length > 0, 'no tile error');
      const failed = root(el).querySelector('img.tile--failed')!;
      expect(getComputedStyle(failed).visibility).to.equal('hidden');
      const land = root(el).querySelector('path.land')!;
      expect(getComputedStyle(land).visibility).to.equal('visible');
      expect(markers(el)).to.have.length(23);
    });
  });

  describe('styles inside the shadow root', () => {
    it('adopts Leaflet’s CSS without relative image urls', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager"></sister-city-map>`);
      const pane = root(el).querySelector('.leaflet-map-pane')!;
      expect(getComputedStyle(pane).position).to.equal('absolute');
      const adopted = root(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join('\n');
      expect(adopted).to.contain('.leaflet-map-pane');
      expect(adopted).to.not.contain('url(images/');
      expect(leafletCss).to.not.match(/url\(/);
    });

    it('is not changed by host CSS (img max-width, html font-size 62.5%)', async () => {
      const el = await readyMap(html`<sister-city-map loading="eager" selected="seoul" open></sister-city-map>`);
      const measure = () => ({
        font: getComputedStyle(container(el)).fontSize,
        control: root(el).querySelector('.controls button')!.getBoundingClientRect().height,
        marker: marker(el, 'tokyo').getBoundingClientRect().width,
        title: getComputedStyle(panel(el)!.querySelector('.panel__title')!).fontSize,
        attribution: getComputedStyle(root(el).querySelector('.attribution')!).fontSize,
      });
      const before = measure();
      const style = document.createElement('style');
      style.textContent = 'img { max-width: 100% !important; height: auto !important } html { font-size: 62.5% }';
      document.head.append(style);
      try {
        await frames(2);
        expect(measure()).to.deep.equal(before);
        expect(before.font).to.equal('16px');
      } finally {
        style.remove();
      }
    });

    it('paints below a sticky header of the host page', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <header class="sticky">Site header</header>
        <div class="gap"></div>
        <sister-city-map loading="eager"></sister-city-map>
        <div class="gap"></div>
      </div>`);
      const header = wrap.querySelector<HTMLElement>('header')!;
      Object.assign(header.style, { position: 'sticky', top: '0', zIndex: '10', height: '80px', background: '#fff' });
      wrap.querySelectorAll<HTMLElement>('.gap').forEach((g) => (g.style.height = '1200px'));
      const el = wrap.querySelector('sister-city-map')!;
      await whenReady(el);
      try {
        // Before scrolling, the marker itself is what the pointer hits.
        const tokyo = marker(el, 'tokyo');
        let c = centerOf(tokyo);
        window.scrollBy(0, c.y - 300);
        await frames(2);
        c = centerOf(tokyo);
        expectSame(document.elementFromPoint(c.x, c.y), el);
        expectSame(root(el).elementFromPoint(c.x, c.y)?.closest('.marker'), tokyo);
        // Scroll so that the marker (Leaflet z-index 600) passes under the header (z-index 10).
        window.scrollBy(0, c.y - 40);
        await frames(2);
        c = centerOf(tokyo);
        expect(c.y).to.be.closeTo(40, 1);
        expectSame(document.elementFromPoint(c.x, c.y), header);
      } finally {
        window.scrollTo(0, 0);
      }
    });
  });

  describe('size', () => {
    it('honours height and aspect-ratio, and warns about a bad value', async () => {
      const tall = await readyMap(html`<sister-city-map loading="eager" height="300px"></sister-city-map>`);
      expect(stage(tall).getBoundingClientRect().height).to.equal(300);
      const wide = await readyMap(html`<sister-city-map loading="eager" aspect-ratio="2/1"></sister-city-map>`);
      const r = stage(wide).getBoundingClientRect();
      expect(r.height).to.be.closeTo(r.width / 2, 1);
      const { warnings, restore } = captureWarnings();
      try {
        const bad = await fixture<SisterCityMap>(html`<sister-city-map loading="eager" height="tall"></sister-city-map>`);
        expect(stage(bad).getBoundingClientRect().height).to.equal(480);
      } finally {
        restore();
      }
      expect(ours(warnings)).to.have.length(1);
    });

    it('never writes a style attribute (a strict style-src blocks them); sizes go through the CSSOM', async () => {
      const written: string[] = [];
      const setAttribute = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (name.toLowerCase() === 'style') written.push(`${this.localName}.${this.getAttribute('class') ?? ''}`);
        return setAttribute.call(this, name, value);
      };
      let el: SisterCityMap;
      try {
        el = await readyMap(html`<sister-city-map loading="eager" height="360px" selected="paris"></sister-city-map>`);
        el.height = '';
        el.aspectRatio = '3/1';
        await el.updateComplete;
      } finally {
        Element.prototype.setAttribute = setAttribute;
      }
      expect(written).to.deep.equal([]);
      const r = stage(el).getBoundingClientRect();
      expect(r.height).to.be.closeTo(r.width / 3, 1);
    });

    it('works at 320 px wide', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await readyMap(html`<sister-city-map loading="eager" selected="maputo" open></sister-city-map>`);
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const m of markers(el).filter((m) => m.dataset.id !== 'maputo')) {
          expect(inside(centerOf(m), stage(el), 1), m.dataset.id).to.equal(true);
        }
        const box = panel(el)!.getBoundingClientRect();
        const s = stage(el).getBoundingClientRect();
        expect(box.left).to.be.at.least(s.left);
        expect(box.right).to.be.at.most(s.right);
        const credit = root(el).querySelector('.attribution')!.getBoundingClientRect();
        expect(credit.width).to.be.greaterThan(0);
        expect(credit.right).to.be.at.most(s.right + 1);
        expect(await axeViolations(el)).to.deep.equal([]);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('says under its summary what the sources say about the list (rebuilt, "23 countries"); the table view does not repeat it', async () => {
    const el = await readyMap(html`<sister-city-map loading="eager" lang="en"></sister-city-map>`);
    const about = root(el).querySelector<HTMLDetailsElement>('.head details.about')!;
    expect(text(about.querySelector('summary'))).to.equal('Notes on this list (3)');
    expect(root(el).querySelector('.summary')!.compareDocumentPosition(about)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    const metric = data.metrics.find((m) => m.id === 'sister-cities')!;
    expect([...about.querySelectorAll('.about__notes li')].map(text)).to.deep.equal(notesOf(metric, data).map((n) => fold(n.text.en)));
    root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await el.updateComplete;
    const list = root(el).querySelector('sister-city-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('.about'), 'table not rendered');
    expect(getComputedStyle(list.shadowRoot!.querySelector('.about')!).display).to.equal('none');
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['id', 'en'] as Lang[]) {
      for (const theme of ['light', 'dark']) {
        it(`reports nothing: ${lang}, ${theme}, map ready / panel open / table view`, async () => {
          const el = await readyMap(html`<sister-city-map loading="eager" lang=${lang} theme=${theme}></sister-city-map>`);
          expect(await axeViolations(el), 'ready').to.deep.equal([]);
          el.selected = 'rotterdam';
          await el.updateComplete;
          expect(await axeViolations(el), 'highlight').to.deep.equal([]);
          el.open = true;
          await el.updateComplete;
          expect(await axeViolations(el), 'panel').to.deep.equal([]);
          root(el).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
          await el.updateComplete;
          const list = root(el).querySelector('sister-city-list')!;
          await waitUntil(() => list.shadowRoot?.querySelector('tbody tr'), 'table not rendered');
          expect(await axeViolations(el), 'table').to.deep.equal([]);
          // The map is a region named by the heading.
          const frame = root(el).querySelector('[role="region"]')!;
          const name = root(el).getElementById(frame.getAttribute('aria-labelledby')!);
          expect(text(name)).to.equal(mapStrings[lang].heading(data.city.name[lang]));
        });
      }
    }
  });
});
