#!/usr/bin/env node
// The self-host kit: dist/kit/jakarta-global-widgets-<version>.zip, the
// `dist/cdn/` folder (without source maps) and a short Indonesian/English
// READ-ME (where the folder goes, the CSP lines to add, the embed code), for
// a web admin who has no npm. Part of `npm run build` (after the CDN build);
// the gallery links it. A small zip writer (deflate through node:zlib, no
// dependency); fixed timestamps, so the same files make the same zip.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { hintedFiles } from './preload-hints.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN = join(ROOT, 'dist/cdn');
const OUT = join(ROOT, 'dist/kit');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NAME = `jakarta-global-widgets-${version}.zip`;

/** The CSP directives the script embed needs when the folder is on the page's own origin. */
export const KIT_CSP = "script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

/** The example's `modulepreload` lines: a counter's files (dist/cdn/preload.json), in the example folder. */
function counterHints() {
  const { tags } = JSON.parse(readFileSync(join(CDN, 'preload.json'), 'utf8'));
  return hintedFiles(tags['cooperation-counter']).map((f) => `     <link rel="modulepreload" href="/widgets/cdn/${f}">`).join('\n');
}

export function readMe() {
  const hints = counterHints();
  return `jakarta-global-widgets ${version} — paket untuk situs sendiri / self-host kit
=============================================================================

BAHASA INDONESIA

1. Unggah folder "cdn" apa adanya (seluruh isinya, termasuk "chunks/") ke
   situs Anda, misalnya sebagai /widgets/cdn/. Jangan hanya satu berkas: peta
   memuat berkas di "chunks/" saat dibutuhkan.
2. Bila situs Anda mengirim Content-Security-Policy, pastikan kebijakannya
   memuat (folder di domain yang sama):
     ${KIT_CSP}
   Tidak perlu 'unsafe-inline', 'unsafe-eval', atau domain lain. Dengan
   require-trusted-types-for 'script', izinkan kebijakan pustaka ini:
     trusted-types jakarta-global-widgets
3. Tempel kode ini di halaman (ganti /widgets/cdn/ dengan alamat folder):
     <link rel="stylesheet" href="/widgets/cdn/reserve/cooperation-counter.css">
${hints}
     <script type="module" src="/widgets/cdn/jakarta-global-widgets.js"></script>
     <cooperation-counter metric="agreements" lang="id">102 kerja sama</cooperation-counter>
   Lembar gaya (baris pertama) mencadangkan ukuran penghitung agar halaman
   tidak bergeser; tanpanya elemen tetap jalan, tetapi isi di bawahnya
   bergeser sekali saat elemen tampil. Setiap tag punya lembarnya sendiri
   (reserve/program-card.css, ...); jakarta-global-widgets.css memuat
   keempatnya. Baris modulepreload meminta berkas
   penghitung sejak awal: boleh dihapus (hanya mempercepat), dan nama
   berkasnya berganti setiap versi. Galeri membuat kode untuk setiap
   elemen dan pengaturannya.
4. Angka tahun berikutnya: unggah berkas data baru (mis.
   /data/jakarta-2025.json, diperiksa dengan
   npx jakarta-global-widgets check jakarta-2025.json), tambahkan
   src="/data/jakarta-2025.json" pada setiap tag, dan perbarui teks di
   dalam tag (yang tampil bila berkas tidak dapat dipakai). Tanpa src,
   elemen memakai data bawaan versi ini (2024).

ENGLISH

1. Upload the "cdn" folder as it is (all of it, "chunks/" included) to your
   site, e.g. as /widgets/cdn/. Not just one file: the map loads the files
   in "chunks/" when it needs them.
2. If your site sends a Content-Security-Policy, make sure it allows (folder
   on the same domain):
     ${KIT_CSP}
   No 'unsafe-inline', 'unsafe-eval' or other domains are needed. With
   require-trusted-types-for 'script', allow the library's policy:
     trusted-types jakarta-global-widgets
3. Paste this into the page (replace /widgets/cdn/ with the folder's address):
     <link rel="stylesheet" href="/widgets/cdn/reserve/cooperation-counter.css">
${hints}
     <script type="module" src="/widgets/cdn/jakarta-global-widgets.js"></script>
     <cooperation-counter metric="agreements" lang="en">102 cooperation agreements</cooperation-counter>
   The stylesheet (first line) reserves the counter's size so the page does
   not shift; without it the elements still work, but the content below them
   moves once when they appear. Each tag has its own sheet
   (reserve/program-card.css, ...); jakarta-global-widgets.css holds all four. The modulepreload lines ask for the counter's
   files from the start: they may be left out (they only make it faster), and
   their file names change with every version. The gallery writes the code
   for every element and its settings.
4. Next year's figures: upload the new data file (e.g.
   /data/jakarta-2025.json, checked with
   npx jakarta-global-widgets check jakarta-2025.json --lang en), add
   src="/data/jakarta-2025.json" to every tag, and update the text inside
   the tags (shown if the file cannot be used). Without src, the elements
   use this version's bundled data (2024).
`.replace(/\n/g, '\r\n');
}

/** Files of a folder, recursively, sorted; source maps left out. */
function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.map') ? [] : [join(dir, d.name)]))
    .sort();
}

/** A zip archive (deflate) of `[name, bytes]` entries. */
export function zip(entries) {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!statSync(join(CDN, 'jakarta-global-widgets.js'), { throwIfNoEntry: false })) {
    console.error('dist/cdn/ is missing: run the CDN build first (npm run build).');
    process.exit(1);
  }
  const entries = [
    ['BACA-SAYA_READ-ME.txt', Buffer.from(readMe(), 'utf8')],
    ...files(CDN).map((f) => [`cdn/${relative(CDN, f).split('\\').join('/')}`, readFileSync(f)]),
  ];
  mkdirSync(OUT, { recursive: true });
  const archive = zip(entries);
  writeFileSync(join(OUT, NAME), archive);
  console.log(`dist/kit/${NAME}: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KiB`);
}
