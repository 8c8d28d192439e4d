#!/usr/bin/env node
// The map against the bare-Leaflet page only, side by side (interleaved cold
// loads), 4× CPU throttling, medians; `npm run build` first.
//   node bench/map-speed.mjs [--runs N] [--net fast3g] [--profile]
// --net fast3g  also emulates Chromium's "Fast 3G" preset (time to drawn on a phone link);
// --profile     one extra profiled load of each page: self time by function (top 15) and by file.
// --before DIR  a third page, DIR/map-widget.html (an older build of the CDN bundle), in the same runs.
// --raw         files sent uncompressed (by default gzipped, as a CDN sends them; as in bench/run.mjs).
// Besides the time until drawn, each load reports the main thread's CPU time until then
// (CDP ThreadTime), which other processes on a busy machine disturb less.
import { build } from 'esbuild';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { launch, serve } from '../test/e2e/browser.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs')) || 7;
const NET = opt('--net');
const THROTTLE = 4;

await build({
  entryPoints: ['bench/bare-map.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'bench/.build/bare-map.js',
  loader: { '.json': 'json' },
  logLevel: 'error',
});

const server = await serve(0, { compress: !args.includes('--raw') });
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function load(path, { profile = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.setCacheEnabled(false);
  await page.emulateCPUThrottling(THROTTLE);
  if (NET === 'fast3g') await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 3G']);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => typeof window.__benchFinal === 'number', { timeout: 120000, polling: 50 });
  const final = await page.evaluate(() => window.__benchFinal);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpu = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  let result = { final, cpu };
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    result = { ...result, profile: summarize(p) };
  }
  await context.close();
  return result;
}

/** Self time (ms, throttled wall clock as sampled) by function and by file. */
function summarize(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  const fns = new Map();
  const filesMs = new Map();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const file = url ? url.replace(/^.*\/(?=[^/]+$)/, '') : '(native/idle)';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + t);
    const fk = ['(idle)', '(program)', '(garbage collector)'].includes(functionName) ? functionName : file;
    filesMs.set(fk, (filesMs.get(fk) ?? 0) + t);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
  return { functions: top(fns, 15), files: top(filesMs, 12) };
}

const pages = { map: '/bench/pages/map-widget.html', bare: '/bench/pages/map-bare.html' };
if (opt('--before')) pages.before = `/${opt('--before').replace(/^\/+|\/+$/g, '')}/map-widget.html`;
const keys = Object.keys(pages);
const times = Object.fromEntries(keys.map((k) => [k, []]));
for (const k of keys) await load(pages[k]); // warm the server and the OS file cache once
for (let i = 0; i < RUNS; i++) {
  const order = keys.map((_, j) => keys[(i + j) % keys.length]);
  for (const k of order) times[k].push(await load(pages[k]));
}
console.log(`map-speed: ${RUNS} interleaved cold loads each, CPU ${THROTTLE}×${NET ? `, network ${NET}` : ''}`);
const med = (k, f) => median(times[k].map((r) => r[f]));
for (const k of keys) {
  console.log(
    `  ${pages[k].padEnd(36)} drawn median ${med(k, 'final').toFixed(0)} ms [${times[k].map((r) => r.final.toFixed(0)).join(', ')}]` +
      `  main-thread CPU median ${med(k, 'cpu').toFixed(0)} ms`,
  );
}
for (const k of keys.filter((k) => k !== 'bare')) {
  console.log(`  ${k} / bare: drawn ${(med(k, 'final') / med('bare', 'final')).toFixed(2)}×, main-thread CPU ${(med(k, 'cpu') / med('bare', 'cpu')).toFixed(2)}×`);
}
if (args.includes('--profile')) {
  for (const k of ['map', 'bare']) {
    const { final, profile } = await load(pages[k], { profile: true });
    console.log(`\nprofile of ${pages[k]} (drawn at ${final.toFixed(0)} ms)\n by file:\n  ${profile.files.join('\n  ')}\n by function:\n  ${profile.functions.join('\n  ')}`);
  }
}
await browser.close();
await server.close();
