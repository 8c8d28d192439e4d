// The `jakarta-global-widgets check` command as a data keeper runs it: exit
// codes 0/1/2, messages in both languages, `--json`. Needs `npm run build`
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
      message: 'Mitra ke-2 (lima): id "lima" sudah dipakai oleh Mitra ke-1',
    });
  });

  it('exit 2 and a message for a missing file, a wrong command or option', () => {
    const missing = run('check', 'no-such-file.json', '--lang', 'en');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /^Cannot open "no-such-file\.json" \(ENOENT\)/);
    assert.equal(run('chek', fixture('clean')).code, 2);
    const bad = run('check', fixture('clean'), '--lang', 'fr');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^Pilihan tidak dikenal: --lang fr/);
    assert.equal(run('--help').code, 0);
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
});
