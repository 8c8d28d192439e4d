// What the two benchmark scripts share (bench/run.mjs, bench/map-speed.mjs):
// the bare-Leaflet baseline's build, medians, one cold throttled load with the
// main thread's CPU time, a CPU profile's self times, and the pages as served.
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * Every bench page (bench/pages/*.html) and the `generated` ones (path → HTML), as served: with the
 * probe scripts inlined. Fetched, the probe at the end of the body is a request the page itself
 * would not make, and it holds the parser (and so every deferred module) until it comes; on Fast 3G
 * it can wait for one of HTTP/1.1's six connections behind the page's own files (a traced load of
 * the map page with its preload hints: the probe came 790 ms after the bare page's).
 */
export function benchPages(generated = {}) {
  const probe = (f) => readFileSync(`bench/pages/${f}`, 'utf8');
  const inline = (html) => html.replace(/<script src="(probe(?:-map-ready)?\.js)"><\/script>/g, (_, f) => `<script>\n${probe(f)}</script>`);
  const files = readdirSync('bench/pages').filter((f) => f.endsWith('.html'));
  const all = { ...Object.fromEntries(files.map((f) => [`/bench/pages/${f}`, probe(f)])), ...generated };
  return Object.fromEntries(Object.entries(all).map(([path, html]) => [path, inline(html)]));
}

/** CPU throttling of every load: a mid-range phone. */
export const THROTTLE = 4;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The bare-Leaflet baseline (bench/bare-map.ts): the same basemap, markers and arcs, no Lit, no elements. */
export function buildBareMap() {
  return build({
    entryPoints: ['bench/bare-map.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: 'bench/.build/bare-map.js',
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
}

/**
 * One cold load of `url` in a fresh browser context: 1024×800, no cache, CPU
 * throttled, `network` conditions if given; until the page's probe
 * (bench/pages/probe.js) records its final content. `prepare(page)` runs
 * before the navigation (listeners), `collect(page)` after the final content
 * (more measures, merged into the result). Returns `final` (ms), `cpu`: the
 * main thread's CPU time until then (CDP ThreadTime, which other processes on
 * a busy machine disturb less than the wall clock), and with `profile` the
 * CPU profile (`cpuProfile`).
 */
export async function coldLoad(browser, url, { network, profile, prepare, collect } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.setCacheEnabled(false);
    await page.emulateCPUThrottling(THROTTLE);
    if (network) await page.emulateNetworkConditions(network);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await prepare?.(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await page.waitForFunction(() => typeof window.__benchFinal === 'number', { timeout: 120000, polling: 50 });
    const extra = (await collect?.(page)) ?? {};
    const final = await page.evaluate(() => window.__benchFinal);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    return { ...extra, final, cpu, cpuProfile };
  } finally {
    await context.close();
  }
}

/**
 * Self time (ms, throttled wall clock as sampled) of a CPU profile, by
 * function (`name  /path:line:column`) and by file (native work under
 * "(program)", "(idle)"…, built-ins without a file under "(browser built-ins)").
 */
export function selfTimes(cpuProfile) {
  const byId = new Map(cpuProfile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map();
  cpuProfile.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id);
    const file = f.url ? f.url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') : '';
    const key = `${f.functionName || '(anonymous)'}  ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (cpuProfile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFile = new Map();
  for (const [key, t] of byFunction) {
    const [fn, where] = key.split('  ');
    const file = where?.replace(/:\d+:\d+$/, '') || (/^\(/.test(fn) ? fn : '(browser built-ins)');
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile) };
}

/** A small seeded generator (mulberry32), so that the same loads always give the same interval. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fewer paired loads than this give no interval (a bootstrap of 3 loads says nothing). */
export const MIN_LOADS_FOR_INTERVAL = 7;

/**
 * The ratio of the medians of `ours` to `base`, two series of loads made in
 * alternation (`ours[i]` and `base[i]` in the same round, under the same
 * machine load), with its 95 % percentile-bootstrap interval: the rounds are
 * drawn with replacement `resamples` times, pairs kept together, and the
 * ratio of medians recomputed each time. The interval says which ratios
 * these loads cannot tell apart; `low`/`high` are undefined under
 * MIN_LOADS_FOR_INTERVAL rounds.
 */
export function pairedRatio(ours, base, { resamples = 2000, seed = 1 } = {}) {
  if (ours.length !== base.length) throw new Error('pairedRatio: series of different lengths');
  const ratio = median(ours) / median(base);
  const n = ours.length;
  if (n < MIN_LOADS_FOR_INTERVAL) return { ratio, n };
  const random = seeded(seed);
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const a = [];
    const b = [];
    for (let i = 0; i < n; i++) {
      const j = Math.floor(random() * n);
      a.push(ours[j]);
      b.push(base[j]);
    }
    ratios.push(median(a) / median(b));
  }
  ratios.sort((x, y) => x - y);
  return { ratio, n, low: ratios[Math.floor(resamples * 0.025)], high: ratios[Math.ceil(resamples * 0.975) - 1] };
}

/** A ratio's interval as printed, `1.02–1.17`, or '' when it has none (too few loads). */
export const intervalText = ({ low, high } = {}) => (low === undefined || high === undefined ? '' : `${low.toFixed(2)}–${high.toFixed(2)}`);

/**
 * A ratio against an upper target (`≤ target`): `met` when its whole interval
 * is at or under the target, `missed` when the whole interval is over it,
 * `undecided` when the target lies inside the interval (these loads cannot
 * tell). Without an interval (too few loads), the ratio alone decides.
 */
export function verdict({ ratio, low, high }, target) {
  if (low === undefined || high === undefined) return ratio <= target ? 'met' : 'missed';
  if (high <= target) return 'met';
  if (low > target) return 'missed';
  return 'undecided';
}
