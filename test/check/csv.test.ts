import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, checkValue, formatCsvProblem, fromCsv, parseCsv, toCsv } from '../../src/check/index.js';
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

  it('a text a spreadsheet would run as a formula is written after a "\'", and read back as it was; numbers are not touched', () => {
    const d = data();
    const names = ['=HYPERLINK("https://x.example/","Jeddah")', '+62 21 1234', '-Jeddah', '@Jeddah', "'=already", "'s-Hertogenbosch"];
    d.partners.slice(0, names.length).forEach((p, i) => (p.name.en = names[i]));
    d.metrics[0].label.id = '=1+1';
    const partners = toCsv('partners', d);
    const cells = parseCsv(partners).rows.slice(1, names.length + 1).map((r) => r[CSV_COLUMNS.partners.indexOf('name_en')]);
    expect(cells).to.deep.equal([
      '\'=HYPERLINK("https://x.example/","Jeddah")',
      "'+62 21 1234",
      "'-Jeddah",
      "'@Jeddah",
      "''=already",
      "'s-Hertogenbosch",
    ]);
    const back = fromCsv('partners', partners);
    expect(back.problems).to.deep.equal([]);
    expect(back.items.slice(0, names.length).map((p) => p.name.en)).to.deep.equal(names);
    // A negative coordinate stays a number (a western partner's longitude).
    const west = d.partners.find((p) => (p.lon ?? 0) < 0)!;
    const row = parseCsv(partners).rows.find((r) => r[0] === west.id)!;
    expect(row[CSV_COLUMNS.partners.indexOf('lon')]).to.equal(String(west.lon));
    const figures = toCsv('metrics', d);
    expect(figures).to.include(";'=1+1;");
    expect(fromCsv('metrics', figures).items[0].label.id).to.equal('=1+1');
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

  it('rows with no cell filled are no items: the ";;;;" rows a spreadsheet leaves below the data, an empty line; rows keep their numbers', () => {
    const lines = toCsv('partners', data()).split('\r\n').filter((l) => l !== '');
    const width = CSV_COLUMNS.partners.length;
    const blank = ';'.repeat(width - 1);
    lines.splice(3, 0, ''); // an empty line: row 4
    lines[5] = lines[5].replace(';51.92;', ';abc;'); // row 6: rotterdam, after the empty line
    const file = [...lines, blank, blank, ` ;${blank.slice(1)}`].join('\r\n');
    const { items, problems } = fromCsv('partners', file);
    expect(items).to.have.length(bundled.partners.length);
    expect(problems.map((p) => formatCsvProblem(p, 'en'))).to.deep.equal(['Row 6 (rotterdam): "lat" must be a number, not "abc"']);
    // parseCsv itself leaves empty lines out, as before.
    expect(parseCsv('a;b\r\n\r\nc;d\r\n').rows).to.deep.equal([['a', 'b'], ['c', 'd']]);
  });

  it('a missing column, an open quote, a row of the wrong width', () => {
    const noLat = fromCsv('partners', toCsv('partners', data()).replace('lat;lon', 'latitude;lon'));
    expect(noLat.problems.map((p) => formatCsvProblem(p, 'en'))).to.deep.equal(['Row 1: the header has no "lat" column']);
    const open = fromCsv('metrics', 'id;value;year;label_id;label_en;sources;notes\r\nx;1;2024;"a;b;S1;\r\n');
    expect(open.problems.map((p) => formatCsvProblem(p, 'id'))).to.deep.equal(['Baris 2: tanda kutip " dibuka tetapi tidak ditutup']);
    const comma = fromCsv('metrics', 'id;value;year;label_id;label_en;sources;notes\r\nx,1,2024,a,b,S1,\r\n');
    expect(comma.problems.map((p) => formatCsvProblem(p, 'en'))[0]).to.equal('Row 2 (x,1,2024,a,b,S1,): this row has 1 cells, unlike the header (is the separator ";"?)');
  });

  it('a figure with thousands separators (1.115, 12.000, 1,115) is not read, with one sentence each', () => {
    const lines = toCsv('metrics', data()).split('\r\n');
    const set = (row: number, value: string): void => {
      lines[row - 1] = lines[row - 1].replace(/^([^;]*);[^;]*;/, `$1;${value};`);
    };
    set(2, '1.115'); // agreements
    set(3, '12.000'); // sister-cities
    set(4, '1,115');
    set(5, '1.234.567');
    set(6, '-1.115');
    set(7, '1 200'); // grouped with a space, as word processors do
    const { items, problems } = fromCsv('metrics', lines.join('\r\n'));
    const sentences = problems.map((p) => [formatCsvProblem(p, 'id'), formatCsvProblem(p, 'en')]);
    expect(sentences).to.deep.equal([
      [
        'Baris 2 (agreements): kolom "value" berisi "1.115", yang mungkin memakai pemisah ribuan: tulis 1115 tanpa titik pemisah ribuan',
        'Row 2 (agreements): "value" is "1.115", which may have a thousands separator: write 1115 without a thousands separator',
      ],
      [
        'Baris 3 (sister-cities): kolom "value" berisi "12.000", yang mungkin memakai pemisah ribuan: tulis 12000 tanpa titik pemisah ribuan',
        'Row 3 (sister-cities): "value" is "12.000", which may have a thousands separator: write 12000 without a thousands separator',
      ],
      [
        `Baris 4 (${items[2].id}): kolom "value" berisi "1,115", yang mungkin memakai pemisah ribuan: tulis 1115 tanpa koma pemisah ribuan`,
        `Row 4 (${items[2].id}): "value" is "1,115", which may have a thousands separator: write 1115 without a thousands separator`,
      ],
      [
        `Baris 5 (${items[3].id}): kolom "value" berisi "1.234.567", yang mungkin memakai pemisah ribuan: tulis 1234567 tanpa titik pemisah ribuan`,
        `Row 5 (${items[3].id}): "value" is "1.234.567", which may have a thousands separator: write 1234567 without a thousands separator`,
      ],
      [
        `Baris 6 (${items[4].id}): kolom "value" berisi "-1.115", yang mungkin memakai pemisah ribuan: tulis -1115 tanpa titik pemisah ribuan`,
        `Row 6 (${items[4].id}): "value" is "-1.115", which may have a thousands separator: write -1115 without a thousands separator`,
      ],
      [
        `Baris 7 (${items[5].id}): kolom "value" berisi "1 200", yang mungkin memakai pemisah ribuan: tulis 1200 tanpa spasi pemisah ribuan`,
        `Row 7 (${items[5].id}): "value" is "1 200", which may have a thousands separator: write 1200 without a thousands separator`,
      ],
    ]);
    expect(problems.map((p) => p.code)).to.deep.equal(Array(6).fill('csv-thousands'));
    expect(items.slice(0, 6).map((m) => m.value)).to.deep.equal([NaN, NaN, NaN, NaN, NaN, NaN]); // no value imported
  });

  it('decimals stay accepted: 1,5 and 2.75 and 0.125 in "value", three decimals in "lat" and "lon"', () => {
    const lines = toCsv('metrics', data()).split('\r\n');
    ['1,5', '2.75', '0.125', '1115', '0,125'].forEach((value, i) => {
      lines[i + 1] = lines[i + 1].replace(/^([^;]*);[^;]*;/, `$1;${value};`);
    });
    const figures = fromCsv('metrics', lines.join('\r\n'));
    expect(figures.problems).to.deep.equal([]);
    expect(figures.items.slice(0, 5).map((m) => m.value)).to.deep.equal([1.5, 2.75, 0.125, 1115, 0.125]);
    const partners = fromCsv('partners', toCsv('partners', data()).replace(';21.5428;39.1728;', ';-6,175;106.828;'));
    expect(partners.problems).to.deep.equal([]);
    expect([partners.items[0].lat, partners.items[0].lon]).to.deep.equal([-6.175, 106.828]);
  });

  it('a file separated by "," or tabs: one sentence naming the separator, not one per column', () => {
    const comma = toCsv('metrics', data()).replace(/;/g, ',');
    const byComma = fromCsv('metrics', comma);
    expect(byComma.items).to.deep.equal([]);
    expect(byComma.problems).to.deep.equal([{ code: 'csv-separator', row: 1, value: ',' }]);
    expect(formatCsvProblem(byComma.problems[0], 'id')).to.equal(
      'Baris 1: sel dipisah dengan "," (koma), padahal pemisahnya harus ";" (titik koma); simpan ulang dengan pemisah ";": ' +
        'di LibreOffice, "Simpan Sebagai", jenis "Teks CSV", centang "Edit filter settings", lalu pemisah bidang ";"; ' +
        'di Excel, pemisahnya mengikuti "Pemisah daftar" (List separator) di pengaturan wilayah Windows',
    );
    expect(formatCsvProblem(byComma.problems[0], 'en')).to.equal(
      'Row 1: the cells are separated by "," (commas), but the separator must be ";" (semicolon); save again with ";": ' +
        'in LibreOffice, "Save As", type "Text CSV", tick "Edit filter settings", then field delimiter ";"; ' +
        'in Excel, the separator follows the "List separator" in the Windows region settings',
    );
    // Excel's own quoting of a comma-separated file, and a header alone.
    const quoted = `\uFEFF${CSV_COLUMNS.partners.map((c) => `"${c}"`).join(',')}\r\n`;
    expect(fromCsv('partners', quoted).problems).to.deep.equal([{ code: 'csv-separator', row: 1, value: ',' }]);
    const tabs = fromCsv('partners', toCsv('partners', data()).replace(/;/g, '\t'));
    expect(tabs.problems).to.deep.equal([{ code: 'csv-separator', row: 1, value: '\t' }]);
    expect(formatCsvProblem(tabs.problems[0], 'en')).to.match(/^Row 1: the cells are separated by tabs, but the separator must be ";"/);
    expect(formatCsvProblem(tabs.problems[0], 'id')).to.match(/^Baris 1: sel dipisah dengan tab, padahal pemisahnya harus ";"/);
    // A one-cell header with a comma, though its names are not ours.
    expect(fromCsv('metrics', 'nama,nilai\r\na,1\r\n').problems).to.deep.equal([{ code: 'csv-separator', row: 1, value: ',' }]);
  });

  it('an imported row that breaks a rule of the data is found by the checker', () => {
    const csv = toCsv('metrics', data()).replace('S3 S66 S1', 'S3 S901');
    const merged = { ...data(), metrics: fromCsv('metrics', csv).items };
    const refs = checkValue(merged).filter((p) => p.code === 'unknown-ref');
    expect(refs.map((p) => p.path)).to.deep.equal(['metrics[0].sources[1]']);
  });
});
