#!/usr/bin/env node
// The bureau's review sheet ("Tinjauan data"): one printable page, in
// Indonesian and English, written from a dataset file itself, so it cannot
// drift from the data. It lists every figure, partner, programme, note and
// source, the open questions for the bureau and a summary.
//
//   npm run data:review                     writes demo/review.html from data/jakarta-2024.json
//   npm run data:review -- --check          fails when demo/review.html is out of date
//   npm run data:review -- jakarta-2025.json --out review-2025.html
//                                           the sheet of another file (a stand-alone page)
//   node scripts/data-review.mjs [data.json] [--out review.html] [--check] [--lang id|en]
//   npx jakarta-global-widgets review jakarta-2025.json [--out …]
//                                           the same from the npm package (bin/ calls `main`
//                                           with `cli`; this file and demo/review.css ship in it)
//
// The file is checked first with the data checker (dist/check/index.js, as
// `jakarta-global-widgets check`; `npm run data:review` builds it): a file
// with errors is refused with the checker's messages and exit code 2. Its
// warnings are listed at the top of a stand-alone sheet.
//
// demo/review.html (the gallery's page) is static HTML with one stylesheet
// (demo/review.css): no script and no inline style, so it runs under the
// gallery's strict CSP. `npm run build:demo` builds it with the gallery;
// test/e2e/review.test.mjs checks it. Any other output is a stand-alone page
// (the same stylesheet inside it, allowed by its hash; no gallery links), to
// print or send on its own.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileProblem } from '../bin/file-problem.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** How the sheet is made in this repository, and by the package's command line (`bin/`), which needs a file. */
const NPM_COMMAND = 'npm run data:review';
const CLI_COMMAND = 'npx jakarta-global-widgets review';
const DATA = resolve(ROOT, 'data/jakarta-2024.json');
const OUT = resolve(ROOT, 'demo/review.html');
const CSS = resolve(ROOT, 'demo/review.css');

/**
 * Editorial metadata that the data cannot say by itself: which year notes
 * record sources that disagree, and which codings are choices the bureau
 * should confirm. Each question is asked only while the file still holds
 * what it is about (the partner, the note, the coding); every count, name
 * and year in it is read from the file, so a file without Berlin, or a
 * 2025 file, gets no question about what it no longer says.
 */
export const DISPUTED_YEARS = [
  { partner: 'los-angeles', note: 'los-angeles-year' },
  { partner: 'istanbul', note: 'istanbul-year' },
  { partner: 'arkansas', note: 'arkansas-year' },
  { partner: 'berlin', note: 'berlin-year' },
];

/**
 * Jakarta's last official list of partners (2019, 21 partners): what the
 * note `list-reconstructed` says the partner list is rebuilt from. A fact
 * about that document, not about any one dataset: the question counts which
 * of them the file still holds and names the partners added since.
 */
export const OFFICIAL_LIST = {
  year: 2019,
  partners: [
    'jeddah', 'seoul', 'islamabad', 'rotterdam', 'tokyo', 'los-angeles', 'casablanca', 'beijing', 'arkansas', 'berlin', 'new-south-wales',
    'paris', 'bangkok', 'hanoi', 'istanbul', 'maputo', 'kyiv', 'moscow', 'jerusalem', 'pyongyang', 'budapest',
  ],
};

/** "A", "A dan B", "A, B dan C" (or "and"). */
const listOf = (names, and) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);
const yearOf = (date) => (typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined);

/**
 * The editorial questions: `note` is the note the question is about; `ask`
 * returns the question in both languages for this file, or null when it no
 * longer applies. `ctx` gives the partners carrying the note, the note, the
 * file and the other questions asked (`asked`, keys in order).
 */
export const EDITORIAL = [
  {
    key: 'jerusalem',
    note: 'jerusalem-status',
    ask: ({ carriers }) => {
      const p = carriers.find((x) => x.id === 'jerusalem');
      if (!p) return null;
      return {
        id: `${p.name.id} dikodekan sebagai ${p.country.name.id} (${p.country.code}), dengan catatan bahwa kota itu berada di bawah administrasi Israel dan statusnya dipersengketakan. Apakah Biro menyetujui pengodean dan catatan ini?`,
        en: `${p.name.en} is coded as ${p.country.name.en} (${p.country.code}), with a note that the city is administered by Israel and its status is disputed. Does the bureau agree with this coding and its note?`,
      };
    },
  },
  {
    key: 'list-reconstructed',
    note: 'list-reconstructed',
    ask: ({ data }) => {
      const ids = new Set(data.partners.map((p) => p.id));
      const official = OFFICIAL_LIST.partners.length;
      const kept = OFFICIAL_LIST.partners.filter((id) => ids.has(id)).length;
      const added = data.partners.filter((p) => !OFFICIAL_LIST.partners.includes(p.id));
      const year = yearOf(data.asOf);
      const from =
        kept === official
          ? { id: `daftar resmi ${official} mitra (${OFFICIAL_LIST.year})`, en: `the official list of ${official} (${OFFICIAL_LIST.year})` }
          : { id: `${kept} dari ${official} mitra dalam daftar resmi (${OFFICIAL_LIST.year})`, en: `${kept} of the ${official} partners on the official list (${OFFICIAL_LIST.year})` };
      const plus = added.length
        ? { id: ` ditambah ${listOf(added.map((p) => p.name.id), 'dan')}`, en: ` plus ${listOf(added.map((p) => p.name.en), 'and')}` }
        : { id: '', en: '' };
      return {
        id: `Daftar ${data.partners.length} mitra disusun ulang dari ${from.id}${plus.id}. Dapatkah Biro memberikan daftar resminya${year ? ` untuk ${year}` : ''}?`,
        en: `The list of ${data.partners.length} partners is rebuilt from ${from.en}${plus.en}. Can the bureau supply its own list${year ? ` for ${year}` : ''}?`,
      };
    },
  },
  {
    key: 'partner-countries',
    note: 'countries-not-23',
    ask: ({ data, asked }) => {
      const m = data.metrics.find((x) => x.id === 'partner-countries' && (x.notes ?? []).includes('countries-not-23'));
      if (!m) return null;
      const list = asked.includes('list-reconstructed') ? { id: 'daftar itu', en: 'that list' } : { id: 'daftar mitra', en: 'the partner list' };
      return {
        id: `Angka ${m.value} negara dihitung dari ${list.id}, bukan angka yang diumumkan, sedangkan beberapa laporan menyebut “23 negara”. Angka mana yang dipakai Biro?`,
        en: `The ${m.value} countries are counted from ${list.en}, not a published figure, while some reports say “23 countries”. Which figure does the bureau use?`,
      };
    },
  },
  {
    key: 'states-called-provinces',
    note: 'states-called-provinces',
    ask: ({ carriers, note, sourceById }) => {
      const states = carriers.filter((p) => p.kind === 'sister-state');
      if (!states.length) return null;
      const years = [...new Set(note.sources.map((id) => yearOf(sourceById.get(id)?.date)).filter(Boolean))];
      const one = states.length === 1;
      return {
        id: `${listOf(states.map((p) => p.name.id), 'dan')} dikodekan sebagai negara bagian kembar (sister state), walaupun dokumen Jakarta${years.length === 1 ? ` tahun ${years[0]}` : ''} menyebutnya “provinsi kembar”. Apakah Biro setuju?`,
        en: `${listOf(states.map((p) => p.name.en), 'and')} ${one ? 'is' : 'are'} coded as ${one ? 'a sister state' : 'sister states'}, although Jakarta’s ${years.length === 1 ? `${years[0]} ` : ''}documents call ${one ? 'it a “sister province”' : 'them “sister provinces”'}. Does the bureau agree?`,
      };
    },
  },
  {
    key: 'shanghai-kind',
    note: 'shanghai-kind',
    ask: ({ carriers, data }) => {
      const p = carriers.find((x) => x.kind === 'friendship-city');
      if (!p) return null;
      const city = data.city.name;
      return {
        id: `${p.name.id} dikodekan sebagai kota sahabat (friendship city), sesuai nota kesepahaman${p.since ? ` ${p.since}` : ''}, walaupun ${p.name.id} menyebut ${city.id} kota kembar. Apakah Biro setuju?`,
        en: `${p.name.en} is coded as a friendship city, as in the ${p.since ? `${p.since} ` : ''}memorandum, although ${p.name.en} calls ${city.en} a sister city. Does the bureau agree?`,
      };
    },
  },
];

const T = {
  title: { id: 'Tinjauan data', en: 'Data review' },
  intro: {
    id: 'Lembar tinjauan untuk Biro Kerja Sama Daerah: setiap angka, mitra, program, catatan, dan sumber dalam data, beserta pertanyaan terbuka yang perlu diputuskan sebelum data diterbitkan.',
    en: 'A review sheet for the Regional Cooperation Bureau: every figure, partner, programme, note and source in the dataset, with the open questions to settle before it is published.',
  },
  /** The file's name as shown (`data/jakarta-2024.json`, `jakarta-2025.json`); none: not named. */
  generated: (file, command) => ({
    id: `Dibuat otomatis${file ? ` dari ${file}` : ''} dengan perintah ${command}. Jangan disunting langsung: ubah datanya, lalu buat ulang lembar ini.`,
    en: `Generated${file ? ` from ${file}` : ''} by ${command}. Do not edit it by hand: change the data, then generate it again.`,
  }),
  warnings: { id: 'Peringatan pemeriksa data', en: 'Checker warnings' },
  warningsIntro: {
    id: 'Pemeriksa data (jakarta-global-widgets check) tidak menemukan kesalahan dalam berkas ini, tetapi memberi peringatan berikut. Periksa setiap peringatan sebelum data diterbitkan.',
    en: 'The data checker (jakarta-global-widgets check) found no errors in this file, but gave the warnings below. Look at each one before the data is published.',
  },
  asOf: { id: 'Data per', en: 'Data as of' },
  contents: { id: 'Isi', en: 'Contents' },
  gallery: { id: 'Kembali ke galeri', en: 'Back to the gallery' },
  editor: { id: 'Sunting data di Editor data', en: 'Edit the data in the data editor' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  questions: { id: 'Pertanyaan terbuka untuk Biro', en: 'Open questions for the bureau' },
  figures: { id: 'Angka', en: 'Figures' },
  partners: { id: 'Mitra', en: 'Partners' },
  programs: { id: 'Program', en: 'Programmes' },
  notes: { id: 'Catatan', en: 'Notes' },
  sources: { id: 'Sumber', en: 'Sources' },
  value: { id: 'Nilai', en: 'Value' },
  label: { id: 'Label', en: 'Label' },
  year: { id: 'Tahun', en: 'Year' },
  country: { id: 'Negara', en: 'Country' },
  region: { id: 'Kawasan', en: 'Region' },
  kind: { id: 'Jenis', en: 'Kind' },
  since: { id: 'Sejak', en: 'Since' },
  confidence: { id: 'Tingkat keyakinan', en: 'Confidence' },
  coordinates: { id: 'Koordinat (WGS 84)', en: 'Coordinates (WGS 84)' },
  coordinateSources: { id: 'Sumber koordinat', en: 'Sources of the coordinates' },
  tieSources: { id: 'Sumber kerja sama', en: 'Sources of the tie' },
  summaryText: { id: 'Ringkasan program', en: 'Summary' },
  sector: { id: 'Bidang', en: 'Sector' },
  keyFigure: { id: 'Angka utama', en: 'Key figure' },
  atLeast: { id: 'sedikitnya', en: 'at least' },
  counterparts: { id: 'Mitra lain', en: 'Counterparts' },
  usedBy: { id: 'Dipakai oleh', en: 'Used by' },
  citedBy: { id: 'Dikutip oleh', en: 'Cited by' },
  toCheck: { id: 'Sumber yang perlu diperiksa', en: 'Sources to check' },
  unknown: { id: 'tidak diketahui', en: 'unknown' },
  none: { id: 'tidak ada', en: 'none' },
  count: { id: 'Jumlah', en: 'Count' },
  publisher: { id: 'Penerbit', en: 'Publisher' },
  date: { id: 'Tanggal', en: 'Date' },
  link: { id: 'Tautan', en: 'Link' },
  byRegion: { id: 'Mitra menurut kawasan', en: 'Partners by region' },
  byKind: { id: 'Mitra menurut jenis', en: 'Partners by kind' },
  byConfidence: { id: 'Mitra menurut tingkat keyakinan', en: 'Partners by confidence' },
  sourcesByKind: { id: 'Sumber menurut jenis', en: 'Sources by kind' },
  sourcesByPublisher: { id: 'Sumber menurut penerbit', en: 'Sources by publisher' },
  secondaryList: {
    id: 'Sumber sekunder (termasuk salinan rilis yang ditulis ulang mesin): periksa silang dengan sumber primer',
    en: 'Secondary sources (machine-rewritten copies of a release included): cross-check against a primary source',
  },
  q_single: { id: 'Angka dari satu sumber saja', en: 'Figures from a single source' },
  q_disputed: { id: 'Tahun yang diperselisihkan sumber', en: 'Years the sources disagree on' },
  q_null: { id: 'Tahun yang tidak diketahui', en: 'Unknown years' },
  q_medium: { id: 'Mitra dengan tingkat keyakinan sedang', en: 'Medium-confidence partners' },
  q_editorial: { id: 'Keputusan redaksional', en: 'Editorial decisions' },
  singleSource: {
    id: 'Angka ini hanya bersumber dari satu laporan. Dapatkah Biro mengonfirmasinya dari dokumennya sendiri?',
    en: 'This figure rests on a single report. Can the bureau confirm it from its own records?',
  },
  disputed: {
    id: 'Sumber tidak sepakat tentang tahun kerja sama ini. Tahun mana yang tercatat dalam dokumen Biro?',
    en: 'The sources disagree on the year of this tie. Which year do the bureau’s records give?',
  },
  nullYear: {
    id: 'Tahun kerja sama ini tidak diketahui atau diperselisihkan, sehingga dikosongkan. Dapatkah Biro mengisinya dari dokumen perjanjian?',
    en: 'The year of this tie is unknown or disputed, so it is left blank. Can the bureau fill it in from the agreement itself?',
  },
  medium: {
    id: 'Kerja sama ini terkonfirmasi, tetapi tahunnya bersumber tunggal, diperselisihkan, atau tidak diketahui. Dapatkah Biro mengonfirmasi tahun dan jenis dokumennya?',
    en: 'The tie is confirmed, but its year is single-source, disputed or unknown. Can the bureau confirm the year and the kind of document?',
  },
  yearUsed: { id: 'Tahun yang dipakai', en: 'Year used' },
  aboutFigures: { id: 'Catatan tentang angka', en: 'Notes about figures' },
  aboutPartners: { id: 'Catatan tentang mitra', en: 'Notes about partners' },
  aboutPrograms: { id: 'Catatan tentang program', en: 'Notes about programmes' },
};

const REGION = {
  asia: { id: 'Asia', en: 'Asia' },
  europe: { id: 'Eropa', en: 'Europe' },
  americas: { id: 'Amerika', en: 'Americas' },
  africa: { id: 'Afrika', en: 'Africa' },
  oceania: { id: 'Oseania', en: 'Oceania' },
};
const KIND = {
  'sister-city': { id: 'kota kembar', en: 'sister city' },
  'sister-state': { id: 'negara bagian kembar', en: 'sister state' },
  'sister-province': { id: 'provinsi kembar', en: 'sister province' },
  'friendship-city': { id: 'kota sahabat', en: 'friendship city' },
};
const CONFIDENCE = {
  high: { id: 'tinggi', en: 'high' },
  medium: { id: 'sedang', en: 'medium' },
  low: { id: 'rendah', en: 'low' },
};
const SOURCE_KIND = {
  primary: { id: 'primer', en: 'primary' },
  news: { id: 'berita', en: 'news' },
  secondary: { id: 'sekunder', en: 'secondary' },
};
const SECTOR = {
  governance: { id: 'tata kelola', en: 'governance' },
  environment: { id: 'lingkungan', en: 'environment' },
  education: { id: 'pendidikan', en: 'education' },
  health: { id: 'kesehatan', en: 'health' },
  diplomacy: { id: 'diplomasi', en: 'diplomacy' },
  planning: { id: 'perencanaan', en: 'planning' },
};

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** One text in both languages, each marked with its language. */
const bi = (t, tag = 'span') =>
  `<${tag} lang="id">${esc(t.id)}</${tag}>${tag === 'span' ? '<span class="sep" aria-hidden="true"> / </span>' : ' '}<${tag} lang="en" class="en">${esc(t.en)}</${tag}>`;
/** A heading or label in both languages: "Indonesian / English". */
const both = (t) => `<span lang="id">${esc(t.id)}</span><span class="sep" aria-hidden="true"> / </span><span lang="en">${esc(t.en)}</span>`;
/** A source's publisher: a name as written, or its text in both languages. */
const publisherHtml = (p) => (typeof p === 'string' ? esc(p) : both(p));

const safeUrl = (url) => (/^https?:\/\//i.test(url) ? url : '');

/** The label of a coded value; an unknown code (which the checker reports) is shown as it is. */
const term = (labels, key) => labels[key] ?? { id: String(key), en: String(key) };

function need(found, what) {
  if (found === undefined) throw new Error(`data-review: ${what} is missing from the data (run the checker: npx jakarta-global-widgets check)`);
  return found;
}

/**
 * The review sheet of a dataset that the checker passed (no errors).
 * `file`: the file's name as shown on the sheet; `standalone`: a page of its
 * own (stylesheet inside, no links to the gallery) rather than the gallery's
 * demo/review.html; `warnings`: the checker's warnings, each `{ id, en }`,
 * listed at the top; `command`: the command the sheet says made it.
 */
export function renderReview(data, { file, standalone = false, warnings = [], command = NPM_COMMAND } = {}) {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const noteById = new Map(data.notes.map((n) => [n.id, n]));
  const partnerById = new Map(data.partners.map((p) => [p.id, p]));
  const source = (id) => need(sourceById.get(id), `source ${id}`);
  const note = (id) => need(noteById.get(id), `note ${id}`);

  // Who cites what, for the "cited by" / "used by" lines.
  const citers = new Map();
  const cite = (id, who) => citers.set(id, [...(citers.get(id) ?? []), who]);
  const nameOf = (p) => p.name.en;
  cite.all = (ids, who) => ids.forEach((id) => cite(id, who));
  cite.all(data.city.sources, { href: '#city', text: { id: 'Koordinat Jakarta', en: 'Jakarta’s coordinates' } });
  for (const m of data.metrics) cite.all(m.sources, { href: `#metric-${m.id}`, text: { id: `angka ${m.id}`, en: `figure ${m.id}` } });
  for (const p of data.partners) {
    cite.all([...p.sources, ...(p.locationSources ?? [])], { href: `#partner-${p.id}`, text: { id: p.name.id, en: nameOf(p) } });
  }
  for (const p of data.programs) cite.all(p.sources, { href: `#program-${p.id}`, text: { id: p.title.id, en: p.title.en } });
  for (const n of data.notes) cite.all(n.sources, { href: `#note-${n.id}`, text: { id: `catatan ${n.id}`, en: `note ${n.id}` } });

  const noteUsers = new Map();
  const use = (id, group, who) => noteUsers.set(id, [...(noteUsers.get(id) ?? []), { group, ...who }]);
  for (const m of data.metrics) for (const id of m.notes ?? []) use(id, 'metric', { href: `#metric-${m.id}`, text: m.label });
  for (const p of data.partners) for (const id of p.notes ?? []) use(id, 'partner', { href: `#partner-${p.id}`, text: p.name });
  for (const p of data.programs) for (const id of p.notes ?? []) use(id, 'program', { href: `#program-${p.id}`, text: p.title });

  /** A source's title, marked with its language where that is not the page's (Indonesian): read aloud as written. */
  const titleHtml = (s) => `<cite${typeof s.lang === 'string' && s.lang && s.lang !== 'id' ? ` lang="${esc(s.lang)}"` : ''}>${esc(s.title)}</cite>`;
  /** One source; `compact` (questions, notes) leaves the address to the sources table it links to. */
  const sourceLine = (id, compact = false) => {
    const s = source(id);
    const url = safeUrl(s.url);
    const kind = s.kind ? term(SOURCE_KIND, s.kind) : undefined;
    return (
      `<li class="source${s.kind === 'secondary' ? ' source--secondary' : ''}">` +
      `<a class="ref" href="#source-${esc(s.id)}">${esc(s.id)}</a> ` +
      `${titleHtml(s)}. ${publisherHtml(s.publisher)}${s.date ? `, ${esc(s.date)}` : ''}.` +
      (kind ? ` <span class="kind kind--${esc(s.kind)}">[${both(kind)}]</span>` : '') +
      (url && !compact ? ` <a class="url" href="${esc(url)}">${esc(url)}</a>` : '') +
      `</li>`
    );
  };
  const sourceList = (ids, compact = false) =>
    ids.length ? `<ul class="sources">${ids.map((id) => sourceLine(id, compact)).join('')}</ul>` : `<p>${both(T.none)}</p>`;
  const noteBlock = (id) => {
    const n = note(id);
    return `<li><a class="ref" href="#note-${esc(n.id)}">${esc(n.id)}</a>${bi(n.text, 'p')}</li>`;
  };
  const noteList = (ids = []) => (ids.length ? `<ul class="notes">${ids.map(noteBlock).join('')}</ul>` : `<p>${both(T.none)}</p>`);
  const row = (label, value) => `<div class="field"><dt>${both(label)}</dt><dd>${value}</dd></div>`;
  const links = (list) =>
    list.length ? list.map((w) => `<a href="${esc(w.href)}">${both(w.text)}</a>`).join('; ') : both(T.none);
  const uniq = (ids) => [...new Set(ids)];

  // ---- summary
  const countTable = (caption, header, items, keyOf, labels) => {
    const counts = new Map();
    for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
    const rows = Object.keys(labels)
      .filter((k) => counts.has(k))
      .map((k) => `<tr><th scope="row">${both(labels[k])}</th><td>${counts.get(k)}</td></tr>`)
      .join('');
    return (
      `<table class="counts"><caption>${both(caption)}</caption>` +
      `<thead><tr><th scope="col">${both(header)}</th><th scope="col">${both(T.count)}</th></tr></thead>` +
      `<tbody>${rows}</tbody></table>`
    );
  };
  const publishers = new Map();
  for (const s of data.sources) {
    const key = publisherHtml(s.publisher);
    publishers.set(key, [...(publishers.get(key) ?? []), s.id]);
  }
  const publisherRows = [...publishers]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'en'))
    .map(([pub, ids]) => `<tr><th scope="row">${pub}</th><td>${ids.length}</td><td>${ids.map((id) => `<a href="#source-${esc(id)}">${esc(id)}</a>`).join(', ')}</td></tr>`)
    .join('');
  const secondary = data.sources.filter((s) => s.kind === 'secondary');
  const summary = `
    <section id="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">${both(T.summary)}</h2>
      <p>${both({ id: `${data.metrics.length} angka, ${data.partners.length} mitra, ${data.programs.length} program, ${data.notes.length} catatan, ${data.sources.length} sumber.`, en: `${data.metrics.length} figures, ${data.partners.length} partners, ${data.programs.length} programmes, ${data.notes.length} notes, ${data.sources.length} sources.` })}</p>
      <div class="count-tables">
        ${countTable(T.byRegion, T.region, data.partners, (p) => p.region, REGION)}
        ${countTable(T.byKind, T.kind, data.partners, (p) => p.kind, KIND)}
        ${countTable(T.byConfidence, T.confidence, data.partners, (p) => p.confidence, CONFIDENCE)}
        ${countTable(T.sourcesByKind, T.kind, data.sources, (s) => s.kind ?? 'unknown', SOURCE_KIND)}
      </div>
      <table class="publishers"><caption>${both(T.sourcesByPublisher)}</caption>
        <thead><tr><th scope="col">${both(T.publisher)}</th><th scope="col">${both(T.count)}</th><th scope="col">${both(T.sources)}</th></tr></thead>
        <tbody>${publisherRows}</tbody>
      </table>
      <h3>${both(T.secondaryList)}</h3>
      ${sourceList(secondary.map((s) => s.id))}
    </section>`;

  // ---- open questions
  const question = (key, subject, text, extra, sourceIds) => `
        <li class="question" data-question="${esc(key)}">
          <p class="question__subject">${subject}</p>
          ${bi(text, 'p')}
          ${extra}
          <p class="question__check">${both(T.toCheck)}:</p>
          ${sourceList(uniq(sourceIds), true)}
        </li>`;
  const partnerLink = (p) => `<a href="#partner-${esc(p.id)}">${both(p.name)}</a>`;
  const notesSources = (ids = []) => ids.flatMap((id) => note(id).sources);

  const single = data.metrics
    .filter((m) => m.sources.length === 1)
    .map((m) =>
      question(
        `single-source:${m.id}`,
        `<a href="#metric-${esc(m.id)}">${esc(m.value)} ${both(m.label)}</a>`,
        T.singleSource,
        noteList(m.notes),
        [...m.sources, ...notesSources(m.notes)],
      ),
    );
  // Asked only while the partner is in the file and still carries the note.
  const disputed = DISPUTED_YEARS.filter(({ partner: id, note: noteId }) => noteById.has(noteId) && (partnerById.get(id)?.notes ?? []).includes(noteId)).map(
    ({ partner: id, note: noteId }) => {
      const p = partnerById.get(id);
      const used = `<p>${both(T.yearUsed)}: ${p.since ?? both(T.unknown)}</p>`;
      return question(`disputed-year:${id}`, partnerLink(p), T.disputed, used + noteList([noteId]), [...p.sources, ...note(noteId).sources]);
    },
  );
  const nullYears = data.partners
    .filter((p) => p.since === null)
    .map((p) => question(`null-year:${p.id}`, partnerLink(p), T.nullYear, noteList(p.notes), [...p.sources, ...notesSources(p.notes)]));
  const medium = data.partners
    .filter((p) => p.confidence !== 'high')
    .map((p) =>
      question(
        `${p.confidence}-confidence:${p.id}`,
        partnerLink(p),
        T.medium,
        `<p>${both(T.since)}: ${p.since ?? both(T.unknown)}; ${both(T.confidence)}: ${both(term(CONFIDENCE, p.confidence))}</p>` + noteList(p.notes),
        [...p.sources, ...notesSources(p.notes)],
      ),
    );
  const asked = [];
  const editorial = EDITORIAL.flatMap(({ key, note: noteId, ask }) => {
    const n = noteById.get(noteId);
    if (!n) return [];
    const carriers = data.partners.filter((p) => (p.notes ?? []).includes(noteId));
    const text = ask({ data, note: n, carriers, sourceById, asked });
    if (!text) return [];
    asked.push(key);
    return [question(`editorial:${key}`, `<a href="#note-${esc(noteId)}">${esc(noteId)}</a>`, text, noteList([noteId]), n.sources)];
  });
  const group = (id, title, items) => `
      <section class="question-group" aria-labelledby="${id}">
        <h3 id="${id}">${both(title)} (${items.length})</h3>
        <ol class="questions">${items.join('')}</ol>
      </section>`;
  const questions = `
    <section id="questions" aria-labelledby="questions-title">
      <h2 id="questions-title">${both(T.questions)}</h2>
      ${group('q-single', T.q_single, single)}
      ${group('q-disputed', T.q_disputed, disputed)}
      ${group('q-null', T.q_null, nullYears)}
      ${group('q-medium', T.q_medium, medium)}
      ${group('q-editorial', T.q_editorial, editorial)}
    </section>`;

  // ---- figures
  const programsOfMetric = (id) => data.programs.filter((p) => p.keyFigure.metric === id);
  const figures = data.metrics
    .map(
      (m) => `
      <article class="item" id="metric-${esc(m.id)}" data-metric="${esc(m.id)}" aria-labelledby="metric-${esc(m.id)}-title">
        <h3 id="metric-${esc(m.id)}-title"><span class="value">${esc(m.value)}</span> ${both(m.label)}</h3>
        <dl>
          ${row({ id: 'Id', en: 'Id' }, `<code>${esc(m.id)}</code>`)}
          ${row(T.value, `<span class="value">${esc(m.value)}</span>`)}
          ${row(T.label, bi(m.label))}
          ${row(T.year, esc(m.year))}
          ${row(T.usedBy, links(programsOfMetric(m.id).map((p) => ({ href: `#program-${p.id}`, text: p.title }))))}
          ${row(T.sources, sourceList(m.sources))}
          ${row(T.notes, noteList(m.notes))}
        </dl>
      </article>`,
    )
    .join('');

  // ---- partners
  const city = data.city;
  const partners = data.partners
    .map(
      (p) => `
      <article class="item" id="partner-${esc(p.id)}" data-partner="${esc(p.id)}" aria-labelledby="partner-${esc(p.id)}-title">
        <h3 id="partner-${esc(p.id)}-title">${both(p.name)}</h3>
        <dl>
          ${row(T.country, `${bi(p.country.name)} (<code>${esc(p.country.code)}</code>)`)}
          ${row(T.region, both(term(REGION, p.region)))}
          ${row(T.kind, both(term(KIND, p.kind)))}
          ${row(T.since, p.since === null ? both(T.unknown) : esc(p.since))}
          ${row(T.confidence, both(term(CONFIDENCE, p.confidence)))}
          ${row(T.coordinates, `<span class="coords">${esc(p.lat)}, ${esc(p.lon)}</span>`)}
          ${row(T.coordinateSources, sourceList(p.locationSources ?? []))}
          ${row(T.tieSources, sourceList(p.sources))}
          ${row(T.notes, noteList(p.notes))}
        </dl>
      </article>`,
    )
    .join('');
  const cityBlock = `
      <article class="item" id="city" data-city="${esc(city.id)}" aria-labelledby="city-title">
        <h3 id="city-title">${both(city.name)} (${both({ id: 'kota asal', en: 'home city' })})</h3>
        <dl>
          ${row(T.country, `${bi(city.country.name)} (<code>${esc(city.country.code)}</code>)`)}
          ${row(T.coordinates, `<span class="coords">${esc(city.lat)}, ${esc(city.lon)}</span>`)}
          ${row(T.coordinateSources, sourceList(city.sources))}
        </dl>
      </article>`;

  // ---- programmes
  const programs = data.programs
    .map((p) => {
      const kf = p.keyFigure;
      const years = p.endYear ? `${esc(p.year)}–${esc(p.endYear)}` : esc(p.year);
      return `
      <article class="item" id="program-${esc(p.id)}" data-program="${esc(p.id)}" aria-labelledby="program-${esc(p.id)}-title">
        <h3 id="program-${esc(p.id)}-title">${both(p.title)}</h3>
        <dl>
          ${row(T.summaryText, bi(p.summary, 'p'))}
          ${row(T.sector, both(term(SECTOR, p.sector)))}
          ${row(T.year, years)}
          ${row(T.keyFigure, `${kf.atLeast ? both(T.atLeast) + ' ' : ''}<span class="value">${esc(kf.value)}</span> ${bi(kf.label)}${kf.metric ? ` (<a href="#metric-${esc(kf.metric)}">${esc(kf.metric)}</a>)` : ''}`)}
          ${row(T.partners, links(p.partners.map((id) => partnerById.get(id)).filter(Boolean).map((x) => ({ href: `#partner-${x.id}`, text: x.name }))))}
          ${row(T.counterparts, p.counterparts?.length ? p.counterparts.map((c) => bi(c)).join('; ') : both(T.none))}
          ${row(T.sources, sourceList(p.sources))}
          ${row(T.notes, noteList(p.notes))}
        </dl>
      </article>`;
    })
    .join('');

  // ---- notes, grouped by what they are about (a note shown once, under the first kind of item it qualifies)
  const groups = { metric: [], partner: [], program: [] };
  for (const n of data.notes) {
    const users = noteUsers.get(n.id) ?? [];
    const first = ['metric', 'partner', 'program'].find((g) => users.some((u) => u.group === g)) ?? 'program';
    groups[first].push(`
        <li class="note" id="note-${esc(n.id)}" data-note="${esc(n.id)}">
          <p class="note__id"><code>${esc(n.id)}</code></p>
          ${bi(n.text, 'p')}
          <p>${both(T.usedBy)}: ${links(users)}</p>
          ${sourceList(n.sources, true)}
        </li>`);
  }
  const noteGroup = (id, title, items) => `
      <section aria-labelledby="${id}">
        <h3 id="${id}">${both(title)} (${items.length})</h3>
        <ul class="note-list">${items.join('')}</ul>
      </section>`;
  const notes = `
    <section id="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">${both(T.notes)}</h2>
      ${noteGroup('notes-figures', T.aboutFigures, groups.metric)}
      ${noteGroup('notes-partners', T.aboutPartners, groups.partner)}
      ${noteGroup('notes-programs', T.aboutPrograms, groups.program)}
    </section>`;

  // ---- sources
  const sourceRows = data.sources
    .map((s) => {
      const url = safeUrl(s.url);
      return `
          <tr id="source-${esc(s.id)}" data-source="${esc(s.id)}"${s.kind === 'secondary' ? ' class="secondary"' : ''}>
            <th scope="row">${esc(s.id)}</th>
            <td>${titleHtml(s)}</td>
            <td>${publisherHtml(s.publisher)}</td>
            <td>${s.date ? esc(s.date) : '–'}</td>
            <td>${s.kind ? both(term(SOURCE_KIND, s.kind)) : '–'}</td>
            <td>${url ? `<a class="url" href="${esc(url)}">${esc(url)}</a>` : '–'}</td>
            <td>${links(citers.get(s.id) ?? [])}</td>
          </tr>`;
    })
    .join('');
  const sources = `
    <section id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">${both(T.sources)} (${data.sources.length})</h2>
      <table class="source-table">
        <caption class="sr-only">${both(T.sources)}</caption>
        <thead><tr>
          <th scope="col">Id</th><th scope="col">${both({ id: 'Judul', en: 'Title' })}</th><th scope="col">${both(T.publisher)}</th>
          <th scope="col">${both(T.date)}</th><th scope="col">${both(T.kind)}</th><th scope="col">${both(T.link)}</th><th scope="col">${both(T.citedBy)}</th>
        </tr></thead>
        <tbody>${sourceRows}</tbody>
      </table>
    </section>`;

  const warningList = warnings.length
    ? `
      <section id="warnings" aria-labelledby="warnings-title">
        <h2 id="warnings-title">${both(T.warnings)} (${warnings.length})</h2>
        ${bi(T.warningsIntro, 'p')}
        <ul class="warnings">${warnings.map((w) => `<li>${bi(w, 'p')}</li>`).join('')}</ul>
      </section>`
    : '';

  // A stand-alone sheet carries the stylesheet (allowed by its hash, so the
  // page still has a strict CSP) and no link to the gallery.
  const css = standalone ? readFileSync(CSS, 'utf8').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() : '';
  const csp = standalone
    ? `default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`
    : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'";
  const generatedFrom = file ? ` from ${esc(file).replace(/-(?=-)/g, '-&#8203;')}` : '';

  const toc = [
    ...(warnings.length ? [['warnings', T.warnings]] : []),
    ['summary', T.summary],
    ['questions', T.questions],
    ['figures', T.figures],
    ['partners', T.partners],
    ['programs', T.programs],
    ['notes', T.notes],
    ['sources', T.sources],
  ]
    .map(([id, t]) => `<li><a href="#${id}">${both(t)}</a></li>`)
    .join('');

  return `<!doctype html>
<!-- Generated by scripts/data-review.mjs${generatedFrom} (${command}). Do not edit. -->
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="${csp}"
    />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(T.title.id)} / ${esc(T.title.en)}: ${esc(data.title.id)}</title>
    <meta name="description" content="${esc(T.intro.id)}" />
    <link rel="icon" href="data:," />
    ${standalone ? `<style>${css}</style>` : '<link rel="stylesheet" href="./review.css" />'}
  </head>
  <body>
    <a class="skip-link" href="#main">${both({ id: 'Langsung ke isi', en: 'Skip to content' })}</a>
    <header class="wrap">
      ${standalone ? '' : `<p class="back"><a href="./">${both(T.gallery)}</a> · <a href="data.html">${both(T.editor)}</a></p>`}
      <h1>${both(T.title)}</h1>
      <p class="dataset-title">${bi(data.title)}</p>
      <p>${both(T.asOf)}: <time datetime="${esc(data.asOf)}">${esc(data.asOf)}</time> · <code>${esc(data.id)}</code></p>
      ${bi(T.intro, 'p')}
      <p class="generated">${both(T.generated(file, command))}</p>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">${both(T.contents)}</h2>
        <ol>${toc}</ol>
      </nav>
    </header>
    <main id="main" class="wrap" tabindex="-1">
      ${warningList}
      ${summary}
      ${questions}
      <section id="figures" aria-labelledby="figures-title">
        <h2 id="figures-title">${both(T.figures)} (${data.metrics.length})</h2>
        ${figures}
      </section>
      <section id="partners" aria-labelledby="partners-title">
        <h2 id="partners-title">${both(T.partners)} (${data.partners.length})</h2>
        ${cityBlock}
        ${partners}
      </section>
      <section id="programs" aria-labelledby="programs-title">
        <h2 id="programs-title">${both(T.programs)} (${data.programs.length})</h2>
        ${programs}
      </section>
      ${notes}
      ${sources}
    </main>
  </body>
</html>
`
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The usage text in each language, for `npm run data:review` (`npm`) or the package's
 * `jakarta-global-widgets review` (`cli`, where a file is required and the sheet goes beside it).
 */
const USAGE = {
  id: {
    npm: {
      line: `Pemakaian: npm run data:review -- [berkas.json] [--out lembar.html] [--check] [--lang id|en]
  (atau: node scripts/data-review.mjs [berkas.json] [--out lembar.html] …)`,
      file: ' (bawaan: data/jakarta-2024.json)',
      out: `demo/review.html untuk data bawaan,
                review-<nama berkas>.html di folder ini untuk berkas lain`,
    },
    cli: {
      line: 'Pemakaian: npx jakarta-global-widgets review <berkas.json> [--out lembar.html] [--check] [--lang id|en]',
      file: '',
      out: 'review-<nama berkas>.html di folder ini',
    },
    text: (u) => `${u.line}

  berkas.json   berkas data yang ditinjau${u.file}
  --out         berkas HTML yang ditulis (bawaan: ${u.out})
  --check       tidak menulis apa pun: gagal bila berkas HTML itu tidak sesuai dengan datanya
  --lang        bahasa pesan: id (bawaan) atau en

Berkas diperiksa dulu dengan pemeriksa data (jakarta-global-widgets check): berkas yang
berisi kesalahan ditolak (kode keluar 2). Peringatannya ditulis di awal lembar.`,
  },
  en: {
    npm: {
      line: `Usage: npm run data:review -- [file.json] [--out sheet.html] [--check] [--lang id|en]
  (or: node scripts/data-review.mjs [file.json] [--out sheet.html] …)`,
      file: ' (default: data/jakarta-2024.json)',
      out: `demo/review.html for the bundled data,
              review-<file name>.html in this folder for another file`,
    },
    cli: {
      line: 'Usage: npx jakarta-global-widgets review <file.json> [--out sheet.html] [--check] [--lang id|en]',
      file: '',
      out: 'review-<file name>.html in this folder',
    },
    text: (u) => `${u.line}

  file.json   the data file to review${u.file}
  --out       the HTML file to write (default: ${u.out})
  --check     writes nothing: fails when that HTML file does not match the data
  --lang      language of the messages: id (default) or en

The file is checked first with the data checker (jakarta-global-widgets check): a file
with errors is refused (exit code 2). Its warnings are written at the top of the sheet.`,
  },
};
const usage = (lang, cli) => USAGE[lang].text(USAGE[lang][cli ? 'cli' : 'npm']);

function parseArgs(argv) {
  const args = { lang: 'id', files: [], out: undefined, check: false, help: false, bad: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name) => (a === name ? argv[++i] : a.slice(name.length + 1));
    if (a === '--check') args.check = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--out' || a.startsWith('--out=')) {
      const v = value('--out');
      if (v && !v.startsWith('-')) args.out = v;
      else args.bad ??= '--out';
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v === 'id' || v === 'en') args.lang = v;
      else args.bad ??= `--lang ${v ?? ''}`.trim();
    } else if (a.startsWith('-') && a !== '-') args.bad ??= a;
    else args.files.push(a);
  }
  if (args.files.length > 1) args.bad ??= args.files[1];
  return args;
}

/** A path as typed in a shell: in quotes when it holds a space or a quote. */
const quoted = (path) => (/[\s'"]/.test(path) ? `"${path.replace(/"/g, '\\"')}"` : path);

/** How the sheet names its file: the path inside the repository, or the file's own name. */
function shownName(path) {
  const rel = relative(ROOT, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : basename(path);
}

/**
 * The command: `npm run data:review -- …` (`cli` false), or the package's
 * `jakarta-global-widgets review <file> …` (`cli` true: a file is required,
 * the sheet and the messages name that command). Returns the exit code.
 */
export async function main(argv, { cli = false } = {}) {
  const args = parseArgs(argv);
  const say = (id, en) => (args.lang === 'id' ? id : en);
  if (args.help) {
    console.log(usage(args.lang, cli));
    return 0;
  }
  const wrong = args.bad
    ? say(`Perintah tidak dikenal atau tidak lengkap: ${args.bad}`, `Unknown or incomplete option: ${args.bad}`)
    : cli && !args.files.length && say('Sebutkan berkas data yang ditinjau.', 'Name the data file to review.');
  if (wrong) {
    console.error(wrong);
    console.error(usage(args.lang, cli));
    return 2;
  }
  const command = cli ? CLI_COMMAND : NPM_COMMAND;
  // `npm run` starts the script in the repository's folder: paths typed by
  // the user are relative to where they typed the command.
  const cwd = (process.env.npm_lifecycle_event === 'data:review' && process.env.INIT_CWD) || process.cwd();
  const dataPath = args.files.length ? resolve(cwd, args.files[0]) : DATA;
  const outPath = args.out
    ? resolve(cwd, args.out)
    : dataPath === DATA
      ? OUT
      : resolve(cwd, `review-${basename(dataPath, extname(dataPath))}.html`);
  const shownData = shownName(dataPath);
  const shownOut = relative(cwd, outPath) || outPath;
  // The file as the user typed it (from where they are), in the checker's command suggested below.
  const typed = quoted(args.files[0] ?? relative(cwd, dataPath));

  let check;
  try {
    check = await import('../dist/check/index.js');
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(
      say(
        'Pemeriksa data belum dibangun (dist/check/index.js tidak ada): jalankan lewat `npm run data:review`, atau `npm run build` dulu.',
        'The data checker is not built (dist/check/index.js is missing): run this through `npm run data:review`, or `npm run build` first.',
      ),
    );
    return 2;
  }

  let bytes;
  try {
    bytes = readFileSync(dataPath);
  } catch (error) {
    console.error(fileProblem(error, args.files[0] ?? shownData, args.lang));
    return 2;
  }
  // UTF-8 only, as the widgets and the checker read it: another encoding would fill the sheet with "�".
  const { text } = check.decodeUtf8(bytes);
  if (text === undefined) {
    console.error(
      say(
        `${shownData} tidak tersimpan sebagai UTF-8. Lembar tinjauan tidak dibuat: pemeriksa menjelaskan cara menyimpannya ulang (npx jakarta-global-widgets check ${typed}).`,
        `${shownData} is not saved as UTF-8. No review sheet was made: the checker says how to save it again (npx jakarta-global-widgets check ${typed} --lang en).`,
      ),
    );
    return 2;
  }
  const result = check.checkText(text);
  if (result.errors) {
    for (const p of result.problems.filter((x) => x.severity === 'error')) {
      console.error(`${say('KESALAHAN', 'ERROR')}  ${check.formatProblem(p, args.lang)}`);
    }
    console.error(
      say(
        `${shownData}: ${result.errors} kesalahan. Lembar tinjauan tidak dibuat: perbaiki dulu kesalahannya (npx jakarta-global-widgets check ${typed}).`,
        `${shownData}: ${result.errors} error${result.errors === 1 ? '' : 's'}. No review sheet was made: fix the errors first (npx jakarta-global-widgets check ${typed} --lang en).`,
      ),
    );
    return 2;
  }
  const warnings = result.problems.map((p) => ({ id: check.formatProblem(p, 'id'), en: check.formatProblem(p, 'en') }));
  if (!args.check) for (const w of warnings) console.log(`${say('peringatan', 'warning')}  ${w[args.lang]}`);

  // The gallery's page is demo/review.html; anything else stands alone and lists the warnings.
  const standalone = outPath !== OUT;
  const html = renderReview(result.value, { file: shownData, standalone, warnings: standalone ? warnings : [], command });

  if (args.check) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== html) {
      const rest = argv.filter((a) => a !== '--check');
      const again = cli ? `${CLI_COMMAND} ${rest.join(' ')}` : `${NPM_COMMAND}${rest.length ? ` -- ${rest.join(' ')}` : ''}`;
      console.error(say(`${shownOut} tidak sesuai dengan ${shownData}: jalankan \`${again}\`.`, `${shownOut} is out of date with ${shownData}: run \`${again}\`.`));
      return 1;
    }
    console.log(say(`${shownOut} sesuai dengan ${shownData}.`, `${shownOut} is up to date with ${shownData}.`));
    return 0;
  }
  try {
    writeFileSync(outPath, html);
  } catch (error) {
    console.error(fileProblem(error, args.out ?? shownOut, args.lang, true));
    return 2;
  }
  console.log(say(`Ditulis: ${shownOut} (${(html.length / 1024).toFixed(1)} KiB), dari ${shownData}`, `Written: ${shownOut} (${(html.length / 1024).toFixed(1)} KiB), from ${shownData}`));
  return 0;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) process.exitCode = await main(process.argv.slice(2));
