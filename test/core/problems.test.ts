import { expect } from '@open-wc/testing';
// The whole bundled dataset: its core part and the partners' part (as on a page with a list or a map).
import '../../src/core/partners-data.js';
import { bundledDataset } from '../../src/core/dataset.js';
import { keyFigureOf } from '../../src/program-card/key-figure.js';
import { fieldName, formatProblem, itemName } from '../../src/core/problems.js';
import { use } from '../../src/core/remote.js';
import { reportedProblem } from '../../src/core/reported.js';
import { checkDataset, inspectDataset } from '../../src/core/validate.js';
import mini from '../fixtures/mini.json';

const copy = (): Record<string, any> => structuredClone(mini);
const shipped = (): Record<string, any> => {
  const d = structuredClone(bundledDataset()) as unknown as Record<string, any>;
  delete d.$schema;
  return d;
};

describe('inspectDataset: the usable part and structured problems', () => {
  it('finds no problem in the bundled dataset, and keeps it whole', () => {
    const { data, problems } = inspectDataset(shipped());
    expect(problems).to.deep.equal([]);
    expect(data!.partners).to.have.length(23);
  });

  it('skips one bad partner among good ones, naming it by position from 1 and id', () => {
    const raw = shipped();
    const at = raw.partners.findIndex((p: { id: string }) => p.id === 'seoul');
    expect(at).to.be.greaterThan(-1);
    raw.partners[at].region = 'Asia';
    const { data, problems } = inspectDataset(raw);
    expect(data!.partners.map((p) => p.id)).to.have.length(22).and.not.include('seoul');
    expect(problems).to.have.length(1);
    const [p] = problems;
    expect(p).to.deep.include({
      code: 'not-one-of',
      effect: 'skipped',
      path: `partners[${at}].region`,
      field: 'region',
      item: { list: 'partners', position: at + 1, id: 'seoul' },
    });
    expect(p.params).to.deep.include({ found: '"Asia"', suggestion: 'asia' });
    expect(formatProblem(p, 'en')).to.equal(
      `partner #${at + 1} (seoul), region: "Asia" is not one of asia, europe, americas, africa, oceania ` +
        `(did you mean "asia"? case matters); partner skipped`,
    );
    expect(formatProblem(p, 'id')).to.equal(
      `mitra ke-${at + 1} (seoul), region: "Asia" bukan salah satu dari asia, europe, americas, africa, oceania ` +
        `(maksudnya "asia"? huruf besar/kecil berpengaruh); mitra dilewati`,
    );
  });

  it('says that a field checked against a list or a pattern is missing, and shows a value of another type as written', () => {
    const raw = copy();
    delete raw.partners[0].region; // lima
    raw.partners[1].region = 5; // oslo
    raw.sources[0].lang = null;
    const { problems } = inspectDataset(raw);
    const messages = (lang: 'en' | 'id') => problems.filter((p) => p.code === 'not-one-of' || p.code === 'bad-language-tag').map((p) => formatProblem(p, lang));
    // Not `"nothing" is not one of`: a data keeper read that as a word written in the file.
    expect(messages('en')).to.deep.equal([
      'source #1 (A), lang: null must be a language tag such as "id" or "en"; source skipped',
      'partner #1 (lima), region: missing: must be one of asia, europe, americas, africa, oceania; partner skipped',
      'partner #2 (oslo), region: 5 is not one of asia, europe, americas, africa, oceania; partner skipped',
    ]);
    expect(messages('id')).to.deep.equal([
      'sumber ke-1 (A), lang: null harus berupa kode bahasa seperti "id" atau "en"; sumber dilewati',
      'mitra ke-1 (lima), region: tidak ada: harus salah satu dari asia, europe, americas, africa, oceania; mitra dilewati',
      'mitra ke-2 (oslo), region: 5 bukan salah satu dari asia, europe, americas, africa, oceania; mitra dilewati',
    ]);
  });

  it('says what a metric whose value is not a number becomes: its counters show their fallback', () => {
    const raw = copy();
    raw.metrics[0].value = '1.234';
    const { data, problems } = inspectDataset(raw);
    expect(Number.isNaN(data!.metrics[0].value)).to.equal(true);
    expect(problems.map((p) => formatProblem(p, 'en'))).to.deep.equal([
      'metric #1 (agreements), value: must be a number (found "1.234"); counters of this metric show the text inside their tag',
    ]);
    expect(problems.map((p) => formatProblem(p, 'id'))).to.deep.equal([
      'angka ke-1 (agreements), value: harus berupa angka (tertulis "1.234"); penghitung angka ini menampilkan teks di dalam tagnya',
    ]);
  });

  it('reports a missing translation with its field path, and drops references to the skipped item', () => {
    const raw = copy();
    delete raw.partners[0].name.en; // lima, named by the programme
    const { data, problems } = inspectDataset(raw);
    expect(data!.partners.map((p) => p.id)).to.deep.equal(['oslo']);
    expect(data!.programs[0].partners).to.deep.equal([]); // the reference to lima is dropped, not reported again
    expect(problems.map((p) => formatProblem(p))).to.deep.equal(['partner #1 (lima), name.en: must be a non-empty text; partner skipped']);
  });

  it('skips only the bad metric (its counters alone lose their data), and says so once', () => {
    const raw = copy();
    raw.metrics.push({ ...raw.metrics[0], id: 'second', year: '2025' });
    const { data, problems } = inspectDataset(raw);
    expect(data!.metrics.map((m) => m.id)).to.deep.equal(['agreements']);
    expect(problems.map((p) => formatProblem(p))).to.deep.equal([
      'metric #2 (second), year: must be a number (found "2025"); metric skipped',
    ]);
  });

  it('skips a programme that cites a source that is nowhere in the file, counting nested items from 1', () => {
    const raw = copy();
    raw.programs[0].sources = ['B', 'S901'];
    const { data, problems } = inspectDataset(raw);
    expect(data!.programs).to.deep.equal([]);
    expect(formatProblem(problems[0], 'en')).to.equal(
      'programme #1 (sample-program), sources #2: source "S901" is not in the file\'s sources list; programme skipped',
    );
    expect(formatProblem(problems[0], 'id')).to.equal(
      'program ke-1 (sample-program), sources #2: sumber "S901" tidak ada di daftar sumber berkas ini; program dilewati',
    );
  });

  it('skips the second of two items with the same id, naming the first', () => {
    const raw = copy();
    raw.partners[1].id = 'lima';
    const { data, problems } = inspectDataset(raw);
    expect(data!.partners).to.have.length(1);
    expect(formatProblem(problems[0])).to.equal('partner #2 (lima), id: id "lima" is already used by item #1 of the list; partner skipped');
  });

  it('is fatal only when the file cannot be read without the field', () => {
    const raw = copy();
    raw.schemaVersion = 2;
    const { data, problems } = inspectDataset(raw);
    expect(data).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({ code: 'schema-version', effect: 'fatal', path: 'schemaVersion', field: 'schemaVersion' });
    expect(formatProblem(problems[0])).to.equal('schemaVersion: must be 1 (found 2)');
    const notList = copy();
    notList.partners = {};
    expect(inspectDataset(notList).problems[0]).to.deep.include({ code: 'not-array', effect: 'fatal', path: 'partners' });
  });

  it('replaces (and reports) a metric value that is not a number and coordinates out of range', () => {
    const raw = copy();
    raw.metrics[0].value = '1234';
    raw.partners[0].lat = 200;
    const { data, problems } = inspectDataset(raw);
    expect(Number.isNaN(data!.metrics[0].value)).to.equal(true);
    expect(data!.partners[0].lat).to.equal(null);
    expect(problems.map((p) => [p.code, p.effect, p.path])).to.deep.equal([
      ['not-number', 'replaced', 'metrics[0].value'],
      ['no-coordinates', 'replaced', 'partners[0].lat'],
    ]);
  });

  it('names what a bad coordinate holds: a number in quotes, one out of range, or none', () => {
    const say = (lat: unknown, lon: unknown): string => {
      const raw = copy();
      raw.partners[0].lat = lat;
      raw.partners[0].lon = lon;
      return inspectDataset(raw).problems.map((p) => formatProblem(p)).join(' | ');
    };
    const id = copy().partners[0].id;
    expect(say('21.5428', 39.17)).to.equal(
      `partner #1 (${id}), lat: must be a number from -90 to 90, without quotes (found "21.5428") (the map leaves the partner out; the table lists it)`,
    );
    expect(say(21.5, 200)).to.equal(
      `partner #1 (${id}), lon: must be a number from -180 to 180 (found 200) (the map leaves the partner out; the table lists it)`,
    );
    expect(formatProblem(inspectDataset({ ...copy(), partners: [{ ...copy().partners[0], lat: 95 }] }).problems[0]!, 'id')).to.equal(
      `mitra ke-1 (${id}), lat: harus berupa angka dari -90 sampai 90 (tertulis 95) (peta tidak menampilkan mitra ini; tabel tetap mencantumkannya)`,
    );
    // 1e400 in the file: too large to hold, named as read (JSON would write it back as null).
    expect(say(1e400, 39.17)).to.equal(
      `partner #1 (${id}), lat: must be a number from -90 to 90 (found Infinity) (the map leaves the partner out; the table lists it)`,
    );
    expect(say(undefined, undefined)).to.equal(`partner #1 (${id}), lat: lat/lon missing (the map leaves the partner out; the table lists it)`);
  });

  it('marks the items it reported with their sentence (the skipping one first), so elements do not warn about them again', () => {
    const raw = copy();
    raw.metrics[0].value = 'many'; // replaced (NaN), then…
    raw.metrics[0].year = 'soon'; // …skipped: what became of the metric
    const { data } = use(raw, 'https://example.org/d.json');
    expect(reportedProblem(data, 'metrics', 'agreements')).to.equal('metric #1 (agreements), year: must be a number (found "soon"); metric skipped');
    expect(reportedProblem(data, 'programs', 'sample-program')).to.equal(undefined);
  });

  it('formats places as people count them', () => {
    expect(itemName({ list: 'programs', position: 3, id: 'jeju' }, 'en')).to.equal('programme #3 (jeju)');
    expect(itemName({ list: 'notes', position: 1 }, 'id')).to.equal('catatan ke-1');
    expect(fieldName('counterparts[0].en')).to.equal('counterparts #1.en');
  });
});

describe('one source of truth for figures', () => {
  it('gives a programme figure that names a metric the metric’s value and year (hospitals 28 → C40 card 28)', () => {
    const raw = shipped();
    raw.metrics.find((m: { id: string }) => m.id === 'hospitals').value = 28;
    const { data, problems } = inspectDataset(raw);
    const at = raw.programs.findIndex((p: { id: string }) => p.id === 'c40-hospitals');
    const c40 = data!.programs[at];
    expect(c40.id).to.equal('c40-hospitals');
    expect(keyFigureOf(c40, data!)).to.deep.include({ value: 28, year: 2024, metric: 'hospitals' });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.deep.include({
      code: 'figure-mismatch',
      effect: 'replaced',
      path: `programs[${at}].keyFigure.value`,
      item: { list: 'programs', position: at + 1, id: 'c40-hospitals' },
    });
    expect(formatProblem(problems[0])).to.equal(
      `programme #${at + 1} (c40-hospitals), keyFigure.value: value 27 disagrees with metric "hospitals" (28); the card shows the metric's 28`,
    );
    expect(() => checkDataset(raw)).to.throw(`programme #${at + 1} (c40-hospitals), keyFigure.value`);
  });

  it('reads the metric at render time too, for the bundled data', () => {
    const data = bundledDataset();
    const c40 = data.programs.find((p) => p.id === 'c40-hospitals')!;
    const metrics = data.metrics.map((m) => (m.id === 'hospitals' ? { ...m, value: 28, year: 2025 } : m));
    expect(keyFigureOf(c40, { metrics })).to.deep.include({ value: 28, year: 2025 });
    expect(keyFigureOf(c40, data).value).to.equal(27);
  });

  it('keeps an event’s own figure: the Jeju card tells the count when Jeju joined, whatever the count is now', () => {
    const data = bundledDataset();
    const jeju = data.programs.find((p) => p.id === 'jeju')!;
    expect(jeju.keyFigure.metric).to.equal(undefined);
    const metrics = data.metrics.map((m) => (m.id === 'sister-cities' ? { ...m, value: 24, year: 2025 } : m));
    expect(keyFigureOf(jeju, { metrics })).to.deep.equal(jeju.keyFigure);
    expect(keyFigureOf(jeju, { metrics })).to.deep.include({ value: 23 });
    expect(jeju.year).to.equal(2024);
  });
});

