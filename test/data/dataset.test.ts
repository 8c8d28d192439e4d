import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import data from '../../data/jakarta-2024.json';
import schema from '../../data/schema.json';
import type { Dataset, LocalizedText, Metric, Partner, Program } from '../../src/core/types.js';
import { DatasetError } from '../../src/core/dataset-error.js';
import { checkDataset } from '../../src/core/validate.js';
import { publisherOf } from '../../src/core/source-link.js';

/** The JSON module's inferred type widens literals (`kind: string`), so view it through the contract. */
const dataset = data as unknown as Dataset;

function makeValidator() {
  const ajv = new Ajv2020({ allErrors: true });
  return ajv.compile(schema);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

function metric(id: string): Metric {
  const found = dataset.metrics.find((m) => m.id === id);
  if (!found) throw new Error(`metric "${id}" missing`);
  return found;
}

function partner(id: string): Partner {
  const found = dataset.partners.find((p) => p.id === id);
  if (!found) throw new Error(`partner "${id}" missing`);
  return found;
}

function program(id: string): Program {
  const found = dataset.programs.find((p) => p.id === id);
  if (!found) throw new Error(`program "${id}" missing`);
  return found;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/** A deep copy of the raw JSON that a test may break freely. */
function brokenCopy(): Record<string, any> {
  return JSON.parse(JSON.stringify(data)) as Record<string, any>;
}

describe('data/jakarta-2024.json', () => {
  describe('schema', () => {
    it('validates against data/schema.json', () => {
      const validate = makeValidator();
      const valid = validate(data);
      expect(valid, describeErrors(validate.errors)).to.equal(true);
    });

    it('rejects a partner with latitude 200, naming the field', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      broken.partners[3].lat = 200;
      expect(validate(broken)).to.equal(false);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      expect(paths).to.include('/partners/3/lat');
    });

    it('rejects a metric whose value is a string, naming the field', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      broken.metrics[0].value = '102';
      expect(validate(broken)).to.equal(false);
      const error = (validate.errors ?? []).find((e) => e.instancePath === '/metrics/0/value');
      expect(error, describeErrors(validate.errors)).to.not.equal(undefined);
      expect(error?.keyword).to.equal('type');
    });

    it('rejects a text without its English version, naming the object and the missing key', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      delete broken.programs[2].summary.en;
      expect(validate(broken)).to.equal(false);
      const error = (validate.errors ?? []).find(
        (e) => e.instancePath === '/programs/2/summary' && e.keyword === 'required',
      );
      expect(error, describeErrors(validate.errors)).to.not.equal(undefined);
      expect(error?.params).to.deep.equal({ missingProperty: 'en' });
    });

    it('rejects an unknown partner kind, a lower-case country code and a javascript: URL', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      broken.partners[0].kind = 'twin-town';
      broken.partners[1].country.code = 'kr';
      broken.sources[0].url = 'javascript:alert(1)';
      expect(validate(broken)).to.equal(false);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      expect(paths).to.include.members(['/partners/0/kind', '/partners/1/country/code', '/sources/0/url']);
    });

    it('knows three kinds of source, in the schema and in the loader’s validator', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      broken.sources[0].kind = 'blog';
      expect(validate(broken)).to.equal(false);
      expect((validate.errors ?? []).map((e) => e.instancePath)).to.include('/sources/0/kind');
      delete broken.$schema;
      let error: unknown;
      try {
        checkDataset(broken);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DatasetError);
      expect((error as DatasetError).detail.path).to.equal('sources[0].kind');
      broken.sources[0].kind = 'secondary';
      expect(checkDataset(broken).sources[0].kind).to.equal('secondary');
    });

    it('takes a publisher as a name or in both languages, and rejects one without its English', () => {
      const validate = makeValidator();
      const named = brokenCopy();
      named.sources[0].publisher = 'Pahami.id';
      expect(validate(named), describeErrors(validate.errors)).to.equal(true);
      const broken = brokenCopy();
      broken.sources[0].publisher = { id: 'Pahami.id (salinan)' };
      expect(validate(broken)).to.equal(false);
      expect((validate.errors ?? []).some((e) => e.instancePath === '/sources/0/publisher')).to.equal(true);
      broken.sources[0].publisher = '';
      expect(validate(broken)).to.equal(false);
    });

    it('rejects unknown properties and a non-integer year', () => {
      const validate = makeValidator();
      const broken = brokenCopy();
      broken.partners[5].population = 4000000;
      broken.partners[6].since = '1991';
      expect(validate(broken)).to.equal(false);
      const errors = validate.errors ?? [];
      expect(
        errors.some((e) => e.instancePath === '/partners/5' && e.keyword === 'additionalProperties'),
        describeErrors(errors),
      ).to.equal(true);
      expect(errors.map((e) => e.instancePath)).to.include('/partners/6/since');
    });
  });

  describe('facts from the December 2024 reports', () => {
    it('has the headline metrics in order', () => {
      expect(dataset.metrics.map((m) => m.id)).to.deep.equal([
        'agreements',
        'sister-cities',
        'partner-countries',
        'institutions',
        'regions',
        'hospitals',
        'asn-new-york',
        'asn-rotterdam',
        'higa-students',
      ]);
    });

    it('records 102 agreements in 2024', () => {
      expect(metric('agreements').value).to.equal(102);
      expect(metric('agreements').year).to.equal(2024);
    });

    it('records 23 sister-city partners, and lists all 23', () => {
      expect(metric('sister-cities').value).to.equal(23);
      expect(dataset.partners).to.have.length(23);
    });

    it('puts the 23 partners in 20 countries, not 23', () => {
      expect(metric('partner-countries').value).to.equal(20);
      expect(new Set(dataset.partners.map((p) => p.country.code)).size).to.equal(20);
      expect(metric('partner-countries').notes).to.include('countries-not-23');
    });

    it('has Jeju as the sister province added in 2024', () => {
      const jeju = partner('jeju');
      expect(jeju.since).to.equal(2024);
      expect(jeju.kind).to.equal('sister-province');
      expect(jeju.country.code).to.equal('KR');
      expect(program('jeju').partners).to.deep.equal(['jeju']);
    });

    it('records 19 foreign institutions', () => {
      expect(metric('institutions').value).to.equal(19);
    });

    it('records aid to 8 neighbouring regions', () => {
      expect(metric('regions').value).to.equal(8);
      expect(program('agglomeration-aid').keyFigure.value).to.equal(8);
    });

    it('records 27 public hospitals', () => {
      expect(metric('hospitals').value).to.equal(27);
      expect(program('c40-hospitals').keyFigure.value).to.equal(27);
      expect(program('c40-hospitals').notes).to.include('hospitals-27-28');
    });

    it('records 4 civil servants in New York and at least 100 in Rotterdam', () => {
      expect(metric('asn-new-york').value).to.equal(4);
      expect(metric('asn-rotterdam').value).to.equal(100);
      const dutep = program('rotterdam-dutep');
      expect(dutep.keyFigure.value).to.equal(100);
      expect(dutep.keyFigure.atLeast).to.equal(true);
      expect(dutep.partners).to.deep.equal(['rotterdam']);
    });

    it('records 4 students a year to HiGA for 5 years', () => {
      expect(metric('higa-students').value).to.equal(4);
      const higa = program('higa');
      expect(higa.keyFigure.value).to.equal(4);
      expect(higa.keyFigure.metric).to.equal('higa-students');
      // Five years, written out (PUEBI: numbers of one or two words, as the notes write them).
      expect(higa.keyFigure.label.id).to.include('selama lima tahun');
      expect(higa.keyFigure.label.en).to.include('over five years');
      expect(higa.partners).to.deep.equal([]);
    });

    it('has the seven programmes', () => {
      expect(dataset.programs.map((p) => p.id)).to.deep.equal([
        'asn-new-york',
        'rotterdam-dutep',
        'higa',
        'c40-hospitals',
        'agglomeration-aid',
        'jeju',
        'grand-design',
      ]);
      expect(program('grand-design').year).to.equal(2025);
      expect(program('grand-design').endYear).to.equal(2045);
      expect(program('asn-new-york').partners).to.deep.equal([]);
    });

    it('keeps each programme key figure equal to the metric it names', () => {
      for (const p of dataset.programs) {
        if (p.keyFigure.metric === undefined) continue;
        expect(p.keyFigure.value, p.id).to.equal(metric(p.keyFigure.metric).value);
      }
    });

    it('places Jakarta on Merdeka Square', () => {
      expect(dataset.city.id).to.equal('jakarta');
      expect(dataset.city.lat).to.equal(-6.175);
      expect(dataset.city.lon).to.equal(106.8275);
      expect(dataset.city.country.code).to.equal('ID');
    });
  });

  describe('partner list', () => {
    it('counts 19 sister cities, 2 sister states, 1 sister province, 1 friendship city', () => {
      expect(countBy(dataset.partners, (p) => p.kind)).to.deep.equal({
        'sister-city': 19,
        'sister-state': 2,
        'sister-province': 1,
        'friendship-city': 1,
      });
    });

    it('rates 6 partners high and 17 medium', () => {
      expect(countBy(dataset.partners, (p) => p.confidence)).to.deep.equal({ high: 6, medium: 17 });
    });

    it('leaves the year unknown for 6 partners, Los Angeles among them', () => {
      const unknown = dataset.partners.filter((p) => p.since === null).map((p) => p.id);
      expect(unknown).to.have.members(['istanbul', 'maputo', 'kyiv', 'pyongyang', 'budapest', 'los-angeles']);
    });

    it('starts with Jeddah, 1979', () => {
      expect(dataset.partners[0].id).to.equal('jeddah');
      expect(dataset.partners[0].since).to.equal(1979);
    });
  });

  describe('corrections after the line-by-line review (issue 12)', () => {
    const note = (id: string) => {
      const found = dataset.notes.find((n) => n.id === id);
      if (!found) throw new Error(`note "${id}" missing`);
      return found;
    };
    const source = (id: string) => {
      const found = dataset.sources.find((s) => s.id === id);
      if (!found) throw new Error(`source "${id}" missing`);
      return found;
    };
    const both = (text: LocalizedText) => `${text.id}\n${text.en}`;

    it('1. names the nine regions of the agglomeration area from Law No. 2 of 2024, Depok included', () => {
      const text = note('regions-unconfirmed').text;
      expect(text.id).to.include('sembilan daerah');
      expect(text.en).to.include('nine regions');
      expect(text.id).to.not.match(/mencakup delapan/);
      expect(text.en).to.not.include('eight regions besides the capital');
      for (const place of ['Bogor', 'Tangerang', 'Bekasi', 'Cianjur', 'Depok', 'Tangerang Selatan']) expect(text.id).to.include(place);
      for (const place of ['Bogor', 'Tangerang', 'Bekasi', 'Cianjur', 'Depok', 'South Tangerang']) expect(text.en).to.include(place);
      // Still unconfirmed which eight got the aid.
      expect(text.en).to.include('not known');
      expect(text.id).to.include('Belum diketahui');
      const law = note('regions-unconfirmed').sources.map(source).find((s) => s.title.includes('Nomor 2 Tahun 2024'));
      expect(law?.kind).to.equal('primary');
    });

    it('2. says two reports call the 102 domestic and only Pahami.id says both, citing VOI', () => {
      const scope = note('agreements-scope');
      expect(scope.text.en).to.include('Two reports');
      expect(scope.text.id).to.include('Dua laporan');
      for (const name of ['VOI', 'Pos Berita Kota', 'Pahami.id']) expect(both(scope.text)).to.include(name);
      const voi = dataset.sources.find((s) => publisherOf(s, 'en').startsWith('VOI') && s.date === '2024-12-20');
      expect(voi, 'the VOI report of the 19 December event').to.not.equal(undefined);
      expect(scope.sources).to.include(voi!.id);
      expect(metric('agreements').sources).to.include(voi!.id);
    });

    it('2. puts a newspaper or the bureau before Pahami.id wherever one exists', () => {
      const items = [
        ...dataset.metrics.map((m) => ({ where: `metric ${m.id}`, sources: m.sources })),
        ...dataset.programs.map((p) => ({ where: `program ${p.id}`, sources: p.sources })),
        ...dataset.partners.map((p) => ({ where: `partner ${p.id}`, sources: p.sources })),
      ];
      for (const { where, sources } of items) {
        const others = sources.filter((id) => id !== 'S1' && source(id).kind !== 'secondary');
        if (others.length > 0) expect(sources[0], `${where} starts with Pahami.id`).to.not.equal('S1');
      }
      expect(source('S1').kind).to.equal('secondary');
    });

    it('3. does not cite Pahami.id for the 20 countries, and says the figure is counted from the list', () => {
      const countries = metric('partner-countries');
      expect(countries.sources).to.not.include('S1');
      expect(countries.label.id).to.include('dihitung dari daftar');
      expect(countries.label.en).to.include('counted from');
      const text = note('countries-not-23').text;
      expect(text.id).to.not.include('Yang tepat');
      expect(text.en).to.not.include('In fact');
      expect(text.id).to.include('dihitung dari daftar');
      expect(text.en).to.include('counted from the list');
    });

    it('4. calls the HiGA quota planned, on the counter and on the card, in both languages', () => {
      for (const label of [metric('higa-students').label, program('higa').keyFigure.label]) {
        expect(label.id).to.include('direncanakan');
        expect(label.en).to.include('planned');
      }
      expect(program('higa').summary.id).to.include('berencana');
      expect(program('higa').summary.en).to.include('plans');
    });

    it('5. marks the Los Angeles year disputed: blank, with a note naming 1991 (Kompas 1997) and 1990', () => {
      const la = partner('los-angeles');
      expect(la.since).to.equal(null);
      expect(la.notes).to.include('los-angeles-year');
      const text = note('los-angeles-year').text;
      for (const s of ['1991', '1990', 'Kompas', 'Bradley']) {
        expect(text.id).to.include(s);
        expect(text.en).to.include(s);
      }
      expect(text.en).to.include('disputed');
      expect(text.id).to.include('diperselisihkan');
      const kompas = note('los-angeles-year').sources.map(source).find((s) => s.date === '1997-08-04');
      expect(publisherOf(kompas!, 'en')).to.include('Kompas');
      expect(la.sources).to.include(kompas!.id);
    });

    it('6. rates Shanghai and Jeju medium', () => {
      expect(partner('shanghai').confidence).to.equal('medium');
      expect(partner('jeju').confidence).to.equal('medium');
    });

    it('7. cites berlin.de for “seit 1994”, and no longer says Berlin’s own list gives 1993', () => {
      const berlin = note('berlin-year');
      expect(berlin.text.id).to.include('seit 1994');
      expect(berlin.text.en).to.include('seit 1994');
      expect(berlin.text.en).to.not.include('Berlin’s own list gives 1993');
      const official = berlin.sources.map(source).find((s) => new URL(s.url).hostname === 'www.berlin.de');
      expect(official?.kind).to.equal('primary');
      expect(partner('berlin').sources).to.include(official!.id);
    });

    it('7. says NSW and Jakarta renewed their MoU in November 2022', () => {
      const nsw = note('nsw-sydney');
      expect(nsw.text.id).to.include('November 2022');
      expect(nsw.text.en).to.include('November 2022');
      expect(nsw.text.en).to.include('renewed');
      expect(nsw.sources.map((id) => source(id).date)).to.include('2022-11');
    });

    it('7. dates Casablanca from Beritajakarta’s report of the 25th anniversary in May 2016 too', () => {
      const casa = note('casablanca-year');
      expect(casa.text.id).to.include('Mei 2016');
      expect(casa.text.en).to.include('May 2016');
      expect(casa.text.en).to.not.include('comes only from');
      const bj = casa.sources.map(source).find((s) => s.publisher === 'Beritajakarta');
      expect(bj?.url).to.include('casablanca');
    });

    it('8. says the C40 panels will be deployed, not that they are being fitted', () => {
      const summary = program('c40-hospitals').summary;
      expect(summary.id).to.include('akan memasang panel surya');
      expect(summary.en).to.include('to deploy rooftop solar panels');
      expect(summary.en).to.not.include('is fitting');
      expect(program('c40-hospitals').sources).to.include('S47');
    });

    it('8. cites the seed article for the hospitals; for Rotterdam’s 100 only the report that gives it (the seed names no number), and no 2023 source for “by the end of 2024”', () => {
      expect(metric('hospitals').sources).to.include('S1');
      const rotterdam = metric('asn-rotterdam');
      expect(rotterdam.sources).to.deep.equal(['S2']);
      expect(program('rotterdam-dutep').sources).to.include('S1');
      for (const id of rotterdam.sources) {
        const date = source(id).date;
        expect(date === undefined || date >= '2024-12', `${id} (${date}) cannot back “by the end of 2024”`).to.equal(true);
      }
    });

    it('9. drops the weak and unused sources', () => {
      const ids = dataset.sources.map((s) => s.id);
      for (const gone of ['S27', 'S54', 'S55', 'S63', 'S64', 'S65', 'C6', 'C7', 'C8', 'C9']) expect(ids, gone).to.not.include(gone);
      expect(dataset.city.sources).to.deep.equal(['C1']);
      expect(note('paris-year').sources.map((id) => source(id).kind)).to.not.include(undefined);
    });

    it('10. keeps Jerusalem coded as Palestine, with the note on its administration', () => {
      const jerusalem = partner('jerusalem');
      expect(jerusalem.country.code).to.equal('PS');
      expect(jerusalem.notes).to.include('jerusalem-status');
      expect(note('jerusalem-status').text.en).to.include('administered by Israel');
    });
  });

  describe('integrity', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    const noteIds = new Set(dataset.notes.map((n) => n.id));
    const partnerIds = new Set(dataset.partners.map((p) => p.id));
    const metricIds = new Set(dataset.metrics.map((m) => m.id));

    it('has unique ids in every list', () => {
      for (const [name, list] of Object.entries({
        metrics: dataset.metrics,
        partners: dataset.partners,
        programs: dataset.programs,
        sources: dataset.sources,
        notes: dataset.notes,
      })) {
        const ids = list.map((x) => x.id);
        expect(new Set(ids).size, name).to.equal(ids.length);
      }
    });

    it('references only sources that exist', () => {
      const referencing: { where: string; sources: string[] }[] = [
        { where: 'city', sources: dataset.city.sources },
        ...dataset.metrics.map((m) => ({ where: `metric ${m.id}`, sources: m.sources })),
        ...dataset.partners.map((p) => ({ where: `partner ${p.id}`, sources: p.sources })),
        ...dataset.partners.map((p) => ({ where: `partner ${p.id} location`, sources: p.locationSources ?? [] })),
        ...dataset.programs.map((p) => ({ where: `program ${p.id}`, sources: p.sources })),
        ...dataset.notes.map((n) => ({ where: `note ${n.id}`, sources: n.sources })),
      ];
      for (const { where, sources } of referencing) {
        expect(sources.length, `${where} has no source`).to.be.greaterThan(0);
        for (const id of sources) expect(sourceIds.has(id), `${where} → ${id}`).to.equal(true);
      }
    });

    it('keeps the sources of each point apart from the sources of the tie', () => {
      for (const p of dataset.partners) {
        expect(p.locationSources?.length, `${p.id} has a source for its coordinates`).to.equal(1);
        expect(p.locationSources![0], p.id).to.match(/^C\d+$/);
        expect(p.sources.filter((id) => /^C\d+$/.test(id)), `${p.id}: no coordinate source among the tie's`).to.deep.equal([]);
      }
    });

    it('references only notes that exist', () => {
      const referencing = [...dataset.metrics, ...dataset.partners, ...dataset.programs];
      for (const item of referencing) {
        for (const id of item.notes ?? []) expect(noteIds.has(id), `${item.id} → ${id}`).to.equal(true);
      }
    });

    it('references only partners and metrics that exist', () => {
      for (const p of dataset.programs) {
        for (const id of p.partners) expect(partnerIds.has(id), `${p.id} → ${id}`).to.equal(true);
        if (p.keyFigure.metric !== undefined) {
          expect(metricIds.has(p.keyFigure.metric), `${p.id} → ${p.keyFigure.metric}`).to.equal(true);
        }
      }
    });

    it('has the notes the figures depend on', () => {
      for (const id of [
        'countries-not-23',
        'agreements-scope',
        'hospitals-27-28',
        'institutions-foreign',
        'regions-unconfirmed',
        'higa-single-source',
        'list-reconstructed',
      ]) {
        expect(noteIds.has(id), id).to.equal(true);
      }
    });

    it('cites every source at least once, and cites only sources that exist', () => {
      const cited = new Set([
        ...dataset.city.sources,
        ...dataset.metrics.flatMap((m) => m.sources),
        ...dataset.partners.flatMap((p) => [...p.sources, ...(p.locationSources ?? [])]),
        ...dataset.programs.flatMap((p) => p.sources),
        ...dataset.notes.flatMap((n) => n.sources),
      ]);
      expect([...sourceIds].filter((id) => !cited.has(id)), 'sources nothing cites').to.deep.equal([]);
      expect([...cited].filter((id) => !sourceIds.has(id)), 'cited ids missing from sources').to.deep.equal([]);
    });

    it('says what kind of source each one is', () => {
      for (const s of dataset.sources) expect(['primary', 'news', 'secondary'], s.id).to.include(s.kind);
    });

    it('links only to http: and https: URLs', () => {
      for (const s of dataset.sources) {
        expect(/^https?:\/\//.test(s.url), `${s.id}: ${s.url}`).to.equal(true);
      }
    });
  });

  describe('texts', () => {
    /** Every object with an `en` or `id`+`en` pair is a LocalizedText; collect them with their paths. */
    function localizedTexts(value: unknown, path = ''): { path: string; text: LocalizedText }[] {
      if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}/${i}`));
      if (value === null || typeof value !== 'object') return [];
      const record = value as Record<string, unknown>;
      const own = 'en' in record ? [{ path, text: record as unknown as LocalizedText }] : [];
      return [
        ...own,
        ...Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}/${k}`)),
      ];
    }

    it('has every reader-facing text in Indonesian and English', () => {
      const texts = localizedTexts(data);
      // title, city + country, 9 metric labels, 23 names + 23 country names, programmes, notes…
      expect(texts.length).to.be.greaterThan(100);
      for (const { path, text } of texts) {
        expect(Object.keys(text).sort(), path).to.deep.equal(['en', 'id']);
        expect(typeof text.id === 'string' && text.id.trim().length > 0, `${path}/id`).to.equal(true);
        expect(typeof text.en === 'string' && text.en.trim().length > 0, `${path}/en`).to.equal(true);
      }
    });

    it('finds the texts where the contract puts them', () => {
      const paths = new Set(localizedTexts(data).map((t) => t.path));
      expect(paths).to.include('/title');
      expect(paths).to.include('/metrics/0/label');
      expect(paths).to.include('/partners/22/name');
      expect(paths).to.include('/partners/22/country/name');
      expect(paths).to.include('/programs/2/counterparts/0');
      expect(paths).to.include('/programs/6/keyFigure/label');
      expect(paths).to.include(`/notes/${dataset.notes.length - 1}/text`);
    });

    it('gives a publisher that says more than its name in both languages', () => {
      const described = dataset.sources.filter((s) => typeof s.publisher !== 'string');
      // Archive copies, a machine-rewritten copy, language editions, mirrors, city governments named in English.
      expect(described.map((s) => s.id)).to.include.members(['S1', 'S4', 'S66', 'C1', 'S24', 'S30']);
      for (const s of dataset.sources) {
        if (typeof s.publisher !== 'string') {
          expect(s.publisher.id, s.id).to.not.equal(s.publisher.en);
          continue;
        }
        // A name as one string: no English words describing the copy, shown as they stand to Indonesian readers.
        expect(s.publisher, s.id).to.not.match(/\b(copy|edition|mirror|archive|via|English|Icelandic|Japanese|Government|Administration|Division)\b/);
      }
    });

    it('gives each source title in its own language only: a translation would be read in the title’s language', () => {
      for (const s of dataset.sources) {
        expect(s.title, s.id).to.not.match(/\[|terjemahan|translation/i);
      }
    });

    it('starts metric labels in lower case, so they read on from the number', () => {
      for (const m of dataset.metrics) {
        for (const lang of ['id', 'en'] as const) {
          const first = m.label[lang].charAt(0);
          expect(first, `${m.id} ${lang}`).to.equal(first.toLowerCase());
        }
      }
    });
  });
});
