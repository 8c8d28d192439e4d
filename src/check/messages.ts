/**
 * The checker's problems as sentences, in Indonesian and English: the item
 * (by position from 1 and by id), then what is wrong, e.g.
 * `Mitra ke-24 (busan): sumber "S901" tidak ada di daftar sumber`.
 */
import { invisibleCode, syntaxReason } from '../core/json-syntax.js';
import type { Lang } from '../core/types.js';
import type { Params, Problem, ProblemCode, Section } from './check.js';

const ITEM: Record<Lang, Record<Section, string>> = {
  id: { city: 'Kota utama', metrics: 'Angka ke-', partners: 'Mitra ke-', programs: 'Program ke-', sources: 'Sumber ke-', notes: 'Catatan ke-' },
  en: { city: 'Home city', metrics: 'Figure ', partners: 'Partner ', programs: 'Programme ', sources: 'Source ', notes: 'Note ' },
};

const TARGET: Record<Lang, Record<string, [one: string, list: string]>> = {
  id: { sources: ['sumber', 'sumber'], notes: ['catatan', 'catatan'], partners: ['mitra', 'mitra'], metrics: ['angka', 'angka'] },
  en: { sources: ['source', 'sources'], notes: ['note', 'notes'], partners: ['partner', 'partners'], metrics: ['figure', 'figures'] },
};

const LANG_NAME: Record<Lang, Record<string, string>> = {
  id: { id: 'Indonesia', en: 'Inggris' },
  en: { id: 'Indonesian', en: 'English' },
};

/** "Mitra ke-24 (busan)", "Partner 24 (busan)", "Berkas" / "File", or the JSON line and column. */
export function itemLabel(p: Pick<Problem, 'section' | 'position' | 'itemId' | 'line' | 'column'>, lang: Lang): string {
  if (p.line !== undefined) return lang === 'id' ? `Baris ${p.line}, kolom ${p.column ?? 1}` : `Line ${p.line}, column ${p.column ?? 1}`;
  if (!p.section) return lang === 'id' ? 'Berkas' : 'File';
  const name = ITEM[lang][p.section] + (p.position ?? '');
  return p.itemId ? `${name} (${p.itemId})` : name;
}

type Text = (p: Params, lang: Lang) => string;

const n = (value: unknown, lang: Lang): string =>
  typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);

/** Characters that look like nothing, or like a space, named so that a reader can find them. */
const INVISIBLE: Record<string, Record<Lang, string>> = {
  '\u00a0': { id: 'spasi tak terputus (U+00A0, dari pengolah kata?)', en: 'a non-breaking space (U+00A0, from a word processor?)' },
  '\u0000': {
    id: 'karakter NUL (U+0000: berkas tersimpan sebagai UTF-16? Simpan ulang sebagai UTF-8)',
    en: 'a NUL character (U+0000: is the file saved as UTF-16? Save it as UTF-8)',
  },
};

/** An invisible or space-like character by name, or by its code (`U+200B`); null for a visible one. */
function invisible(ch: string, lang: Lang): string | null {
  const named = INVISIBLE[ch]?.[lang];
  if (named) return named;
  const code = invisibleCode(ch);
  return code && (lang === 'id' ? `karakter tak terlihat ${code}` : `the invisible character ${code}`);
}

/**
 * A number or year written as text (`"24"`, `"-6,2"`, `"2025"`): the quotes are the mistake, and
 * worth naming. Not words (`"dua puluh empat"`, typed in the editor), `""` or `null`.
 */
const quotedNumber = (shown: unknown): boolean => /^"[\s\d.,+-]*\d[\s\d.,+-]*"$/.test(String(shown));

const MESSAGES: Record<ProblemCode, Record<Lang, Text>> = {
  // A line break or a tab can only be unexpected inside a text (elsewhere it is white space); curly quotes come from
  // word processors; an invisible character is named, with its code, or the reader could not find it.
  'json-syntax': {
    id: (p) =>
      p.empty
        ? 'berkas ini kosong: tidak ada JSON di dalamnya'
        : p.closing
          ? `JSON tidak dapat dibaca: koma ini berlebih, karena sesudahnya langsung ${p.closing}: hapus koma ini`
        : p.found === '\n' || p.found === '\r'
          ? 'JSON tidak dapat dibaca: baris berakhir di tengah teks (tanda kutip penutup " kurang?)'
          : p.found === '\t'
            ? 'JSON tidak dapat dibaca: ada tab di dalam teks (tersalin dari tabel?): ganti dengan spasi, atau tulis \\t'
          : /^[“”„‘’]$/.test(String(p.found))
            ? `JSON tidak dapat dibaca: ${p.found} adalah tanda kutip miring; JSON memakai tanda kutip lurus "`
            : p.found === "'"
              ? `JSON tidak dapat dibaca: ' adalah tanda kutip tunggal; JSON memakai tanda kutip ganda "`
              : p.found
              ? `JSON tidak dapat dibaca: ${invisible(String(p.found), 'id') ?? `'${p.found}'`} tidak diharapkan di sini (koma, tanda kutip, atau kurung kurang atau berlebih?)`
              : 'JSON tidak dapat dibaca: berkas berakhir sebelum JSON selesai (kurung tutup kurang?)',
    en: (p) =>
      p.empty
        ? 'the file is empty: there is no JSON in it'
        : `the JSON cannot be read: ${syntaxReason({ found: String(p.found ?? ''), closing: p.closing as string | undefined }, (ch) => invisible(ch, 'en'))}`,
  },
  'not-object': {
    id: (p) => (p.field ? `"${p.field}" harus berupa objek { … }` : 'isinya harus berupa objek { … }'),
    en: (p) => (p.field ? `"${p.field}" must be an object { … }` : 'it must be an object { … }'),
  },
  'schema-version': {
    id: (p) =>
      p.missing
        ? '"schemaVersion": 1 tidak ada: apakah ini berkas data jakarta-global-widgets? Berkas data dimulai dengan { "schemaVersion": 1, …'
        : `"schemaVersion" harus 1, bukan ${p.value}`,
    en: (p) =>
      p.missing
        ? '"schemaVersion": 1 is missing: is this a jakarta-global-widgets data file? A data file starts { "schemaVersion": 1, …'
        : `"schemaVersion" must be 1, not ${p.value}`,
  },
  missing: {
    id: (p) => `kolom "${p.field}" tidak ada`,
    en: (p) => `"${p.field}" is missing`,
  },
  'not-text': {
    id: (p) => `"${p.field}" harus berupa teks yang tidak kosong`,
    en: (p) => `"${p.field}" must be a text that is not empty`,
  },
  'not-number': {
    id: (p) =>
      p.thousands !== undefined
        ? `"${p.field}" berisi ${p.value}, yang memakai pemisah ribuan: tulis ${p.thousands}, tanpa titik, koma, atau spasi`
        : p.pair
          ? `"${p.field}" berisi ${p.value}, dua angka sekaligus: tulis lintang di "lat" dan bujur di "lon", satu angka di masing-masing`
          : p.decimal !== undefined
            ? `"${p.field}" berisi ${p.value}: di JSON pecahan ditulis dengan titik, tanpa tanda kutip: tulis ${p.decimal}`
            : `"${p.field}" harus berupa angka${quotedNumber(p.value) ? ' tanpa tanda kutip' : ''}, bukan ${p.value}`,
    en: (p) =>
      p.thousands !== undefined
        ? `"${p.field}" is ${p.value}, which has thousands separators: write ${p.thousands}, with no point, comma or space`
        : p.pair
          ? `"${p.field}" is ${p.value}, two numbers at once: write the latitude in "lat" and the longitude in "lon", one number each`
          : p.decimal !== undefined
            ? `"${p.field}" is ${p.value}: JSON writes decimals with a point, and without quotes: write ${p.decimal}`
            : `"${p.field}" must be a number${quotedNumber(p.value) ? ' without quotes' : ''}, not ${p.value}`,
  },
  'not-year': {
    id: (p) =>
      `"${p.field}" harus tahun empat angka${quotedNumber(p.value) ? ' tanpa tanda kutip' : ''} (mis. 2025), bukan ${p.value}` +
      (p.removable ? `; bila tidak ada, hapus baris "${p.field}"` : p.unknown ? '; bila tahunnya tidak diketahui, tulis null' : ''),
    en: (p) =>
      `"${p.field}" must be a four-digit year${quotedNumber(p.value) ? ' without quotes' : ''} (e.g. 2025), not ${p.value}` +
      (p.removable ? `; if there is none, remove the "${p.field}" line` : p.unknown ? '; if the year is not known, write null' : ''),
  },
  'not-list': {
    id: (p) => `"${p.field}" harus berupa daftar [ … ]`,
    en: (p) => `"${p.field}" must be a list [ … ]`,
  },
  'not-boolean': {
    id: (p) => `"${p.field}" harus true atau false`,
    en: (p) => `"${p.field}" must be true or false`,
  },
  'not-translations': {
    id: (p) => `"${p.field}" harus berisi teks dalam dua bahasa: { "id": "…", "en": "…" }`,
    en: (p) => `"${p.field}" must hold the text in both languages: { "id": "…", "en": "…" }`,
  },
  'translation-missing': {
    id: (p) => `teks bahasa ${LANG_NAME.id[String(p.lang)]} untuk "${p.field}" belum diisi`,
    en: (p) => `the ${LANG_NAME.en[String(p.lang)]} text of "${p.field}" is missing`,
  },
  enum: {
    id: (p) =>
      p.value === '""'
        ? `"${p.field}" belum diisi; pilihannya: ${p.allowed}`
        : `"${p.field}" berisi ${p.value}, yang tidak dikenal; pilihannya: ${p.allowed}` +
          (p.suggestion ? ` (maksudnya "${p.suggestion}"? huruf besar dan kecil dibedakan)` : ''),
    en: (p) =>
      p.value === '""'
        ? `"${p.field}" is not filled in; choose one of: ${p.allowed}`
        : `"${p.field}" is ${p.value}, which is not one of: ${p.allowed}` +
          (p.suggestion ? ` (did you mean "${p.suggestion}"? Capitals matter)` : ''),
  },
  'id-format': {
    id: (p) =>
      `id ${p.value} hanya boleh berisi ${p.lower ? 'huruf kecil' : 'huruf'}, angka dan tanda hubung` +
      (p.suggestion ? ` (mis. "${p.suggestion}")` : ''),
    en: (p) =>
      `the id ${p.value} may only hold ${p.lower ? 'lower-case letters' : 'letters'}, digits and hyphens` +
      (p.suggestion ? ` (e.g. "${p.suggestion}")` : ''),
  },
  'country-code': {
    id: (p) =>
      p.value === '""'
        ? 'kode negara belum diisi: dua huruf besar ISO 3166-1 (mis. "KR")'
        : `kode negara ${p.value} harus dua huruf besar ISO 3166-1` + (p.suggestion ? ` (mis. "${p.suggestion}")` : ''),
    en: (p) =>
      p.value === '""'
        ? 'the country code is not filled in: two capital letters, ISO 3166-1 (e.g. "KR")'
        : `the country code ${p.value} must be two capital letters, ISO 3166-1` + (p.suggestion ? ` (e.g. "${p.suggestion}")` : ''),
  },
  date: {
    id: (p) =>
      `"${p.field}" harus tanggal yang ada di kalender, ditulis ${p.partial ? 'TTTT, TTTT-BB atau TTTT-BB-HH' : 'TTTT-BB-HH'} (mis. 2025-12-31), bukan ${p.value}`,
    en: (p) =>
      `"${p.field}" must be a date on the calendar, written ${p.partial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD'} (e.g. 2025-12-31), not ${p.value}`,
  },
  url: {
    id: (p) =>
      p.credentials
        ? `tautan ${p.value} tidak boleh memuat nama pengguna atau kata sandi sebelum "@": tautan seperti itu membuka alamat sesudah "@" sambil tampak seperti alamat lain`
        : `tautan ${p.value} harus alamat lengkap yang dimulai dengan https:// atau http://, tanpa spasi`,
    en: (p) =>
      p.credentials
        ? `the link ${p.value} must not carry a user name or password before "@": such a link opens the address after the "@" while it reads as another`
        : `the link ${p.value} must be a full address starting with https:// or http://, with no spaces`,
  },
  'language-tag': {
    id: (p) =>
      `bahasa ${p.value} harus kode bahasa seperti "id", "en", "ja" atau "zh-Hant", dengan huruf kecil di depan` +
      (p.suggestion ? ` (mis. "${p.suggestion}")` : ''),
    en: (p) =>
      `the language ${p.value} must be a language code such as "id", "en", "ja" or "zh-Hant", lower case first` +
      (p.suggestion ? ` (e.g. "${p.suggestion}")` : ''),
  },
  'no-sources': {
    id: (p) => `"${p.field}" harus menyebut setidaknya satu sumber`,
    en: (p) => `"${p.field}" must name at least one source`,
  },
  coordinates: {
    id: (p) =>
      `koordinat (lat ${p.lat}, lon ${p.lon}) tidak mungkin: lintang antara -90 dan 90, bujur antara -180 dan 180` +
      (p.swapped ? ' (lat dan lon tertukar?)' : ''),
    en: (p) =>
      `the coordinates (lat ${p.lat}, lon ${p.lon}) are impossible: latitude lies between -90 and 90, longitude between -180 and 180` +
      (p.swapped ? ' (are lat and lon swapped?)' : ''),
  },
  'no-coordinates': {
    id: () => 'koordinat "lat" dan "lon" belum diisi (wajib: tanpa keduanya peta tidak dapat menampilkan mitra ini)',
    en: () => 'the coordinates "lat" and "lon" are not filled in (required: without them the map cannot show this partner)',
  },
  'coordinate-empty': {
    id: (p) => `koordinat "${p.field}" belum diisi`,
    en: (p) => `the coordinate "${p.field}" is not filled in`,
  },
  'end-before-start': {
    id: (p) => `tahun selesai (${p.endYear}) lebih awal daripada tahun mulai (${p.year})`,
    en: (p) => `the end year (${p.endYear}) comes before the start year (${p.year})`,
  },
  'duplicate-id': {
    id: (p) => `id "${p.id}" sudah dipakai oleh %FIRST%`,
    en: (p) => `the id "${p.id}" is already used by %FIRST%`,
  },
  'unknown-ref': {
    id: (p) => `${TARGET.id[String(p.target)][0]} "${p.ref}" tidak ada di daftar ${TARGET.id[String(p.target)][1]}`,
    en: (p) => `${TARGET.en[String(p.target)][0]} "${p.ref}" is not in the list of ${TARGET.en[String(p.target)][1]}`,
  },
  validator: {
    id: (p) => `widget menolak berkas ini: ${p.message}`,
    en: (p) => `the widgets reject this file: ${p.message}`,
  },
  'one-source': {
    id: () => 'angka ini hanya memiliki satu sumber; sumber kedua membuatnya lebih kuat',
    en: () => 'this figure has only one source; a second one makes it safer',
  },
  'no-year': {
    id: () => 'tahun kerja sama pertama ("since") belum diisi',
    en: () => 'the year of the first agreement ("since") is not given',
  },
  'year-differs': {
    id: (p) => `angka ini untuk tahun ${p.year}, sedangkan data ini untuk ${p.datasetYear} ("asOf"); label dan sumbernya sudah diperbarui?`,
    en: (p) => `this figure is for ${p.year}, while the file is for ${p.datasetYear} ("asOf"); are its label and sources up to date?`,
  },
  'future-year': {
    id: (p) => `tahun ${p.year} di "${p.field}" lebih baru daripada tahun data ini (${p.datasetYear}, "asOf"): salah ketik, atau "asOf" belum diperbarui?`,
    en: (p) => `the year ${p.year} in "${p.field}" is later than the file's own (${p.datasetYear}, "asOf"): a typo, or is "asOf" not updated yet?`,
  },
  'future-date': {
    id: (p) => `tanggal ${p.value} di "${p.field}" belum tiba (hari ini ${p.today}): salah ketik?`,
    en: (p) => `the date ${p.value} in "${p.field}" has not come yet (today is ${p.today}): a typo?`,
  },
  'outside-country': {
    id: (p) =>
      `lat ${p.lat}, lon ${p.lon} jauh di luar ${p.nameId} (${p.code}), lebih dari ${p.margin}° dari wilayahnya: ` +
      (p.swapped ? 'lat dan lon tertukar?' : 'periksa koordinatnya (salah ketik, atau tanda minus?)'),
    en: (p) =>
      `lat ${p.lat}, lon ${p.lon} is far outside ${p.nameEn} (${p.code}), more than ${p.margin}° beyond its outlines: ` +
      (p.swapped ? 'are lat and lon swapped?' : 'check the coordinates (a typo, or a minus sign?)'),
  },
  'zero-coordinates': {
    id: () => 'lat 0, lon 0 adalah laut lepas di barat Afrika: koordinat belum diisi?',
    en: () => 'lat 0, lon 0 is open sea off West Africa: are the coordinates not filled in yet?',
  },
  'not-whole': {
    id: (p) =>
      `"${p.field}" ${p.value} bukan bilangan bulat` +
      (p.thousands !== undefined
        ? `; di JSON titik adalah tanda desimal: jika maksudnya ${n(p.thousands, 'id')}, tulis ${p.thousands} tanpa titik`
        : '; apakah angka ini memang berisi pecahan?'),
    en: (p) =>
      `"${p.field}" ${p.value} is not a whole number` +
      (p.thousands !== undefined
        ? `; in JSON the point is a decimal point: for ${n(p.thousands, 'en')}, write ${p.thousands} without a separator`
        : '; is this figure really a fraction?'),
  },
  'duplicate-key': {
    id: (p) =>
      `kunci "${p.key}" ditulis dua kali dalam objek yang sama (pertama di baris ${p.firstLine}, kolom ${p.firstColumn}): hanya yang terakhir yang dibaca, jadi hapus yang tidak dimaksud`,
    en: (p) =>
      `the key "${p.key}" is written twice in the same object (first at line ${p.firstLine}, column ${p.firstColumn}): only the last is read, so delete the one that is not meant`,
  },
  'point-thousands': {
    id: (p, lang) =>
      `"value": ${p.literal} dibaca sebagai ${n(p.value, lang)} (di JSON titik adalah tanda desimal); jika maksudnya ${n(p.thousands, lang)}, tulis ${p.thousands} tanpa titik`,
    en: (p, lang) =>
      `"value": ${p.literal} reads as ${n(p.value, lang)} (in JSON the point is a decimal point); for ${n(p.thousands, lang)}, write ${p.thousands} without a point`,
  },
  negative: {
    id: (p) => `"${p.field}" bernilai negatif (${p.value}); widget akan menampilkannya apa adanya`,
    en: (p) => `"${p.field}" is negative (${p.value}); the widgets will show it as it is`,
  },
  'key-figure-mismatch': {
    id: (p, lang) =>
      `angka utama ${p.atLeast ? 'setidaknya ' : ''}${n(p.value, lang)} tidak cocok dengan angka "${p.metric}" (${n(p.metricValue, lang)})`,
    en: (p, lang) =>
      `the key figure ${p.atLeast ? 'at least ' : ''}${n(p.value, lang)} disagrees with figure "${p.metric}" (${n(p.metricValue, lang)})`,
  },
  'list-count-mismatch': {
    id: (p, lang) =>
      `angka ini ${n(p.value, lang)}, sedangkan daftar mitra dalam berkas ini ${p.what === 'partners' ? `berisi ${n(p.counted, lang)} mitra` : `berada di ${n(p.counted, lang)} negara`}, seperti yang disebut peta dan tabel: perbarui angkanya, atau jelaskan bedanya dalam catatan`,
    en: (p, lang) =>
      `this figure is ${n(p.value, lang)}, but the partner list in this file ${p.what === 'partners' ? `has ${n(p.counted, lang)} partners` : `is in ${n(p.counted, lang)} countries`}, as the map and the table say: update the figure, or explain the difference in a note`,
  },
  'unused-source': {
    id: () => 'sumber ini tidak dirujuk oleh angka, mitra, program atau catatan mana pun',
    en: () => 'no figure, partner, programme or note cites this source',
  },
  'unused-note': {
    id: () => 'catatan ini tidak dirujuk oleh angka, mitra atau program mana pun',
    en: () => 'no figure, partner or programme refers to this note',
  },
  'direction-mark': {
    id: (p) =>
      `"${p.field}" memuat tanda arah tak terlihat (${p.code}) yang membalik urutan teks sesudahnya, termasuk kata-kata widget; hapus tanda itu`,
    en: (p) =>
      `"${p.field}" holds an invisible direction mark (${p.code}) that turns the text after it around, the widget's own words included; delete it`,
  },
  'unknown-field': {
    id: (p) => `kolom "${p.field}" tidak dikenal dan akan diabaikan (salah ketik?)`,
    en: (p) => `"${p.field}" is not a known field and will be ignored (a typo?)`,
  },
};

/** What is wrong, without the item: `sumber "S901" tidak ada di daftar sumber`. */
export function problemText(p: Problem, lang: Lang): string {
  let text = MESSAGES[p.code][lang](p.params, lang);
  if (p.code === 'duplicate-id') {
    // Inside the sentence: "… sudah dipakai oleh mitra ke-1", "… already used by partner 1".
    const first = itemLabel({ section: p.section, position: Number(p.params.firstPosition) }, lang);
    text = text.replace('%FIRST%', first[0].toLowerCase() + first.slice(1));
  }
  return text;
}

/** One sentence: `Mitra ke-24 (busan): sumber "S901" tidak ada di daftar sumber`. */
export function formatProblem(p: Problem, lang: Lang): string {
  return `${itemLabel(p, lang)}: ${problemText(p, lang)}`;
}
