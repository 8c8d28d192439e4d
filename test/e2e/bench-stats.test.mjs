// The benchmark's statistics (bench/lib.mjs): the ratio of medians of paired
// loads with its bootstrap interval, and the verdict against a target. Plain
// Node; here because `npm run e2e` runs the repository's Node tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intervalText, MIN_LOADS_FOR_INTERVAL, pairedRatio, verdict } from '../../bench/lib.mjs';

/** A machine that drifts from load to load: 40 rounds between 150 and 390 ms. */
const drifting = Array.from({ length: 40 }, (_, i) => 150 + ((i * 53) % 241));

test('the ratio is the ratio of the medians', () => {
  const { ratio, n } = pairedRatio([300, 100, 200], [100, 150, 50]);
  assert.equal(n, 3);
  assert.equal(ratio, 200 / 100);
});

test('pairs stay together: a page 10 % slower in every round gives 1.10 whatever the drift', () => {
  const ours = drifting.map((t) => t * 1.1);
  const { ratio, low, high } = pairedRatio(ours, drifting);
  assert.ok(Math.abs(ratio - 1.1) < 1e-9);
  // Resampled apart, the drift (150–390 ms) would spread the interval far beyond 1.10.
  assert.ok(Math.abs(low - 1.1) < 1e-9 && Math.abs(high - 1.1) < 1e-9, `${low}–${high}`);
});

test('noise widens the interval around the ratio; the same loads always give the same interval', () => {
  // ±15 % from load to load on our side, as first paints spread.
  const ours = drifting.map((t, i) => t * 1.08 * (1 + (((i * 29) % 31) - 15) / 100));
  const a = pairedRatio(ours, drifting);
  assert.ok(a.low < a.ratio && a.ratio < a.high, `${a.low} < ${a.ratio} < ${a.high}`);
  assert.ok(a.low > 1.0 && a.high < 1.2, `${a.low}–${a.high}`);
  assert.deepEqual(pairedRatio(ours, drifting), a);
});

test('verdict: met under the interval, missed over it, undecided within it', () => {
  assert.equal(verdict({ ratio: 1.02, low: 0.98, high: 1.04 }, 1.05), 'met');
  assert.equal(verdict({ ratio: 1.9, low: 1.7, high: 2.1 }, 1.3), 'missed');
  assert.equal(verdict({ ratio: 1.09, low: 1.01, high: 1.15 }, 1.05), 'undecided');
  assert.equal(verdict({ ratio: 1.03, low: 0.97, high: 1.1 }, 1.05), 'undecided');
});

test(`under ${MIN_LOADS_FOR_INTERVAL} loads there is no interval, and the ratio alone decides`, () => {
  const few = pairedRatio([110, 120, 130], [100, 100, 100]);
  assert.equal(few.low, undefined);
  assert.equal(few.high, undefined);
  assert.equal(verdict(few, 1.3), 'met');
  assert.equal(verdict(few, 1.1), 'missed');
  assert.equal(intervalText(few), '');
  assert.equal(intervalText({ ratio: 1.12, low: 1.0249, high: 1.1651 }), '1.02–1.17');
});

test('series of different lengths are refused', () => {
  assert.throws(() => pairedRatio([1, 2], [1]), /different lengths/);
});
