// The `jakarta-global-widgets check` command as a data keeper runs it: exit
// codes 0/1/2 (3 for a failure of its own), messages in both languages, `--json`. Needs `npm run build`
// first (the command runs dist/check/index.js).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/jakarta-global-widgets.mjs');
const fixture = (name) => join(ROOT, 'test/fixtures/check', `${name}.json`);

function run(...args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('jakarta-global-widgets check', () => {
  it('is built', () => assert.ok(existsSync(join(ROOT, 'dist/check/index.js')), 'run `npm run build` first'));

  it('exit 0 for a clean file', () => {
    const r = run('check', fixture('clean'), '--lang', 'en');
    assert.equal(r.code, 0);
    assert.equal(r.out, `${fixture('clean')}: no problems.\n`);
  });

  it('exit 1 for warnings only, in Indonesian by default', () => {
    const r = run('check', fixture('programme-metric'));
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      'peringatan  Program ke-1 (sample-program): angka utama 12 tidak cocok dengan angka "agreements" (1.234)\n' +
        `${fixture('programme-metric')}: 0 kesalahan, 1 peringatan.\n`,
    );
  });

  it('exit 2 for errors, in English with --lang en', () => {
    const r = run('check', fixture('unknown-reference'), '--lang=en');
    assert.equal(r.code, 2);
    assert.equal(
      r.out,
      'ERROR  Partner 2 (oslo): source "S901" is not in the list of sources\n' +
        `${fixture('unknown-reference')}: 1 error, 0 warnings.\n`,
    );
  });

  it('the bundled data has no errors (its warnings are reviewed)', () => {
    const r = run('check', join(ROOT, 'data/jakarta-2024.json'), '--json');
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out);
    assert.equal(report.errors, 0);
    assert.equal(report.ok, true);
  });

  it('--json: one object with counts and each problem with code, place and message', () => {
    const r = run('check', fixture('syntax'), '--json', '--lang', 'en');
    assert.equal(r.code, 2);
    const report = JSON.parse(r.out);
    assert.deepEqual(report, {
      file: fixture('syntax'),
      ok: false,
      errors: 1,
      warnings: 0,
      problems: [
        {
          severity: 'error',
          code: 'json-syntax',
          path: '',
          field: '',
          params: { found: '"' },
          line: 9,
          column: 3,
          message: `Line 9, column 3: the JSON cannot be read: '"' is not expected here (a missing or extra comma, quote or bracket?)`,
        },
      ],
    });
    const dup = JSON.parse(run('check', fixture('duplicate-id'), '--json').out).problems[0];
    assert.deepEqual(dup, {
      severity: 'error',
      code: 'duplicate-id',
      path: 'partners[1].id',
      field: 'id',
      params: { id: 'lima', firstPosition: 1 },
      section: 'partners',
      position: 2,
      itemId: 'lima',
      message: 'Mitra ke-2 (lima): id "lima" sudah dipakai oleh mitra ke-1',
    });
  });

  it('exit 2 and a message for a missing file, a wrong command or option', () => {
    const missing = run('check', 'no-such-file.json', '--lang', 'en');
    assert.equal(missing.code, 2);
    assert.equal(missing.err, 'File not found: no-such-file.json\n');
    assert.equal(run('check', 'no-such-file.json').err, 'Berkas tidak ditemukan: no-such-file.json\n');
    const folder = join(ROOT, 'test/fixtures/check');
    assert.deepEqual(run('check', folder), { code: 2, out: '', err: `${folder} adalah folder, bukan berkas\n` });
    assert.equal(run('check', folder, '--lang', 'en').err, `${folder} is a folder, not a file\n`);
    const unread = JSON.parse(run('check', 'no-such-file.json', '--json').out);
    assert.equal(unread.message, 'Berkas tidak ditemukan: no-such-file.json');
    assert.deepEqual(unread.problems, [
      { severity: 'error', code: 'file', path: '', field: '', params: {}, message: 'Berkas tidak ditemukan: no-such-file.json' },
    ]);
    const cek = run('cek', fixture('clean'));
    assert.equal(cek.code, 2);
    assert.match(cek.err, /^Perintah tidak dikenal: cek \(maksudnya check\?\)\nPemakaian: /);
    assert.match(run('chek', fixture('clean'), '--lang', 'en').err, /^Unknown command: chek \(did you mean check\?\)\nUsage: /);
    const unknown = run('xyzzy', '--lang', 'en');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^Unknown command: xyzzy\nUsage: /);
    assert.match(run('--lang', 'en').err, /^Usage: /); // no command: the usage alone
    const bad = run('check', fixture('clean'), '--lang', 'fr');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^Pilihan tidak dikenal: --lang fr/);
    assert.equal(run('--help').code, 0);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-v']) assert.deepEqual([run(flag).code, run(flag).out], [0, `${version}\n`]);
  });

  it('exit 3, not "warnings only", when the tool itself fails (a bug of ours, simulated)', () => {
    // A module loaded first breaks a built-in the checker calls for each partner's country.
    const broken = 'data:text/javascript,Object.hasOwn=()=>{throw new TypeError("simulated bug")}';
    const sheet = join(tmpdir(), 'jgw-never.html');
    for (const command of [['check'], ['review', '--out', sheet]]) {
      const r = spawnSync(process.execPath, ['--import', broken, BIN, command[0], join(ROOT, 'data/jakarta-2024.json'), ...command.slice(1)], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.equal(r.status, 3, command);
      assert.match(r.stderr, /^jakarta-global-widgets: internal error; nothing was checked or written\. Please report it:\nTypeError: simulated bug\n/, command);
      assert.equal(r.stdout, '', command);
    }
    assert.equal(existsSync(sheet), false);
  });
});

describe('jakarta-global-widgets csv-export / csv-import', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'jgw-csv-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const data = join(ROOT, 'data/jakarta-2024.json');
  const figures = join(tmp, 'angka.csv');
  const partners = join(tmp, 'mitra.csv');

  it('round trip of the bundled data: the same file, byte for byte', () => {
    assert.equal(run('csv-export', data, figures, partners).code, 0);
    assert.equal(readFileSync(figures, 'utf8').slice(0, 10), '\uFEFFid;value;');
    const out = join(tmp, 'baru.json');
    const r = run('csv-import', data, figures, partners, out, '--lang', 'en');
    assert.equal(r.code, 1, r.out); // the bundled data's reviewed warnings
    assert.equal(readFileSync(out, 'utf8'), readFileSync(data, 'utf8'));
  });

  it('a bad cell: exit 2, the row and id named, nothing written', () => {
    run('csv-export', data, figures, partners);
    writeFileSync(partners, readFileSync(partners, 'utf8').replace(';51.92;', ';51,92x;'));
    const out = join(tmp, 'tidak.json');
    const r = run('csv-import', data, figures, partners, out);
    assert.equal(r.code, 2);
    assert.equal(r.out, `KESALAHAN  ${partners}: Baris 5 (rotterdam): kolom "lat" harus berupa angka, bukan "51,92x"\n`);
    assert.equal(existsSync(out), false);
  });

  it('a figure written 1.115 (thousands separator): exit 2, what to write instead, nothing written', () => {
    run('csv-export', data, figures, partners);
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('agreements;102;', 'agreements;1.115;'));
    const out = join(tmp, 'ribuan.json');
    const r = run('csv-import', data, figures, partners, out);
    assert.equal(r.code, 2);
    assert.equal(
      r.out,
      `KESALAHAN  ${figures}: Baris 2 (agreements): kolom "value" berisi "1.115", yang mungkin memakai pemisah ribuan: tulis 1115 tanpa titik pemisah ribuan\n`,
    );
    assert.equal(existsSync(out), false);
  });

  it('a CSV separated by ",": one line, not one per column', () => {
    run('csv-export', data, figures, partners);
    writeFileSync(figures, readFileSync(figures, 'utf8').replace(/;/g, ','));
    const r = run('csv-import', data, figures, partners, join(tmp, 'koma.json'), '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.out, /^ERROR {2}\S+angka\.csv: Row 1: the cells are separated by "," \(commas\), but the separator must be ";" \(semicolon\);[^\n]*\n$/);
  });

  it('a CSV that is not UTF-8 (Excel\'s "CSV (Comma delimited)", or UTF-16): exit 2, how to save it as UTF-8', () => {
    run('csv-export', data, figures, partners);
    const text = readFileSync(partners, 'utf8').slice(1).replace('Jeddah', 'Türkiye');
    const out = join(tmp, 'ansi.json');
    writeFileSync(partners, Buffer.from(text, 'latin1')); // Windows-1252: "ü" is one byte, 0xFC
    const ansi = run('csv-import', data, figures, partners, out);
    assert.deepEqual(ansi, {
      code: 2,
      out: '',
      err:
        `Berkas ${partners} bukan UTF-8, sehingga huruf seperti "ü" atau "é" akan rusak: simpan ulang di Excel sebagai ` +
        '"CSV UTF-8 (dibatasi koma)" (Excel berbahasa Inggris: "CSV UTF-8 (Comma delimited)"), atau di LibreOffice pilih set karakter "Unicode (UTF-8)"\n',
    });
    assert.equal(
      run('csv-import', data, figures, partners, out, '--lang', 'en').err,
      `${partners} is not UTF-8, so letters such as "ü" or "é" would be garbled: save it again in Excel as ` +
        '"CSV UTF-8 (Comma delimited)" (Excel in Indonesian: "CSV UTF-8 (dibatasi koma)"), or choose the character set "Unicode (UTF-8)" in LibreOffice\n',
    );
    writeFileSync(partners, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])); // Excel's "Unicode Text"
    const utf16 = run('csv-import', data, figures, partners, out, '--lang', 'en');
    assert.equal(utf16.code, 2);
    assert.match(utf16.err, new RegExp(`^${partners.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} is saved as UTF-16, not UTF-8: save it again in Excel as "CSV UTF-8 \\(Comma delimited\\)"`));
    assert.equal(existsSync(out), false);
    // UTF-8 without a byte-order mark is read, and the name comes back whole.
    writeFileSync(partners, text);
    const utf8 = run('csv-import', data, figures, partners, out);
    assert.equal(utf8.code, 1, utf8.out);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).partners[0].name.id, 'Türkiye');
  });

  it('a data file saved by Notepad as "Unicode" (UTF-16), which the widgets cannot read: exit 2, how to save it as UTF-8', () => {
    const file = join(tmp, 'unicode.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(data, 'utf8'), 'utf16le')]));
    assert.deepEqual(run('check', file), {
      code: 2,
      out: '',
      err:
        `Berkas ${file} tersimpan sebagai UTF-16, bukan UTF-8: simpan ulang dengan pengodean UTF-8 (di Notepad: "Simpan sebagai", ` +
        'lalu Pengodean "UTF-8"), atau buka dan simpan lewat halaman Editor data di galeri\n',
    });
  });
});
