import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import rawData from '../../data/jakarta-2024.json';
import { fromCsv } from '../../src/check/csv.js';
import { clearDatasetCache } from '../../src/core/dataset.js';
import type { Dataset } from '../../src/core/types.js';
import '../../src/sister-city-list/define.js';
import '../../src/sister-city-map/define.js';
import { readyMap } from '../sister-city-map/map-helpers.js';

const data = rawData as unknown as Dataset;
const ASIA = data.partners.filter((p) => p.region === 'asia');

async function readyList(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const el = await fixture<HTMLElement & { ready: Promise<void> }>(template);
  await el.ready;
  return el;
}

const link = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="download"]');

/**
 * Activates the link as a reader would and returns the file it offers; a
 * listener on the host cancels the download itself (it runs after the link's
 * own handler, which has made the file by then).
 */
async function download(el: HTMLElement): Promise<{ name: string; bytes: Uint8Array; text: string; type: string }> {
  const a = link(el)!;
  const before = a.href;
  const cancel = (e: Event) => e.preventDefault();
  el.addEventListener('click', cancel);
  a.click();
  // The first time, the CSV writer is loaded, then the link activated again.
  await waitUntil(() => a.href !== before && a.href.startsWith('blob:'), 'the link got its file', { timeout: 5000 });
  el.removeEventListener('click', cancel);
  const response = await fetch(a.href);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { name: a.download, bytes, text: new TextDecoder().decode(bytes), type: response.headers.get('content-type') ?? '' };
}

describe('"Unduh data / Download the data"', () => {
  beforeEach(() => clearDatasetCache());

  it('<sister-city-list>: the shown partners as a CSV file that imports back to the same partners', async () => {
    const el = await readyList(html`<sister-city-list region="asia"></sister-city-list>`);
    const a = link(el)!;
    expect(a.textContent!.trim()).to.equal('Unduh data');
    expect(a.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Unduh data (CSV, ${ASIA.length} mitra)`);
    const file = await download(el);
    expect(file.name).to.equal('mitra-kota-kembar-jakarta.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the BOM, for Excel
    const back = fromCsv('partners', file.text);
    expect(back.problems).to.deep.equal([]);
    expect(back.items.map((p) => p.id).sort()).to.deep.equal(ASIA.map((p) => p.id).sort());
    expect(back.items.find((p) => p.id === 'seoul')).to.deep.include({ lat: ASIA.find((p) => p.id === 'seoul')!.lat });
  });

  it('follows the region menu, and a second click makes a fresh file (the first URL revoked)', async () => {
    const el = await readyList(html`<sister-city-list lang="en"></sister-city-list>`);
    const first = await download(el);
    expect(first.name).to.equal('jakarta-sister-cities.csv');
    expect(fromCsv('partners', first.text).items).to.have.length(data.partners.length);
    const firstUrl = link(el)!.href;
    el.setAttribute('region', 'europe');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const europe = data.partners.filter((p) => p.region === 'europe');
    expect(link(el)!.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Download the data (CSV, ${europe.length} partners)`);
    const second = await download(el);
    expect(fromCsv('partners', second.text).items.map((p) => p.id).sort()).to.deep.equal(europe.map((p) => p.id).sort());
    let revoked = false;
    await fetch(firstUrl).catch(() => (revoked = true));
    expect(revoked, 'the first blob URL is revoked').to.equal(true);
  });

  it('`no-download` removes the link', async () => {
    const el = await readyList(html`<sister-city-list no-download></sister-city-list>`);
    expect(el.shadowRoot!.querySelector('tbody tr')).to.not.equal(null);
    expect(link(el)).to.equal(null);
  });

  it('<sister-city-map>: one link under the map for the region shown (none in its table view); `no-download` removes it', async () => {
    const el = await readyMap(html`<sister-city-map region="asia" loading="eager"></sister-city-map>`);
    expect(link(el)).to.not.equal(null);
    const file = await download(el);
    expect(fromCsv('partners', file.text).items.map((p) => p.id).sort()).to.deep.equal(ASIA.map((p) => p.id).sort());
    // The table view's list has no link of its own.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('sister-city-list')?.shadowRoot?.querySelector('tbody tr'), 'the table view is drawn', {
      timeout: 5000,
    });
    const list = el.shadowRoot!.querySelector('sister-city-list')!;
    expect(link(list)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a[part="download"]')).to.have.length(1);
    el.setAttribute('no-download', '');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(link(el)).to.equal(null);
  });
});
