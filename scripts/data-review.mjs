#!/usr/bin/env node
// The bureau's review sheet ("Tinjauan data"): one printable page, in
// Indonesian and English, written from data/jakarta-2024.json itself, so it
// cannot drift from the data. It lists every figure, partner, programme, note
// and source, the open questions for the bureau and a summary.
//
//   npm run data:review              writes demo/review.html
//   npm run data:review -- --check   fails when demo/review.html is out of date
//
// The page is static HTML with one stylesheet (demo/review.css): no script and
// no inline style, so it runs under the gallery's strict CSP. `npm run
// build:demo` builds it with the gallery; test/e2e/review.test.mjs checks it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const DATA = new URL('data/jakarta-2024.json', ROOT);
const OUT = new URL('demo/review.html', ROOT);

/**
 * Editorial metadata that the data cannot say by itself: which year notes
 * record sources that disagree, and which codings are choices the bureau
 * should confirm. Every id is checked against the data (a missing one stops
 * the script), so a renamed partner or note cannot silently drop a question.
 */
export const DISPUTED_YEARS = [
  { partner: 'los-angeles', note: 'los-angeles-year' },
  { partner: 'istanbul', note: 'istanbul-year' },
  { partner: 'arkansas', note: 'arkansas-year' },
  { partner: 'berlin', note: 'berlin-year' },
];

export const EDITORIAL = [
  {
    key: 'jerusalem',
    note: 'jerusalem-status',
    question: {
      id: 'Yerusalem (Al-Quds) dikodekan sebagai Palestina (PS), dengan catatan bahwa kota itu berada di bawah administrasi Israel dan statusnya dipersengketakan. Apakah Biro menyetujui pengodean dan catatan ini?',
      en: 'Jerusalem (Al-Quds) is coded as Palestine (PS), with a note that the city is administered by Israel and its status is disputed. Does the bureau agree with this coding and its note?',
    },
  },
  {
    key: 'list-reconstructed',
    note: 'list-reconstructed',
    question: {
      id: 'Daftar 23 mitra disusun ulang dari daftar resmi 21 mitra (2019) ditambah Shanghai dan Jeju. Dapatkah Biro memberikan daftar resminya untuk 2024?',
      en: 'The list of 23 partners is rebuilt from the official list of 21 (2019) plus Shanghai and Jeju. Can the bureau supply its own list for 2024?',
    },
  },
  {
    key: 'partner-countries',
    note: 'countries-not-23',
    question: {
      id: 'Angka 20 negara dihitung dari daftar itu, bukan angka yang diumumkan, sedangkan beberapa laporan menyebut “23 negara”. Angka mana yang dipakai Biro?',
      en: 'The 20 countries are counted from that list, not a published figure, while some reports say “23 countries”. Which figure does the bureau use?',
    },
  },
  {
    key: 'states-called-provinces',
    note: 'states-called-provinces',
    question: {
      id: 'Arkansas dan New South Wales dikodekan sebagai negara bagian kembar (sister state), walaupun dokumen Jakarta tahun 1994 menyebutnya “provinsi kembar”. Apakah Biro setuju?',
      en: 'Arkansas and New South Wales are coded as sister states, although Jakarta’s 1994 documents call them “sister provinces”. Does the bureau agree?',
    },
  },
  {
    key: 'shanghai-kind',
    note: 'shanghai-kind',
    question: {
      id: 'Shanghai dikodekan sebagai kota bersahabat (friendship city), sesuai nota kesepahaman 2020, walaupun Shanghai menyebut Jakarta kota kembar. Apakah Biro setuju?',
      en: 'Shanghai is coded as a friendship city, as in the 2020 memorandum, although Shanghai calls Jakarta a sister city. Does the bureau agree?',
    },
  },
];

const T = {
  title: { id: 'Tinjauan data', en: 'Data review' },
  intro: {
    id: 'Lembar tinjauan untuk Biro Kerja Sama Daerah: setiap angka, mitra, program, catatan, dan sumber dalam data, beserta pertanyaan terbuka yang perlu diputuskan sebelum data diterbitkan.',
    en: 'A review sheet for the Regional Cooperation Bureau: every figure, partner, programme, note and source in the dataset, with the open questions to settle before it is published.',
  },
  generated: {
    id: 'Dibuat otomatis dari data/jakarta-2024.json dengan perintah npm run data:review. Jangan disunting langsung: ubah datanya, lalu buat ulang lembar ini.',
    en: 'Generated from data/jakarta-2024.json by npm run data:review. Do not edit it by hand: change the data, then generate it again.',
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
  sector: { id: 'Sektor', en: 'Sector' },
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
  'friendship-city': { id: 'kota bersahabat', en: 'friendship city' },
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

const safeUrl = (url) => (/^https?:\/\//i.test(url) ? url : '');

function need(found, what) {
  if (found === undefined) throw new Error(`data-review: ${what} is missing from the data`);
  return found;
}

export function renderReview(data) {
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

  /** One source; `compact` (questions, notes) leaves the address to the sources table it links to. */
  const sourceLine = (id, compact = false) => {
    const s = source(id);
    const url = safeUrl(s.url);
    const kind = s.kind ? SOURCE_KIND[s.kind] : undefined;
    return (
      `<li class="source${s.kind === 'secondary' ? ' source--secondary' : ''}">` +
      `<a class="ref" href="#source-${esc(s.id)}">${esc(s.id)}</a> ` +
      `<cite>${esc(s.title)}</cite>. ${esc(s.publisher)}${s.date ? `, ${esc(s.date)}` : ''}.` +
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
  for (const s of data.sources) publishers.set(s.publisher, [...(publishers.get(s.publisher) ?? []), s.id]);
  const publisherRows = [...publishers]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'en'))
    .map(([pub, ids]) => `<tr><th scope="row">${esc(pub)}</th><td>${ids.length}</td><td>${ids.map((id) => `<a href="#source-${esc(id)}">${esc(id)}</a>`).join(', ')}</td></tr>`)
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
  const disputed = DISPUTED_YEARS.map(({ partner: id, note: noteId }) => {
    const p = need(partnerById.get(id), `partner ${id}`);
    if (!(p.notes ?? []).includes(noteId)) throw new Error(`data-review: partner ${id} no longer carries note ${noteId}`);
    const used = `<p>${both(T.yearUsed)}: ${p.since ?? both(T.unknown)}</p>`;
    return question(`disputed-year:${id}`, partnerLink(p), T.disputed, used + noteList([noteId]), [...p.sources, ...note(noteId).sources]);
  });
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
        `<p>${both(T.since)}: ${p.since ?? both(T.unknown)}; ${both(T.confidence)}: ${both(CONFIDENCE[p.confidence])}</p>` + noteList(p.notes),
        [...p.sources, ...notesSources(p.notes)],
      ),
    );
  const editorial = EDITORIAL.map(({ key, note: noteId, question: text }) =>
    question(`editorial:${key}`, `<a href="#note-${esc(noteId)}">${esc(noteId)}</a>`, text, noteList([noteId]), note(noteId).sources),
  );
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
          ${row(T.region, both(REGION[p.region]))}
          ${row(T.kind, both(KIND[p.kind]))}
          ${row(T.since, p.since === null ? both(T.unknown) : esc(p.since))}
          ${row(T.confidence, both(CONFIDENCE[p.confidence]))}
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
          ${row(T.sector, both(SECTOR[p.sector]))}
          ${row(T.year, years)}
          ${row(T.keyFigure, `${kf.atLeast ? both(T.atLeast) + ' ' : ''}<span class="value">${esc(kf.value)}</span> ${bi(kf.label)}${kf.metric ? ` (<a href="#metric-${esc(kf.metric)}">${esc(kf.metric)}</a>)` : ''}`)}
          ${row(T.partners, links(p.partners.map((id) => need(partnerById.get(id), `partner ${id}`)).map((x) => ({ href: `#partner-${x.id}`, text: x.name }))))}
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
            <td><cite>${esc(s.title)}</cite></td>
            <td>${esc(s.publisher)}</td>
            <td>${s.date ? esc(s.date) : '–'}</td>
            <td>${s.kind ? both(SOURCE_KIND[s.kind]) : '–'}</td>
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

  const toc = [
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
<!-- Generated by scripts/data-review.mjs from data/jakarta-2024.json (npm run data:review). Do not edit. -->
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'self'; form-action 'none'"
    />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(T.title.id)} / ${esc(T.title.en)}: ${esc(data.title.id)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./review.css" />
  </head>
  <body>
    <a class="skip-link" href="#main">${both({ id: 'Langsung ke isi', en: 'Skip to content' })}</a>
    <header class="wrap">
      <p class="back"><a href="./">${both(T.gallery)}</a> · <a href="data.html">${both(T.editor)}</a></p>
      <h1>${both(T.title)}</h1>
      <p class="dataset-title">${bi(data.title)}</p>
      <p>${both(T.asOf)}: <time datetime="${esc(data.asOf)}">${esc(data.asOf)}</time> · <code>${esc(data.id)}</code></p>
      ${bi(T.intro, 'p')}
      <p class="generated">${both(T.generated)}</p>
      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">${both(T.contents)}</h2>
        <ol>${toc}</ol>
      </nav>
    </header>
    <main id="main" class="wrap" tabindex="-1">
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

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const html = renderReview(JSON.parse(readFileSync(DATA, 'utf8')));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing: reported below
    }
    if (current !== html) {
      console.error('demo/review.html is out of date with data/jakarta-2024.json: run `npm run data:review`.');
      process.exit(1);
    }
    console.log('demo/review.html is up to date.');
  } else {
    writeFileSync(OUT, html);
    console.log(`wrote demo/review.html (${(html.length / 1024).toFixed(1)} KiB)`);
  }
}
