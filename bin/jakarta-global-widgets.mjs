#!/usr/bin/env node
// The data keepers' command line: `npx jakarta-global-widgets check my-data.json`.
// Plain Node ESM; the checker itself is dist/check/index.js (built from
// src/check by `npm run build`, shipped in the package).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  checkText,
  checkValue,
  decodeUtf8,
  exitCode,
  formatCsvProblem,
  formatProblem,
  fromCsv,
  stableJson,
  toCsv,
} from '../dist/check/index.js';
import { fileProblem } from './file-problem.mjs';

// A failure of the tool itself (a bug of ours) ends with 3: Node's own 1 would read as "warnings
// only", which a script that publishes the file may accept, though nothing was checked.
const crashed = (error) => {
  console.error(`jakarta-global-widgets: internal error; nothing was checked or written. Please report it:\n${error?.stack ?? error}`);
  process.exit(3);
};
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

const HELP = {
  id: `Pemakaian: jakarta-global-widgets check <berkas.json> [--lang id|en] [--json]
           jakarta-global-widgets csv-export <berkas.json> <angka.csv> <mitra.csv>
           jakarta-global-widgets csv-import <berkas.json> <angka.csv> <mitra.csv> <baru.json>
           jakarta-global-widgets review <berkas.json> [--out lembar.html]
           jakarta-global-widgets render <tag> [--atribut nilai…] [--stylesheet-base URL] [--data berkas.json]

  check       memeriksa berkas data dan menyebut setiap masalah
  csv-export  menulis angka (metrics) dan mitra (partners) sebagai CSV (UTF-8 dengan BOM, pemisah ";")
  csv-import  membaca kedua CSV itu kembali ke salinan berkas data, lalu memeriksanya
  review      menulis lembar tinjauan berkas itu untuk Biro (HTML yang bisa dicetak, dua bahasa):
              setiap angka, mitra, program, catatan dan sumber, pertanyaan terbuka, peringatan
              pemeriksa; berkas yang berisi kesalahan ditolak (kode keluar 2). review --help: pilihannya
  render      menulis elemen (cooperation-counter, program-card, sister-city-list, sister-city-map)
              sebagai HTML siap tampil (Declarative Shadow DOM) ke keluaran standar, mis.
              render cooperation-counter --metric agreements --lang id
              --stylesheet-base URL  alamat folder dist/cdn/: gaya ditautkan (CSP ketat), bukan <style>
              --data berkas.json     isi berkas yang disebut atribut --src
              Kode keluar render: 0 ditulis, 1 atribut yang akan diperingatkan elemen, 2 perintah salah.
  --lang    bahasa pesan: id (bawaan) atau en
  --json    keluaran JSON untuk mesin
  --version versi paket ini

Kode keluar: 0 tidak ada masalah, 1 hanya peringatan, 2 ada kesalahan (atau perintah salah),
3 alat ini sendiri gagal (mohon laporkan).`,
  en: `Usage: jakarta-global-widgets check <file.json> [--lang id|en] [--json]
       jakarta-global-widgets csv-export <file.json> <figures.csv> <partners.csv>
       jakarta-global-widgets csv-import <file.json> <figures.csv> <partners.csv> <new.json>
       jakarta-global-widgets review <file.json> [--out sheet.html]
       jakarta-global-widgets render <tag> [--attribute value…] [--stylesheet-base URL] [--data file.json]

  check       checks a data file and names every problem
  csv-export  writes the figures (metrics) and partners as CSV (UTF-8 with BOM, ";" separator)
  csv-import  reads both CSV files back into a copy of the data file, then checks it
  review      writes the file's review sheet for the bureau (printable HTML, both languages):
              every figure, partner, programme, note and source, the open questions, the
              checker's warnings; a file with errors is refused (exit code 2). review --help: its options
  render      writes an element (cooperation-counter, program-card, sister-city-list, sister-city-map)
              as ready-to-show HTML (Declarative Shadow DOM) to standard output, e.g.
              render cooperation-counter --metric agreements --lang en
              --stylesheet-base URL  URL of the dist/cdn/ folder: styles linked (strict CSP), not <style>
              --data file.json       the content of the file named by the --src attribute
              Exit code of render: 0 written, 1 attributes the element would warn about, 2 wrong command.
  --lang    language of the messages: id (default) or en
  --json    JSON output for machines
  --version this package's version

Exit code: 0 no problems, 1 warnings only, 2 errors (or a wrong command),
3 the tool itself failed (please report it).`,
};

const COMMANDS = ['check', 'csv-export', 'csv-import', 'review', 'render'];
/** Words a data keeper may type for a command. */
const ALIASES = {
  cek: 'check',
  periksa: 'check',
  ekspor: 'csv-export',
  export: 'csv-export',
  impor: 'csv-import',
  import: 'csv-import',
  tinjau: 'review',
  tinjauan: 'review',
};

/** The command an unknown one was probably meant to be (a typo of at most two letters, an Indonesian word, a data file), or undefined. */
function suggestCommand(command) {
  const word = command.toLowerCase();
  if (ALIASES[word]) return ALIASES[word];
  if (word.endsWith('.json')) return 'check';
  let best;
  let bestDistance = 3;
  for (const candidate of COMMANDS) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function parseArgs(argv) {
  const args = { lang: 'id', json: false, files: [], command: undefined, help: false, bad: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length);
      if (value === 'id' || value === 'en') args.lang = value;
      else args.bad ??= `--lang ${value ?? ''}`.trim();
    } else if (a.startsWith('-')) args.bad ??= a;
    else if (!args.command) args.command = a;
    else args.files.push(a);
  }
  return args;
}

// The package's version, alone on its line (for a script, or a bug report).
if (process.argv[2] === '--version' || process.argv[2] === '-v') {
  console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  process.exit(0);
}
if (process.argv[2] === 'render') await render(process.argv.slice(3));
if (process.argv[2] === 'review') {
  // The bureau's review sheet of a file (scripts/data-review.mjs, shipped in the package with its stylesheet).
  const { main } = await import('../scripts/data-review.mjs');
  process.exit(await main(process.argv.slice(3), { cli: true }));
}

/**
 * `render <tag> [--name value | --flag]…`: every option is an attribute of
 * the element (`--lang` too, which also picks the language of the messages)
 * or a global one, except `--stylesheet-base`, `--data` and `--help`. An option followed by
 * another option (or by nothing) is a boolean attribute.
 */
async function render(argv) {
  const attrs = {};
  const options = {};
  let tag;
  let help = false;
  let bad;
  /** `--data`, `--stylesheet-base` or `--src` given without its value (`--src` alone is no boolean attribute). */
  let missing;
  const EXAMPLE = { '--data': 'data.json', '--stylesheet-base': '/assets/jgw/', '--src': '/data/jakarta-2025.json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') help = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : true;
      if (name === 'stylesheet-base' || name === 'data') {
        if (value === true) missing ??= a;
        else options[name] = value;
      } else if (name === 'src' && value === true) missing ??= a;
      else if (/^[a-z][a-z0-9-]*$/.test(name)) attrs[name] = value;
      else bad ??= a;
    } else if (!tag) tag = a;
    else bad ??= a;
  }
  // As the element reads it (normalizeLang): en, en-GB, EN-us → English.
  const lang = /^en(?:$|[-_])/i.test(String(attrs.lang ?? '').trim()) ? 'en' : 'id';
  const sayR = (id, en) => (lang === 'id' ? id : en);
  if (help) {
    console.log(HELP[lang]);
    process.exit(0);
  }
  const ssr = await import('../dist/ssr/index.js');
  // `review --out` writes a file; render writes to standard output (an `out` attribute would be none of ours).
  if (attrs.out !== undefined) bad ??= `--out ${attrs.out === true ? '' : attrs.out}`.trim();
  if (bad || missing || !tag || !ssr.isSsrTag(tag)) {
    if (bad?.startsWith('--out')) {
      console.error(
        sayR(
          `Pilihan tidak dikenal: ${bad}: render menulis ke keluaran standar; simpan dengan > berkas.html`,
          `Unknown option: ${bad}: render writes to standard output; save it with > file.html`,
        ),
      );
    } else if (bad) console.error(sayR(`Pilihan tidak dikenal: ${bad}`, `Unknown option: ${bad}`));
    else if (missing) console.error(sayR(`Pilihan ${missing} perlu nilai, misalnya ${missing} ${EXAMPLE[missing]}`, `${missing} needs a value, e.g. ${missing} ${EXAMPLE[missing]}`));
    else if (tag) console.error(sayR(`Elemen tidak dikenal: ${tag}`, `Unknown element: ${tag}`));
    else {
      console.error(
        sayR(
          `render perlu elemen: ${ssr.SSR_TAGS.join(', ')}`,
          `render needs an element: ${ssr.SSR_TAGS.join(', ')}`,
        ),
      );
    }
    console.error(HELP[lang]);
    process.exit(2);
  }
  // A misspelt attribute (`--metrc`), which renderWidget refuses too: named here in the CLI's language, with the
  // one meant. HTML's global attributes (`--id`, `--class`, `--hidden`), data-* and aria-* pass.
  const own = ssr.attributesOf(tag);
  const foreign = ssr.unknownAttributes(tag, Object.keys(attrs));
  if (foreign.length) {
    const named = foreign.map((name) => {
      const meant = own.find((candidate) => editDistance(name, candidate) <= 2);
      return `--${name}${meant ? sayR(` (maksudnya --${meant}?)`, ` (did you mean --${meant}?)`) : ''}`;
    });
    console.error(
      sayR(
        `Atribut tidak dikenal untuk <${tag}>: ${named.join(', ')}. Atributnya: ${own.map((name) => `--${name}`).join(' ')}`,
        `Unknown attribute for <${tag}>: ${named.join(', ')}. Its attributes: ${own.map((name) => `--${name}`).join(' ')}`,
      ),
    );
    process.exit(2);
  }
  if (attrs.src === undefined && options.data !== undefined) {
    console.error(
      sayR(
        `--data ${options.data} perlu --src URL: alamat berkas itu bagi halaman; tanpa itu, elemen menampilkan data bawaan 2024 begitu skripnya berjalan`,
        `--data ${options.data} needs --src URL: the address the page loads that file from; without it, the element shows the bundled 2024 data once its script runs`,
      ),
    );
    process.exit(2);
  }
  if (typeof options['stylesheet-base'] === 'string' && /\\|^[a-z]:/i.test(options['stylesheet-base'])) {
    console.error(
      sayR(
        `--stylesheet-base ${options['stylesheet-base']} adalah jalur berkas: berikan URL folder dist/cdn/ bagi halaman, mis. /assets/jgw/`,
        `--stylesheet-base ${options['stylesheet-base']} is a file path: give the URL the page loads the dist/cdn/ folder from, e.g. /assets/jgw/`,
      ),
    );
    process.exit(2);
  }
  if (attrs.src !== undefined && options.data === undefined) {
    console.error(
      sayR(
        `--src ${attrs.src} perlu --data berkas.json: isi berkas itu, yang dibaca saat prarender`,
        `--src ${attrs.src} needs --data file.json: that file's content, read for the prerender`,
      ),
    );
    process.exit(2);
  }
  let data;
  if (options.data !== undefined) {
    // Read as `check` reads it: UTF-8 only, and a syntax error named by its line and column.
    const fail = (message) => {
      console.error(message);
      process.exit(2);
    };
    const text = readUtf8(options.data, false, lang, fail);
    const checked = checkText(text);
    if (checked.value === undefined) fail(checked.problems.map((p) => `${options.data}: ${formatProblem(p, lang)}`).join('\n'));
    data = checked.value;
  }
  try {
    const out = await ssr.renderWidget(tag, attrs, { stylesheetBase: options['stylesheet-base'], data });
    process.stdout.write(`${out}\n`);
    process.exit(0);
  } catch (error) {
    console.error(error.message);
    // The element's own sentence says what a browser would show ("showing all partners"); here nothing is.
    console.error(
      sayR(
        'Tidak ada yang ditulis: di peramban, elemen akan memberi peringatan di atas. Perbaiki, lalu jalankan lagi.',
        'Nothing written: in a browser, the element would warn as above. Correct it and run again.',
      ),
    );
    process.exit(1);
  }
}

const args = parseArgs(process.argv.slice(2));
const say = (id, en) => (args.lang === 'id' ? id : en);

if (args.help) {
  console.log(HELP[args.lang]);
  process.exit(0);
}
const ARITY = { check: 1, 'csv-export': 3, 'csv-import': 4 };
if (args.bad || ARITY[args.command] === undefined || args.files.length !== ARITY[args.command]) {
  if (args.bad) console.error(say(`Pilihan tidak dikenal: ${args.bad}`, `Unknown option: ${args.bad}`));
  else if (args.command !== undefined && ARITY[args.command] === undefined) {
    const meant = suggestCommand(args.command);
    console.error(
      meant
        ? say(`Perintah tidak dikenal: ${args.command} (maksudnya ${meant}?)`, `Unknown command: ${args.command} (did you mean ${meant}?)`)
        : say(`Perintah tidak dikenal: ${args.command}`, `Unknown command: ${args.command}`),
    );
  }
  console.error(HELP[args.lang]);
  process.exit(2);
}

/** Stops with one message about a file: exit code 2, on standard error (or as JSON with --json). */
function stop(file, message) {
  // In `problems` too, as the one error counted (code `file`), for scripts that read only that list.
  const problem = { severity: 'error', code: 'file', path: '', field: '', params: {}, message };
  if (args.json) console.log(JSON.stringify({ file, ok: false, errors: 1, warnings: 0, problems: [problem], message }, null, 2));
  else console.error(message);
  process.exit(2);
}

function readBytes(file, lang, fail) {
  try {
    return readFileSync(file);
  } catch (error) {
    fail(fileProblem(error, file, lang));
  }
}


function write(file, text) {
  try {
    writeFileSync(file, text);
  } catch (error) {
    stop(file, fileProblem(error, file, args.lang, true));
  }
}

/**
 * A file as text. Only UTF-8 is read (with or without its byte-order mark: `decodeUtf8`, the
 * widgets' own rule): Excel's plain "CSV (Comma delimited)" is Windows-1252 ("Türkiye" would come
 * back as "T�rkiye"), its "Unicode Text" and Notepad's "Unicode" are UTF-16; for either, `fail`
 * gets how to save the file as UTF-8 (`csv`: from a spreadsheet, else from a text editor), in `lang`.
 * `fail` must not return (it ends the command).
 */
function readUtf8(file, csv, lang, fail) {
  const say = (id, en) => (lang === 'id' ? id : en);
  const decoded = decodeUtf8(readBytes(file, lang, fail));
  const text = decoded.text;
  const utf16 = decoded.encoding === 'UTF-16';
  if (text === undefined) {
    const what = utf16
      ? say(`Berkas ${file} tersimpan sebagai UTF-16, bukan UTF-8`, `${file} is saved as UTF-16, not UTF-8`)
      : say(`Berkas ${file} bukan UTF-8, sehingga huruf seperti "ü" atau "é" akan rusak`, `${file} is not UTF-8, so letters such as "ü" or "é" would be garbled`);
    fail(
      what +
        (csv
          ? say(
              ': simpan ulang di Excel sebagai "CSV UTF-8 (dibatasi koma)" (Excel berbahasa Inggris: "CSV UTF-8 (Comma delimited)"), atau di LibreOffice pilih set karakter "Unicode (UTF-8)"',
              ': save it again in Excel as "CSV UTF-8 (Comma delimited)" (Excel in Indonesian: "CSV UTF-8 (dibatasi koma)"), or choose the character set "Unicode (UTF-8)" in LibreOffice',
            )
          : say(
              ': simpan ulang dengan pengodean UTF-8 (di Notepad: "Simpan sebagai", lalu Pengodean "UTF-8"), atau buka dan simpan lewat halaman Editor data di galeri',
              ': save it again with the UTF-8 encoding (in Notepad: "Save as", then Encoding "UTF-8"), or open and save it with the gallery\'s data editor',
            )),
    );
  }
  return text;
}

/** `readUtf8` for the commands' files: a file that cannot be read stops the command (`stop`). */
function readArgFile(file, csv) {
  return readUtf8(file, csv, args.lang, (message) => stop(file, message));
}

const file = args.files[0];
const text = readArgFile(file, false);

if (args.command !== 'check') {
  const checked = checkText(text);
  if (checked.value === undefined) {
    for (const p of checked.problems) console.error(formatProblem(p, args.lang));
    process.exit(2);
  }
  if (args.command === 'csv-export') {
    write(args.files[1], toCsv('metrics', checked.value));
    write(args.files[2], toCsv('partners', checked.value));
    console.log(say(`Ditulis: ${args.files[1]}, ${args.files[2]}`, `Written: ${args.files[1]}, ${args.files[2]}`));
    process.exit(0);
  }
  const figures = fromCsv('metrics', readArgFile(args.files[1], true));
  const partners = fromCsv('partners', readArgFile(args.files[2], true));
  let failed = false;
  for (const [name, result] of [[args.files[1], figures], [args.files[2], partners]]) {
    for (const p of result.problems) {
      failed = true;
      console.log(`${say('KESALAHAN', 'ERROR')}  ${name}: ${formatCsvProblem(p, args.lang)}`);
    }
  }
  if (failed) process.exit(2);
  const merged = { ...checked.value, metrics: figures.items, partners: partners.items };
  write(args.files[3], stableJson(merged));
  const problems = checkValue(merged);
  for (const p of problems) {
    const tag = p.severity === 'error' ? say('KESALAHAN', 'ERROR') : say('peringatan', 'warning');
    console.log(`${tag}  ${formatProblem(p, args.lang)}`);
  }
  console.log(say(`Ditulis: ${args.files[3]}`, `Written: ${args.files[3]}`));
  process.exit(exitCode(problems));
}

const result = checkText(text);
const code = exitCode(result.problems);

if (args.json) {
  const problems = result.problems.map((p) => ({ ...p, message: formatProblem(p, args.lang) }));
  console.log(
    JSON.stringify({ file, ok: result.errors === 0, errors: result.errors, warnings: result.warnings, problems }, null, 2),
  );
} else {
  for (const p of result.problems) {
    const tag = p.severity === 'error' ? say('KESALAHAN', 'ERROR') : say('peringatan', 'warning');
    console.log(`${tag}  ${formatProblem(p, args.lang)}`);
  }
  const summary =
    code === 0
      ? say(`${file}: tidak ada masalah.`, `${file}: no problems.`)
      : say(
          `${file}: ${result.errors} kesalahan, ${result.warnings} peringatan.`,
          `${file}: ${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}.`,
        );
  console.log(summary);
}
process.exit(code);
