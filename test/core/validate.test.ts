import { expect } from '@open-wc/testing';
// The whole bundled dataset: its core part and the partners' part (as on a page with a list or a map).
import '../../src/core/partners-data.js';
import { bundledDataset, validateDataset } from '../../src/core/dataset.js';
import { DatasetError } from '../../src/core/dataset-error.js';
import { checkDataset, inspectDataset } from '../../src/core/validate.js';
import mini from '../fixtures/mini.json';
import { captureWarnings } from '../support/helpers.js';

const copy = (): Record<string, any> => structuredClone(mini);

function pathOf(raw: unknown): string | undefined {
  try {
    checkDataset(raw);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).code).to.equal('invalid');
    return (error as DatasetError).detail.path;
  }
  return undefined;
}

describe('checkDataset', () => {
  it('leaves the bundled dataset exactly as shipped (so readers need not validate it)', () => {
    const shipped = JSON.parse(JSON.stringify(bundledDataset())) as Record<string, unknown>;
    delete shipped.$schema;
    const validated = JSON.parse(JSON.stringify(checkDataset(structuredClone(shipped))));
    expect(validated).to.deep.equal(shipped);
  });

  it('accepts a valid file and returns a typed copy', () => {
    const data = checkDataset(copy());
    expect(data.partners[1].since).to.equal(null);
    expect(data.programs[0].keyFigure.value).to.equal(12);
  });

  it('names the field path of the first problem', () => {
    const a = copy();
    a.metrics[0].year = '2025';
    expect(pathOf(a)).to.equal('metrics[0].year');
    const b = copy();
    b.partners[0].region = 'antarctica';
    expect(pathOf(b)).to.equal('partners[0].region');
    const c = copy();
    delete c.title;
    expect(pathOf(c)).to.equal('title');
    expect(pathOf('nope')).to.equal('');
    const d = copy();
    d.schemaVersion = 2;
    expect(pathOf(d)).to.equal('schemaVersion');
  });

  it('takes a publisher as a name or in both languages, and names what is missing', () => {
    const a = copy();
    a.sources[0].publisher = { id: 'Kompas (salinan arsip)', en: 'Kompas (archive copy)' };
    expect(checkDataset(a).sources[0].publisher).to.deep.equal({ id: 'Kompas (salinan arsip)', en: 'Kompas (archive copy)' });
    const b = copy();
    b.sources[0].publisher = { id: 'Kompas (salinan arsip)' };
    expect(pathOf(b)).to.equal('sources[0].publisher.en');
    const c = copy();
    c.sources[0].publisher = null;
    expect(pathOf(c)).to.equal('sources[0].publisher');
    const d = copy();
    d.sources[0].publisher = ['Kompas'];
    expect(pathOf(d)).to.equal('sources[0].publisher');
  });

  it('rejects unknown references and repeated ids', () => {
    const a = copy();
    a.metrics[0].sources = ['A', 'Z'];
    expect(pathOf(a)).to.equal('metrics[0].sources[1]');
    const b = copy();
    b.programs[0].partners = ['nowhere'];
    expect(pathOf(b)).to.equal('programs[0].partners[0]');
    const c = copy();
    c.partners[1].id = 'lima';
    expect(pathOf(c)).to.equal('partners[1].id');
    const d = copy();
    d.partners[0].locationSources = ['A', 'nowhere'];
    expect(pathOf(d)).to.equal('partners[0].locationSources[1]');
  });

  it('checks every reference to a source or a note', () => {
    const cases: [string, (d: Record<string, any>) => void][] = [
      ['partners[1].sources[1]', (d) => (d.partners[1].sources = ['A', 'nowhere'])],
      ['partners[0].notes[0]', (d) => (d.partners[0].notes = ['nowhere'])],
      ['programs[0].sources[0]', (d) => (d.programs[0].sources = ['nowhere'])],
      ['programs[0].notes[0]', (d) => (d.programs[0].notes = ['nowhere'])],
      ['notes[0].sources[1]', (d) => (d.notes[0].sources = ['A', 'nowhere'])],
      ['metrics[0].notes[0]', (d) => (d.metrics[0].notes = ['nowhere'])],
      ['city.sources[0]', (d) => (d.city.sources = ['nowhere'])],
    ];
    for (const [path, spoil] of cases) {
      const d = copy();
      spoil(d);
      expect(pathOf(d), path).to.equal(path);
    }
  });

  it('names the file in the error of a dataset loaded from a URL', () => {
    const d = copy();
    d.city.sources = ['nowhere'];
    let error: unknown;
    try {
      checkDataset(d, 'https://example.org/data.json');
    } catch (e) {
      error = e;
    }
    expect((error as DatasetError).detail).to.deep.equal({ url: 'https://example.org/data.json', path: 'city.sources[0]' });
  });

  it('keeps only https: and http: links', async () => {
    const a = copy();
    a.sources[0].url = 'javascript:alert(1)';
    a.sources[1].url = 'data:text/html,<b>x</b>';
    const { warnings, restore } = captureWarnings();
    try {
      const data = await validateDataset(a);
      expect(data.sources.map((s) => s.url)).to.deep.equal(['', '']);
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('links of source #1 (A), source #2 (B) not shown');
    expect(warnings[0]).to.match(/^jakarta-global-widgets: dataset: 2 problems; /); // one line, two links
  });

  it('drops a link with a space inside it (a dead link in a browser, which would encode it as %20), and says so', async () => {
    const a = copy();
    a.sources[0].url = 'https:// pahami.id/dunia/a';
    a.sources[1].url = ' https://example.org/b ';
    const { warnings, restore } = captureWarnings();
    try {
      const data = await validateDataset(a);
      expect(data.sources.map((s) => s.url)).to.deep.equal(['', 'https://example.org/b']);
    } finally {
      restore();
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('- links of source #1 (A) not shown (a link must be a full https: or http: address, with no spaces and no user name or password before "@")');
  });

  it('keeps a metric whose value is not a number, as NaN (and the strict form rejects it)', () => {
    const a = copy();
    a.metrics[0].value = '1234';
    expect(Number.isNaN(inspectDataset(a).data!.metrics[0].value)).to.equal(true);
    expect(pathOf(a)).to.equal('metrics[0].value');
  });

  it('refuses an "asOf" that is not on the calendar; leaves out such a source date, keeping the source', () => {
    const a = copy();
    a.asOf = '2025-02-30';
    expect(pathOf(a)).to.equal('asOf');
    expect(inspectDataset(a).data).to.equal(undefined);
    for (const date of ['2025-13-01', '2025-02-29', '13/05/2025', 2025]) {
      const b = copy();
      b.sources[0].date = date;
      const { data, problems } = inspectDataset(b);
      expect(data!.sources.map((x) => [x.id, x.date]), String(date)).to.deep.equal([
        ['A', undefined],
        ['B', undefined],
      ]);
      expect(problems.map((p) => [p.code, p.effect, p.path])).to.deep.equal([['bad-date', 'replaced', 'sources[0].date']]);
    }
    for (const date of ['2024-02-29', '2025-12', '2025']) {
      const c = copy();
      c.sources[0].date = date;
      expect(checkDataset(c).sources[0].date, date).to.equal(date);
    }
  });

  it('turns missing or out-of-range partner coordinates into null', () => {
    const a = copy();
    a.partners[0].lat = 200;
    delete a.partners[1].lon;
    const data = inspectDataset(a).data!;
    expect([data.partners[0].lat, data.partners[0].lon]).to.deep.equal([null, null]);
    expect([data.partners[1].lat, data.partners[1].lon]).to.deep.equal([null, null]);
  });
});
