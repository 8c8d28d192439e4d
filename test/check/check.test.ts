import { expect } from '@open-wc/testing';
import { checkText, checkValue, exitCode, findSyntaxError, formatProblem, type Problem } from '../../src/check/index.js';
import { slug } from '../../src/check/check.js';
import { inspectDataset } from '../../src/core/validate.js';
import bundled from '../../data/jakarta-2024.json';

/** The fixture's text, as the CLI and the editor read it. */
async function fixture(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/check/${name}.json`, import.meta.url));
  expect(response.ok, name).to.equal(true);
  return response.text();
}

/** Every problem of a fixture as [severity, Indonesian, English]. */
async function sentences(name: string): Promise<[string, string, string][]> {
  return checkText(await fixture(name)).problems.map((p) => [p.severity, formatProblem(p, 'id'), formatProblem(p, 'en')]);
}

describe('checker: broken files, every problem as one sentence in both languages', () => {
  it('a clean file: no problems, exit 0', async () => {
    const result = checkText(await fixture('clean'));
    expect(result.problems).to.deep.equal([]);
    expect(exitCode(result.problems)).to.equal(0);
  });

  it('syntax: the line and column where the text stops being JSON', async () => {
    const result = checkText(await fixture('syntax'));
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ code: 'json-syntax', line: 9, column: 3, severity: 'error' });
    expect(await sentences('syntax')).to.deep.equal([
      [
        'error',
        `Baris 9, kolom 3: JSON tidak dapat dibaca: '"' tidak diharapkan di sini (koma, tanda kutip, atau kurung kurang atau berlebih?)`,
        `Line 9, column 3: the JSON cannot be read: '"' is not expected here (a missing or extra comma, quote or bracket?)`,
      ],
    ]);
    expect(exitCode(result.problems)).to.equal(2);
  });

  it('syntax: lines end at \\n, \\r\\n or a lone \\r (old Mac files), as editors count them', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const [p] = checkText(['{', '  "a": 1,', '  "b": 2,,', '}'].join(eol)).problems;
      expect(p, JSON.stringify(eol)).to.include({ code: 'json-syntax', line: 3, column: 10 });
    }
  });

  it('syntax: a file cut short names its end', () => {
    const [p] = checkText('{\n  "a": [1, 2\n').problems;
    expect(formatProblem(p, 'id')).to.equal('Baris 3, kolom 1: JSON tidak dapat dibaca: berkas berakhir sebelum JSON selesai (kurung tutup kurang?)');
    expect(formatProblem(p, 'en')).to.equal('Line 3, column 1: the JSON cannot be read: the file ends before the JSON does (a missing closing bracket?)');
  });

  it('syntax: an empty file, a character nobody can see, and a file that is not ours, each named', () => {
    for (const empty of ['', '  \n\n \n']) {
      const [p] = checkText(empty).problems;
      expect(formatProblem(p, 'en'), JSON.stringify(empty)).to.equal('File: the file is empty: there is no JSON in it');
      expect(formatProblem(p, 'id')).to.equal('Berkas: berkas ini kosong: tidak ada JSON di dalamnya');
    }
    const [nbsp] = checkText('{\n  "value":\u00a0102\n}').problems;
    expect(formatProblem(nbsp, 'en')).to.equal(
      'Line 2, column 11: the JSON cannot be read: a non-breaking space (U+00A0, from a word processor?) is not expected here (a missing or extra comma, quote or bracket?)',
    );
    expect(formatProblem(nbsp, 'id')).to.equal(
      'Baris 2, kolom 11: JSON tidak dapat dibaca: spasi tak terputus (U+00A0, dari pengolah kata?) tidak diharapkan di sini (koma, tanda kutip, atau kurung kurang atau berlebih?)',
    );
    const [zwsp] = checkText('{"a": 1,\u200b"b": 2}').problems;
    expect(formatProblem(zwsp, 'en')).to.contain('the invisible character U+200B is not expected here');
    // UTF-16 without a byte-order mark, read as UTF-8 (the data editor reads a file it cannot tell).
    const [nul] = checkText('{\u0000"\u0000a\u0000"\u0000:\u00001\u0000}\u0000').problems;
    expect(formatProblem(nul, 'en')).to.contain('a NUL character (U+0000: is the file saved as UTF-16? Save it as UTF-8)');
    // Valid JSON of another kind (a GeoJSON file, package.json): not "must be 1, not —".
    const other = checkText('{"type": "FeatureCollection", "features": []}').problems;
    expect(formatProblem(other[0], 'en')).to.equal(
      'File: "schemaVersion": 1 is missing: is this a jakarta-global-widgets data file? A data file starts { "schemaVersion": 1, …',
    );
    expect(formatProblem(checkText('{"schemaVersion": 2}').problems[0], 'en')).to.equal('File: "schemaVersion" must be 1, not 2');
  });

  it('syntax: a text left open at the end of its line, and curly quotes from a word processor', () => {
    const [open] = checkText('{\n  "id": "jakarta-2025,\n  "schemaVersion": 1\n}').problems;
    expect(formatProblem(open, 'id')).to.equal('Baris 2, kolom 23: JSON tidak dapat dibaca: baris berakhir di tengah teks (tanda kutip penutup " kurang?)');
    expect(formatProblem(open, 'en')).to.equal('Line 2, column 23: the JSON cannot be read: a line ends inside a text (a missing closing quote "?)');
    const [curly] = checkText('{\n  "id": “jakarta-2025”\n}').problems;
    expect(formatProblem(curly, 'id')).to.equal('Baris 2, kolom 9: JSON tidak dapat dibaca: “ adalah tanda kutip miring; JSON memakai tanda kutip lurus "');
    // A tab pasted into a text from a spreadsheet (between tokens it is white space, and fine).
    const [tab] = checkText('{\n\t"title": "Kerja sama\tluar negeri"\n}').problems;
    expect(formatProblem(tab, 'id')).to.equal('Baris 2, kolom 22: JSON tidak dapat dibaca: ada tab di dalam teks (tersalin dari tabel?): ganti dengan spasi, atau tulis \\t');
    expect(formatProblem(tab, 'en')).to.equal('Line 2, column 22: the JSON cannot be read: a tab inside a text (copied from a table?): replace it with a space, or write \\t');
  });

  it('enum case: the allowed values and the one meant', async () => {
    expect(await sentences('enum-case')).to.deep.equal([
      [
        'error',
        'Mitra ke-1 (lima): "kind" berisi "Sister-City", yang tidak dikenal; pilihannya: sister-city, sister-state, sister-province, friendship-city (maksudnya "sister-city"? huruf besar dan kecil dibedakan)',
        'Partner 1 (lima): "kind" is "Sister-City", which is not one of: sister-city, sister-state, sister-province, friendship-city (did you mean "sister-city"? Capitals matter)',
      ],
    ]);
  });

  it('missing translation', async () => {
    expect(await sentences('missing-translation')).to.deep.equal([
      ['error', 'Mitra ke-2 (oslo): teks bahasa Inggris untuk "name" belum diisi', 'Partner 2 (oslo): the English text of "name" is missing'],
    ]);
    const [p] = checkText(await fixture('missing-translation')).problems;
    expect(p).to.include({ path: 'partners[1].name.en', section: 'partners', position: 2, itemId: 'oslo', field: 'name.en' });
  });

  it('unknown reference: the item by position from 1 and by id', async () => {
    expect(await sentences('unknown-reference')).to.deep.equal([
      ['error', 'Mitra ke-2 (oslo): sumber "S901" tidak ada di daftar sumber', 'Partner 2 (oslo): source "S901" is not in the list of sources'],
    ]);
    expect(await sentences('unknown-metric')).to.deep.equal([
      [
        'error',
        'Program ke-1 (sample-program): angka "agreement" tidak ada di daftar angka',
        'Programme 1 (sample-program): figure "agreement" is not in the list of figures',
      ],
    ]);
  });

  it('duplicate id: names the first user', async () => {
    expect(await sentences('duplicate-id')).to.deep.equal([
      ['error', 'Mitra ke-2 (lima): id "lima" sudah dipakai oleh mitra ke-1', 'Partner 2 (lima): the id "lima" is already used by partner 1'],
    ]);
  });

  it('programme figure that disagrees with its metric: a warning, numbers as Intl writes them', async () => {
    const result = checkText(await fixture('programme-metric'));
    expect(exitCode(result.problems)).to.equal(1);
    expect(await sentences('programme-metric')).to.deep.equal([
      [
        'warning',
        'Program ke-1 (sample-program): angka utama 12 tidak cocok dengan angka "agreements" (1.234)',
        'Programme 1 (sample-program): the key figure 12 disagrees with figure "agreements" (1,234)',
      ],
    ]);
  });

  it('bad coordinates: a quoted number, and an impossible pair', async () => {
    expect(await sentences('bad-coordinates')).to.deep.equal([
      ['error', 'Mitra ke-1 (lima): "lon" harus berupa angka tanpa tanda kutip, bukan "-77.04"', 'Partner 1 (lima): "lon" must be a number without quotes, not "-77.04"'],
      [
        'error',
        'Mitra ke-2 (oslo): koordinat (lat 159.91, lon 10.75) tidak mungkin: lintang antara -90 dan 90, bujur antara -180 dan 180',
        'Partner 2 (oslo): the coordinates (lat 159.91, lon 10.75) are impossible: latitude lies between -90 and 90, longitude between -180 and 180',
      ],
    ]);
    // (Not "swapped?": lat 10.75, lon 159.91 is in the Pacific, not in Norway; 159.91 is a typo of 59.91.)
  });

  it('warnings: one source, no year, a year that differs from the file, a source nothing cites', async () => {
    const result = checkText(await fixture('warnings'));
    expect(result.errors).to.equal(0);
    expect(exitCode(result.problems)).to.equal(1);
    expect(await sentences('warnings')).to.deep.equal([
      [
        'warning',
        'Angka ke-1 (agreements): angka ini hanya memiliki satu sumber; sumber kedua membuatnya lebih kuat',
        'Figure 1 (agreements): this figure has only one source; a second one makes it safer',
      ],
      [
        'warning',
        'Angka ke-1 (agreements): angka ini untuk tahun 2024, sedangkan data ini untuk 2025 ("asOf"); label dan sumbernya sudah diperbarui?',
        'Figure 1 (agreements): this figure is for 2024, while the file is for 2025 ("asOf"); are its label and sources up to date?',
      ],
      ['warning', 'Mitra ke-2 (oslo): tahun kerja sama pertama ("since") belum diisi', 'Partner 2 (oslo): the year of the first agreement ("since") is not given'],
      [
        'warning',
        'Sumber ke-3 (C): sumber ini tidak dirujuk oleh angka, mitra, program atau catatan mana pun',
        'Source 3 (C): no figure, partner, programme or note cites this source',
      ],
    ]);
  });
});

describe('checker: more rules', () => {
  const clean = async (): Promise<Record<string, any>> => JSON.parse(await fixture('clean'));
  const texts = (raw: unknown, lang: 'id' | 'en' = 'en'): string[] => checkValue(raw).map((p) => formatProblem(p, lang));

  it('finds every problem, not only the first, in file order', async () => {
    const d = await clean();
    d.notes[0].sources = ['Z'];
    d.partners[0].region = 'Europe';
    d.metrics[0].value = '1234';
    d.asOf = '31/12/2025';
    expect(texts(d)).to.deep.equal([
      'File: "asOf" must be a date on the calendar, written YYYY-MM-DD (e.g. 2025-12-31), not "31/12/2025"',
      'Figure 1 (agreements): "value" must be a number without quotes, not "1234"',
      'Partner 1 (lima): "region" is "Europe", which is not one of: asia, europe, americas, africa, oceania (did you mean "europe"? Capitals matter)',
      'Note 1 (n1): source "Z" is not in the list of sources',
    ]);
  });

  it('ids, country codes, links, missing fields, typos and empty source lists', async () => {
    const d = await clean();
    d.partners[0].id = 'Lima Kota';
    d.partners[0].country.code = 'pe';
    d.partners[0].soruces = d.partners[0].sources;
    delete d.partners[0].sources;
    d.sources[1].url = 'javascript:alert(1)';
    d.programs[0].sources = [];
    expect(texts(d, 'id')).to.deep.equal([
      'Mitra ke-1 (Lima Kota): id "Lima Kota" hanya boleh berisi huruf kecil, angka dan tanda hubung (mis. "lima-kota")',
      'Mitra ke-1 (Lima Kota): kode negara "pe" harus dua huruf besar ISO 3166-1 (mis. "PE")',
      'Mitra ke-1 (Lima Kota): "sources" harus menyebut setidaknya satu sumber',
      'Mitra ke-1 (Lima Kota): kolom "soruces" tidak dikenal dan akan diabaikan (salah ketik?)',
      'Program ke-1 (sample-program): "sources" harus menyebut setidaknya satu sumber',
      'Program ke-1 (sample-program): mitra "lima" tidak ada di daftar mitra',
      'Sumber ke-2 (B): tautan "javascript:alert(1)" harus alamat lengkap yang dimulai dengan https:// atau http://, tanpa spasi',
    ]);
    // The scheme in capitals is the same address (the widgets show it, lower-cased); without its "//", not a full one.
    d.sources[1].url = 'HTTPS://EXAMPLE.COM/';
    expect(texts(d, 'en').filter((t) => t.startsWith('Source'))).to.deep.equal([]);
    d.sources[1].url = 'https:example.com';
    expect(texts(d, 'en').filter((t) => t.startsWith('Source'))).to.deep.equal([
      'Source 2 (B): the link "https:example.com" must be a full address starting with https:// or http://, with no spaces',
    ]);
  });

  it('an invisible direction mark left in a text (it turns the widget’s words after it around) is a warning naming its code', async () => {
    const d = await clean();
    d.partners[0].name.en = `${d.partners[0].name.en}\u202e`;
    d.sources[0].title = `\u2067${d.sources[0].title}`;
    expect(texts(d, 'en')).to.deep.equal([
      `Partner 1 (${d.partners[0].id}): "name.en" holds an invisible direction mark (U+202E) that turns the text after it around, the widget's own words included; delete it`,
      'Source 1 (A): "title" holds an invisible direction mark (U+2067) that turns the text after it around, the widget\'s own words included; delete it',
    ]);
    expect(texts(d, 'id')[0]).to.equal(
      `Mitra ke-1 (${d.partners[0].id}): "name.en" memuat tanda arah tak terlihat (U+202E) yang membalik urutan teks sesudahnya, termasuk kata-kata widget; hapus tanda itu`,
    );
    // Right-to-left text itself is no such mark.
    d.partners[0].name.en = 'القدس';
    d.sources[0].title = 'عنوان';
    expect(texts(d, 'en')).to.deep.equal([]);
  });

  it('a link with a user name or password before "@" (it reads as one address and opens another) is an error', async () => {
    const d = await clean();
    d.sources[0].url = 'https://jakarta.go.id@evil.example/';
    d.sources[1].url = 'https://user:pass@example.org/x';
    expect(texts(d, 'en')).to.deep.equal([
      'Source 1 (A): the link "https://jakarta.go.id@evil.example/" must not carry a user name or password before "@": such a link opens the address after the "@" while it reads as another',
      'Source 2 (B): the link "https://user:pass@example.org/x" must not carry a user name or password before "@": such a link opens the address after the "@" while it reads as another',
    ]);
    expect(texts(d, 'id')[0]).to.equal(
      'Sumber ke-1 (A): tautan "https://jakarta.go.id@evil.example/" tidak boleh memuat nama pengguna atau kata sandi sebelum "@": tautan seperti itu membuka alamat sesudah "@" sambil tampak seperti alamat lain',
    );
    // An "@" in the path or the query is no such thing.
    d.sources[0].url = 'https://example.org/people/@jakarta?by=a@b';
    d.sources[1].url = 'https://example.org/';
    expect(texts(d, 'en')).to.deep.equal([]);
  });

  it('a link with a space inside it (pasted from a word processor or a PDF) is an error, as in Node so in the browser', async () => {
    const d = await clean();
    const url = d.sources[0].url as string;
    d.sources[0].url = url.replace('https://', 'https:// ');
    d.sources[1].url = `${d.sources[1].url.replace(/\/$/, '')} /page`;
    // Chromium's URL parser would take both (as https://%20…), a dead link.
    expect(new URL(d.sources[0].url).href).to.contain('%20');
    expect(texts(d, 'en')).to.deep.equal([
      `Source 1 (A): the link "${d.sources[0].url}" must be a full address starting with https:// or http://, with no spaces`,
      `Source 2 (B): the link "${d.sources[1].url}" must be a full address starting with https:// or http://, with no spaces`,
    ]);
  });

  it("a source's language that is not a language code: every one named, in both languages; spaces around a link are no error", async () => {
    const d = await clean();
    d.sources[0].lang = 'EN';
    d.sources[1].lang = 'Indonesia';
    expect(texts(d, 'id')).to.deep.equal([
      'Sumber ke-1 (A): bahasa "EN" harus kode bahasa seperti "id", "en", "ja" atau "zh-Hant", dengan huruf kecil di depan (mis. "en")',
      'Sumber ke-2 (B): bahasa "Indonesia" harus kode bahasa seperti "id", "en", "ja" atau "zh-Hant", dengan huruf kecil di depan',
    ]);
    expect(texts(d, 'en')[0]).to.equal(
      'Source 1 (A): the language "EN" must be a language code such as "id", "en", "ja" or "zh-Hant", lower case first (e.g. "en")',
    );
    d.sources[0].lang = 'zh-Hant';
    d.sources[1].lang = 'pt-BR';
    // A link with spaces around it, as pasted: the widgets read it (the URL parser drops them), so no error.
    d.sources[0].url = ` ${d.sources[0].url} `;
    expect(texts(d)).to.deep.equal([]);
  });

  it('what a person writes for "not known", a pasted pair of coordinates, and single quotes, each with what to write', async () => {
    const d = await clean();
    d.partners[0].since = '';
    d.partners[0].lat = '-12.05, -77.04';
    expect(texts(d, 'id')).to.deep.equal([
      'Mitra ke-1 (lima): "since" harus tahun empat angka (mis. 2025), bukan ""; bila tahunnya tidak diketahui, tulis null',
      'Mitra ke-1 (lima): "lat" berisi "-12.05, -77.04", dua angka sekaligus: tulis lintang di "lat" dan bujur di "lon", satu angka di masing-masing',
    ]);
    expect(texts(d)[1]).to.equal(
      'Partner 1 (lima): "lat" is "-12.05, -77.04", two numbers at once: write the latitude in "lat" and the longitude in "lon", one number each',
    );
    // A year in quotes: the quotes are named.
    d.partners[0].since = '1990';
    expect(texts(d, 'id')[0]).to.equal('Mitra ke-1 (lima): "since" harus tahun empat angka tanpa tanda kutip (mis. 2025), bukan "1990"');
    // A decimal comma is one number, not a pair: the number to write (without its quotes alone,
    // -12,05 would not be JSON at all).
    d.partners[0].since = 1990;
    d.partners[0].lat = '-12,05';
    expect(texts(d, 'id')).to.deep.equal(['Mitra ke-1 (lima): "lat" berisi "-12,05": di JSON pecahan ditulis dengan titik, tanpa tanda kutip: tulis -12.05']);
    expect(texts(d)).to.deep.equal(['Partner 1 (lima): "lat" is "-12,05": JSON writes decimals with a point, and without quotes: write -12.05']);
    d.partners[0].lat = -12.05;
    d.metrics[0].value = '2,5';
    expect(texts(d)).to.deep.equal(['Figure 1 (agreements): "value" is "2,5": JSON writes decimals with a point, and without quotes: write 2.5']);
    const [quote] = checkText("{\n  'title': 'Data'\n}").problems;
    expect(formatProblem(quote, 'id')).to.equal(`Baris 2, kolom 3: JSON tidak dapat dibaca: ' adalah tanda kutip tunggal; JSON memakai tanda kutip ganda "`);
    expect(formatProblem(quote, 'en')).to.equal(`Line 2, column 3: the JSON cannot be read: ' is a single quote; JSON uses double quotes "`);
  });

  it('a list that cannot be read is one message: nothing that refers to it, counts it or is cited only from it is judged', async () => {
    expect(texts(await clean())).to.deep.equal([]);
    const partners = await clean();
    partners.partners = { lima: partners.partners[0] };
    expect(texts(partners)).to.deep.equal(['File: "partners" must be a list [ … ]']);
    const metrics = await clean();
    metrics.metrics = null;
    expect(texts(metrics)).to.deep.equal(['File: "metrics" must be a list [ … ]']);
    const sources = await clean();
    delete sources.sources;
    expect(texts(sources)).to.deep.equal(['File: "sources" is missing']);
  });

  it('an empty country code or choice (a new partner in the editor) is "not filled in", not an unknown value', async () => {
    const d = await clean();
    d.partners[0].country.code = '';
    d.partners[0].region = '';
    expect(texts(d, 'id')).to.deep.equal([
      'Mitra ke-1 (lima): kode negara belum diisi: dua huruf besar ISO 3166-1 (mis. "KR")',
      'Mitra ke-1 (lima): "region" belum diisi; pilihannya: asia, europe, americas, africa, oceania',
    ]);
    expect(texts(d)).to.deep.equal([
      'Partner 1 (lima): the country code is not filled in: two capital letters, ISO 3166-1 (e.g. "KR")',
      'Partner 1 (lima): "region" is not filled in; choose one of: asia, europe, americas, africa, oceania',
    ]);
  });

  it('a figure written as text with thousands separators ("12.000", "1,115") is named with the number to write', async () => {
    const d = await clean();
    d.metrics[0].value = '12.000';
    d.programs[0].keyFigure.value = '1,115';
    expect(texts(d, 'id')).to.deep.equal([
      'Angka ke-1 (agreements): "value" berisi "12.000", yang memakai pemisah ribuan: tulis 12000, tanpa titik, koma, atau spasi',
      'Program ke-1 (sample-program): "keyFigure.value" berisi "1,115", yang memakai pemisah ribuan: tulis 1115, tanpa titik, koma, atau spasi',
    ]);
    expect(texts(d)[0]).to.equal('Figure 1 (agreements): "value" is "12.000", which has thousands separators: write 12000, with no point, comma or space');
    // Grouped with a space, as typesetting and word processors do (a no-break or thin one too): not "without quotes".
    for (const typed of ['1 200', '1\u00a0200', '1\u202f200', '1 234 567']) {
      d.metrics[0].value = typed;
      expect(texts(d)[0]).to.equal(
        `Figure 1 (agreements): "value" is ${JSON.stringify(typed)}, which has thousands separators: write ${typed.replace(/\s/g, '')}, with no point, comma or space`,
      );
    }
    // A decimal comma ("2,5") gets the number with a point; other text is not a number.
    d.metrics[0].value = '2,5';
    expect(texts(d, 'id')[0]).to.equal('Angka ke-1 (agreements): "value" berisi "2,5": di JSON pecahan ditulis dengan titik, tanpa tanda kutip: tulis 2.5');
    d.metrics[0].value = 'dua';
    expect(texts(d, 'id')[0]).to.equal('Angka ke-1 (agreements): "value" harus berupa angka, bukan "dua"');
  });

  it('"endYear": null (for "none", as "since": null says "not known") is named at its programme, as the widgets refuse it', async () => {
    const d = structuredClone(bundled) as Record<string, any>;
    const at = d.programs.findIndex((p: { id: string }) => p.id === 'jeju');
    d.programs[at].endYear = null;
    const problems = checkValue(structuredClone(d)).filter((p) => p.severity === 'error');
    expect(problems.map((p) => formatProblem(p, 'id'))).to.deep.equal([
      `Program ke-${at + 1} (jeju): "endYear" harus tahun empat angka (mis. 2025), bukan null; bila tidak ada, hapus baris "endYear"`,
    ]);
    expect(formatProblem(problems[0], 'en')).to.equal(
      `Programme ${at + 1} (jeju): "endYear" must be a four-digit year (e.g. 2025), not null; if there is none, remove the "endYear" line`,
    );
    expect(inspectDataset(structuredClone(d)).problems.map((p) => p.path)).to.deep.equal([`programs[${at}].endYear`]);
    // A partner's "since": null stays what the schema allows: a warning that the year is not known.
    d.programs[at].endYear = 2026;
    d.partners[0].since = null;
    expect(checkValue(structuredClone(d)).filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('a key figure "at least" a smaller number than its metric agrees with it: no problem, here or in the widgets', async () => {
    const d = structuredClone(bundled) as Record<string, any>;
    d.metrics.find((m: { id: string }) => m.id === 'asn-rotterdam').value = 150;
    const program = d.programs.find((p: { id: string }) => p.id === 'rotterdam-dutep');
    expect(program.keyFigure).to.include({ value: 100, metric: 'asn-rotterdam', atLeast: true });
    expect(checkValue(structuredClone(d)).filter((p) => p.severity === 'error')).to.deep.equal([]);
    const { data, problems } = inspectDataset(structuredClone(d));
    expect(problems).to.deep.equal([]);
    expect(data!.programs.find((p) => p.id === 'rotterdam-dutep')!.keyFigure.value, 'as its own sources have it').to.equal(100);
    // Above the metric, "at least" disagrees: a warning, and the widgets show the metric's figure.
    program.keyFigure.value = 200;
    expect(checkValue(structuredClone(d)).map((p) => p.code)).to.include('key-figure-mismatch');
    expect(inspectDataset(structuredClone(d)).data!.programs.find((p) => p.id === 'rotterdam-dutep')!.keyFigure.value).to.equal(150);
  });

  it('a partner added without the figures that count the list: both figures named, with the counts the map and the table show', () => {
    const d = structuredClone(bundled) as Record<string, any>;
    expect(checkValue(structuredClone(d)).filter((p) => p.code === 'list-count-mismatch'), 'the bundled data agrees with itself').to.deep.equal([]);
    // A 24th partner, in a country not yet on the list; the figures still say 23 partners in 20 countries.
    d.partners.push({ ...structuredClone(d.partners[0]), id: 'almaty', name: { id: 'Almaty', en: 'Almaty' }, country: { code: 'KZ', name: { id: 'Kazakstan', en: 'Kazakhstan' } }, lat: 43.24, lon: 76.89 });
    const mismatches = checkValue(structuredClone(d)).filter((p) => p.code === 'list-count-mismatch');
    expect(mismatches.map((p) => [p.severity, formatProblem(p, 'id'), formatProblem(p, 'en')])).to.deep.equal([
      [
        'warning',
        'Angka ke-2 (sister-cities): angka ini 23, sedangkan daftar mitra dalam berkas ini berisi 24 mitra, seperti yang disebut peta dan tabel: perbarui angkanya, atau jelaskan bedanya dalam catatan',
        'Figure 2 (sister-cities): this figure is 23, but the partner list in this file has 24 partners, as the map and the table say: update the figure, or explain the difference in a note',
      ],
      [
        'warning',
        'Angka ke-3 (partner-countries): angka ini 20, sedangkan daftar mitra dalam berkas ini berada di 21 negara, seperti yang disebut peta dan tabel: perbarui angkanya, atau jelaskan bedanya dalam catatan',
        'Figure 3 (partner-countries): this figure is 20, but the partner list in this file is in 21 countries, as the map and the table say: update the figure, or explain the difference in a note',
      ],
    ]);
    // Both updated: nothing to say. (A partner in a country already listed changes only the first.)
    d.metrics.find((m: { id: string }) => m.id === 'sister-cities').value = 24;
    d.metrics.find((m: { id: string }) => m.id === 'partner-countries').value = 21;
    expect(checkValue(structuredClone(d)).filter((p) => p.code === 'list-count-mismatch')).to.deep.equal([]);
    d.partners.at(-1).country = structuredClone(d.partners[0].country);
    expect(checkValue(structuredClone(d)).filter((p) => p.code === 'list-count-mismatch').map((p) => p.itemId)).to.deep.equal(['partner-countries']);
  });

  it('a publisher as a name or in both languages: the language missing, or neither', async () => {
    const d = await clean();
    d.sources[0].publisher = { id: 'Sample Press (salinan arsip)', en: 'Sample Press (archive copy)' };
    expect(texts(d)).to.deep.equal([]);
    d.sources[0].publisher = { id: 'Sample Press (salinan arsip)' };
    d.sources[1].publisher = 42;
    expect(texts(d)).to.deep.equal([
      'Source 1 (A): the English text of "publisher" is missing',
      'Source 2 (B): "publisher" must be a text that is not empty',
    ]);
  });

  it('a key written twice in one object (JSON.parse keeps the last without a word): an error at the second, naming the first', async () => {
    const text = JSON.stringify(await clean(), null, 2)
      .replace('  "asOf": "2025-06-30",', '  "asOf": "2025-12-31",\n  "asOf": "2025-06-30",')
      // The same key in another object, and as a value: not a duplicate.
      .replace('"code": "ID",', '"code": "ID", "note": "code",');
    const { problems } = checkText(text);
    expect(problems.map((p) => [p.severity, formatProblem(p, 'en')])).to.deep.equal([
      ['error', 'Line 9, column 3: the key "asOf" is written twice in the same object (first at line 8, column 3): only the last is read, so delete the one that is not meant'],
      ['warning', 'Home city (sample): "country.note" is not a known field and will be ignored (a typo?)'],
    ]);
    expect(formatProblem(problems[0], 'id')).to.equal(
      'Baris 9, kolom 3: kunci "asOf" ditulis dua kali dalam objek yang sama (pertama di baris 8, kolom 3): hanya yang terakhir yang dibaca, jadi hapus yang tidak dimaksud',
    );
    expect(exitCode(problems)).to.equal(2);
    // An escaped quote or an escaped key is read as JSON reads it.
    expect(checkText('{"a\\"b": 1, "a\\u0022b": 2}').problems.map((p) => p.params.key)).to.include('a"b');
  });

  it('a source dated after today, and a partner left at 0, 0: warnings', async () => {
    const d = await clean();
    const today = new Date().toISOString().slice(0, 10);
    d.sources[0].date = '2999-01';
    d.sources[1].date = today; // today itself is no problem
    d.partners[0].lat = 0;
    d.partners[0].lon = 0;
    expect(checkValue(d).map((p) => [p.severity, formatProblem(p, 'en')])).to.deep.equal([
      ['warning', 'Partner 1 (lima): lat 0, lon 0 is open sea off West Africa: are the coordinates not filled in yet?'],
      ['warning', `Source 1 (A): the date "2999-01" in "date" has not come yet (today is ${today}): a typo?`],
    ]);
    expect(formatProblem(checkValue(d)[1], 'id')).to.equal(`Sumber ke-1 (A): tanggal "2999-01" di "date" belum tiba (hari ini ${today}): salah ketik?`);
  });

  it('a place far outside its country: swapped lat and lon, a lost minus sign; coasts, islands and the antimeridian pass', async () => {
    const d = await clean();
    [d.partners[1].lat, d.partners[1].lon] = [10.75, 59.91]; // Oslo, swapped: both in range, in the Arabian Sea
    d.partners[0].lon = 77.04; // Lima without its minus sign: in India
    expect(checkValue(d).map((p) => [p.severity, formatProblem(p, 'en')])).to.deep.equal([
      ['warning', 'Partner 1 (lima): lat -12.06, lon 77.04 is far outside Peru (PE), more than 2° beyond its outlines: check the coordinates (a typo, or a minus sign?)'],
      ['warning', 'Partner 2 (oslo): lat 10.75, lon 59.91 is far outside Norway (NO), more than 2° beyond its outlines: are lat and lon swapped?'],
    ]);
    expect(formatProblem(checkValue(d)[1]!, 'id')).to.equal(
      'Mitra ke-2 (oslo): lat 10.75, lon 59.91 jauh di luar Norwegia (NO), lebih dari 2° dari wilayahnya: lat dan lon tertukar?',
    );
    const place = async (code: string, lat: number, lon: number) => {
      const e = await clean();
      Object.assign(e.partners[0], { country: { code, name: { id: code, en: code } }, lat, lon });
      return checkValue(e).map((p) => p.code);
    };
    expect(await place('KR', 33.5, 126.53)).to.deep.equal([]); // Jeju: an island south of the 1:110m outline
    expect(await place('FJ', -16.5, -179.9)).to.deep.equal([]); // Fiji, east of the antimeridian
    expect(await place('RU', 64.7, 177.5)).to.deep.equal([]); // Anadyr, Russia across the antimeridian
    expect(await place('SG', 1.35, 103.82)).to.deep.equal([]); // Singapore: no 1:110m outline, not checked
    expect(await place('RU', 10, 100)).to.deep.equal(['outside-country']); // too far south for Russia
    // An impossible pair is "swapped?" only where, read the other way round, it lies in its country,
    // or where the country has no outline to compare with (Singapore).
    const swapped = async (code: string, lat: number, lon: number) => {
      const e = await clean();
      Object.assign(e.partners[0], { country: { code, name: { id: code, en: code } }, lat, lon });
      return texts(e, 'en')[0]?.endsWith('(are lat and lon swapped?)');
    };
    expect(await swapped('KR', 126.98, 37.57)).to.equal(true); // Seoul
    expect(await swapped('PK', 95, 73.04)).to.equal(false); // Islamabad, lat 33.7 mistyped: lat 73.04, lon 95 is in the Arctic
    expect(await swapped('SG', 103.82, 1.35)).to.equal(true);
    // A code that is a name on every object's prototype is an error of its own, not a crash.
    for (const code of ['__proto__', 'constructor', 'toString']) expect(await place(code, 1, 1)).to.deep.equal(['country-code']);
    // The bundled dataset itself: every partner inside its country.
    const whole = JSON.parse(await (await fetch('/data/jakarta-2024.json')).text());
    expect(checkValue(whole).filter((p) => p.code === 'outside-country')).to.deep.equal([]);
  });

  it('dates that are not on the calendar, though shaped like dates', async () => {
    const d = await clean();
    d.asOf = '2025-02-29';
    d.sources[0].date = '2025-13-01';
    d.sources[1].date = '2024-02-29';
    expect(texts(d, 'id')).to.deep.equal([
      'Berkas: "asOf" harus tanggal yang ada di kalender, ditulis TTTT-BB-HH (mis. 2025-12-31), bukan "2025-02-29"',
      'Sumber ke-1 (A): "date" harus tanggal yang ada di kalender, ditulis TTTT, TTTT-BB atau TTTT-BB-HH (mis. 2025-12-31), bukan "2025-13-01"',
    ]);
  });

  it('counts written as in Indonesian prose: a point between thousands, a fraction, a negative figure', async () => {
    const d = await clean();
    const say = (value: number | string): [string, string][] => {
      d.metrics[0].value = 0;
      const text = JSON.stringify(d, null, 2).replace('"value": 0,', `"value": ${value},`);
      return checkText(text).problems.map((p) => [p.severity, formatProblem(p, 'id')]);
    };
    // Too large to hold: named as JavaScript reads it, not as JSON would write it back (null).
    expect(say('1e400')).to.deep.equal([['error', 'Angka ke-1 (agreements): "value" harus berupa angka, bukan Infinity']]);
    expect(say(1.115)).to.deep.equal([
      ['warning', 'Angka ke-1 (agreements): "value" 1.115 bukan bilangan bulat; di JSON titik adalah tanda desimal: jika maksudnya 1.115, tulis 1115 tanpa titik'],
    ]);
    const line = JSON.stringify(d, null, 2).split('\n').findIndex((l) => l.includes('"value": 0,')) + 1;
    expect(say('12.000')).to.deep.equal([
      ['warning', `Baris ${line}, kolom 16: "value": 12.000 dibaca sebagai 12 (di JSON titik adalah tanda desimal); jika maksudnya 12.000, tulis 12000 tanpa titik`],
    ]);
    expect(say(-5)).to.deep.equal([['warning', 'Angka ke-1 (agreements): "value" bernilai negatif (-5); widget akan menampilkannya apa adanya']]);
    expect(say(2.5)).to.deep.equal([['warning', 'Angka ke-1 (agreements): "value" 2.5 bukan bilangan bulat; apakah angka ini memang berisi pecahan?']]);
    expect(say(1115)).to.deep.equal([]);
  });

  it('an agreement dated after the file’s year; each empty coordinate named', async () => {
    const d = await clean();
    d.partners[0].since = 2052;
    d.partners[0].lat = null;
    d.partners[0].lon = 'x';
    expect(texts(d, 'id')).to.deep.equal([
      'Mitra ke-1 (lima): koordinat "lat" belum diisi',
      'Mitra ke-1 (lima): "lon" harus berupa angka, bukan "x"',
      `Mitra ke-1 (lima): tahun 2052 di "since" lebih baru daripada tahun data ini (${d.asOf.slice(0, 4)}, "asOf"): salah ketik, atau "asOf" belum diperbarui?`,
    ]);
  });

  it('a file that is not an object, and one without its lists', () => {
    expect(texts([], 'id')).to.deep.equal(['Berkas: isinya harus berupa objek { … }']);
    const problems = checkValue({ schemaVersion: 2 });
    expect(problems.map((p) => p.path)).to.include.members(['schemaVersion', 'id', 'title', 'asOf', 'city', 'metrics', 'partners', 'programs', 'sources', 'notes']);
    expect(formatProblem(problems[0], 'en')).to.equal('File: "schemaVersion" must be 1, not 2');
  });

  it('a file the checker passes is one the widgets accept (the validator has the last word)', () => {
    // No error for the bundled data; its warnings are known and reviewed.
    const problems: Problem[] = checkValue(structuredClone(bundled));
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'one-source metrics[3].sources',
      'one-source metrics[4].sources',
      // Rotterdam's 100: only Mimbar Kepri gives the number (the seed article names none).
      'one-source metrics[7].sources',
      'one-source metrics[8].sources',
      'no-year partners[5].since',
      'no-year partners[14].since',
      'no-year partners[15].since',
      'no-year partners[16].since',
      'no-year partners[19].since',
      'no-year partners[20].since',
    ]);
  });

  it('a leading byte-order mark is allowed', async () => {
    expect(checkText(`\uFEFF${await fixture('clean')}`).problems).to.deep.equal([]);
  });
});

describe('slug: the ids the data editor makes from a name, and the checker suggests', () => {
  it('writes every Latin letter as ASCII, those without a mark to remove too (they used to be dropped)', () => {
    const cases: [string, string][] = [
      ['Busan', 'busan'],
      ['São Paulo', 'sao-paulo'],
      ['Kraków', 'krakow'],
      ['Đà Nẵng', 'da-nang'],
      ['Łódź', 'lodz'],
      ['Tromsø', 'tromso'],
      ['Straßburg', 'strassburg'],
      ['Þórshöfn', 'thorshofn'],
      ['Diyarbakır', 'diyarbakir'],
      ['İzmir', 'izmir'],
      ['Ærøskøbing', 'aeroskobing'],
      ['Œuilly', 'oeuilly'],
      ['Jeju Province (South Korea)', 'jeju-province-south-korea'],
    ];
    expect(cases.map(([name]) => slug(name))).to.deep.equal(cases.map(([, id]) => id));
  });
});

describe('findSyntaxError agrees with JSON.parse', () => {
  const cases = ['{}', '[1,2]', '"a\\u00e9"', '{"a":[true,false,null,-0.5e+3]}', '{"a":1,}', '[1 2]', '{"a":01}', '"\t"', 'nul', '{"a":1}x', '', '  ', '{"a" 1}', '[1,]', '[[],[[]],{"a":{"b":[1,{}]}}]', '[[1]', '{"a":{"b":1}}}', '{"a":[}', '[{"a":1,"b"}]'];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      let ok = true;
      try {
        JSON.parse(text);
      } catch {
        ok = false;
      }
      expect(findSyntaxError(text) === null).to.equal(ok);
    });
  }

  it('follows a file nested deeper than a call stack goes', () => {
    const deep = '['.repeat(50_000);
    expect(findSyntaxError(`${deep}${']'.repeat(50_000)}`)).to.equal(null);
    expect(findSyntaxError(`${deep}${']'.repeat(49_999)}`)).to.deep.equal({ line: 1, column: 100_000, found: '' });
    expect(findSyntaxError(`${'{"a":'.repeat(50_000)}1,}`)).to.deep.equal({ line: 1, column: 250_002, found: ',', closing: '}' });
    const [p] = checkText(`${deep}]`).problems;
    expect(p).to.include({ code: 'json-syntax', line: 1, column: 50_002 });
  });

  it('counts lines and columns from 1', () => {
    expect(findSyntaxError('{\n  "a": 1\n  "b": 2\n}')).to.deep.equal({ line: 3, column: 3, found: '"' });
  });

  it('names a comma with no item after it at the comma, with the bracket that follows', () => {
    expect(findSyntaxError('{\n  "a": [1, 2,\n  ]\n}')).to.deep.equal({ line: 2, column: 13, found: ',', closing: ']' });
    expect(findSyntaxError('{ "a": 1, }')).to.deep.equal({ line: 1, column: 9, found: ',', closing: '}' });
    // Two commas in a row: the second is the one that does not fit.
    expect(findSyntaxError('[1,,2]')).to.deep.equal({ line: 1, column: 4, found: ',' });
  });

  it('says to delete a stray comma, in both languages, where it is', () => {
    const text = '{\n  "partners": [\n    { "id": "a" },\n  ],\n  "id": "x"\n}';
    const [p] = checkText(text).problems;
    expect(p).to.include({ code: 'json-syntax', line: 3, column: 18 });
    expect(formatProblem(p, 'id')).to.equal('Baris 3, kolom 18: JSON tidak dapat dibaca: koma ini berlebih, karena sesudahnya langsung ]: hapus koma ini');
    expect(formatProblem(p, 'en')).to.equal('Line 3, column 18: the JSON cannot be read: this comma is one too many, as ] comes right after it: delete it');
  });
});
