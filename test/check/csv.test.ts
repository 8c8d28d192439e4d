import { expect } from '@open-wc/testing';
import { checkValue, formatCsvProblem, fromCsv, parseCsv, toCsv } from '../../src/check/index.js';
import type { Dataset } from '../../src/core/types.js';
import bundled from '../../data/jakarta-2024.json';

const data = (): Dataset => structuredClone(bundled) as unknown as Dataset;

describe('CSV round trip of figures and partners', () => {
  it('the bundled data: identical JSON after export and import', () => {
    const original = data();
    const figures = fromCsv('metrics', toCsv('metrics', original));
    const partners = fromCsv('partners', toCsv('partners', original));
    expect(figures.problems).to.deep.equal([]);
    expect(partners.problems).to.deep.equal([]);
    const merged = { ...original, metrics: figures.items, partners: partners.items };
    expect(JSON.stringify(merged, null, 2)).to.equal(JSON.stringify(bundled, null, 2));
  });

  it('UTF-8 with a BOM, ";" between cells, CRLF, a header row', () => {
    const csv = toCsv('metrics', data());
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).to.equal('id;value;year;label_id;label_en;sources;notes');
    expect(first).to.equal('agreements;102;2024;kerja sama sepanjang 2024;cooperation agreements in 2024;S3 S66 S1;agreements-scope');
  });

  it('quotes cells with ";", quotes and line ends, and reads them back (edge spaces are trimmed)', () => {
    const d = data();
    d.partners[0].name.en = 'Jeddah; "the bride"\nof the Red Sea';
    d.partners[0].name.id = '  Jeddah ';
    const csv = toCsv('partners', d);
    expect(csv).to.include('"Jeddah; ""the bride""\nof the Red Sea"');
    expect(fromCsv('partners', csv).items[0].name).to.deep.equal({ id: 'Jeddah', en: d.partners[0].name.en });
    expect(parseCsv('a;"b;c"\r\n1;2').rows).to.deep.equal([['a', 'b;c'], ['1', '2']]);
  });

  it('reads a decimal comma (what a spreadsheet in Indonesian may write)', () => {
    const csv = toCsv('partners', data()).replace(';21.5428;39.1728;', ';21,5428;39,1728;');
    const { items, problems } = fromCsv('partners', csv);
    expect(problems).to.deep.equal([]);
    expect([items[0].lat, items[0].lon]).to.deep.equal([21.5428, 39.1728]);
  });

  it('reports problems by spreadsheet row (header = row 1) and id, in both languages', () => {
    const lines = toCsv('partners', data()).split('\r\n');
    lines[4] = lines[4].replace(';51.92;', ';abc;'); // row 5: rotterdam
    lines[2] = lines[2].replace(/;(\d{4});/, ';24;'); // row 3: seoul, its year
    const { problems } = fromCsv('partners', lines.join('\r\n'));
    const sentences = problems.map((p) => [formatCsvProblem(p, 'id'), formatCsvProblem(p, 'en')]);
    expect(sentences).to.deep.equal([
      ['Baris 3 (seoul): kolom "since" harus tahun empat angka, bukan "24"', 'Row 3 (seoul): "since" must be a four-digit year, not "24"'],
      ['Baris 5 (rotterdam): kolom "lat" harus berupa angka, bukan "abc"', 'Row 5 (rotterdam): "lat" must be a number, not "abc"'],
    ]);
  });

  it('a missing column, an open quote, a row of the wrong width', () => {
    const noLat = fromCsv('partners', toCsv('partners', data()).replace('lat;lon', 'latitude;lon'));
    expect(noLat.problems.map((p) => formatCsvProblem(p, 'en'))).to.deep.equal(['Row 1: the header has no "lat" column']);
    const open = fromCsv('metrics', 'id;value;year;label_id;label_en;sources;notes\r\nx;1;2024;"a;b;S1;\r\n');
    expect(open.problems.map((p) => formatCsvProblem(p, 'id'))).to.deep.equal(['Baris 2: tanda kutip " dibuka tetapi tidak ditutup']);
    const comma = fromCsv('metrics', 'id;value;year;label_id;label_en;sources;notes\r\nx,1,2024,a,b,S1,\r\n');
    expect(comma.problems.map((p) => formatCsvProblem(p, 'en'))[0]).to.equal('Row 2 (x,1,2024,a,b,S1,): this row has 1 cells, unlike the header (is the separator ";"?)');
  });

  it('an imported row that breaks a rule of the data is found by the checker', () => {
    const csv = toCsv('metrics', data()).replace('S3 S66 S1', 'S3 S901');
    const merged = { ...data(), metrics: fromCsv('metrics', csv).items };
    const refs = checkValue(merged).filter((p) => p.code === 'unknown-ref');
    expect(refs.map((p) => p.path)).to.deep.equal(['metrics[0].sources[1]']);
  });
});
