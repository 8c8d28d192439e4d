// The `jakarta-global-widgets check` command as a data keeper runs it: exit
// codes 0/1/2, messages in both languages, `--json`. Needs `npm run build`
// first (the command runs dist/check/index.js).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
