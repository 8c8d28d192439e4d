#!/usr/bin/env node
// The map against the bare-Leaflet page only, side by side (interleaved cold
// loads), 4× CPU throttling, medians; `npm run build` first.
//   node bench/map-speed.mjs [--runs N] [--net fast3g] [--profile]
// --net fast3g  also emulates Chromium's "Fast 3G" preset (time to drawn on a phone link);
// --profile     one extra profiled load of each page: self time by function (top 15) and by file.
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

const server = await serve(0);
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
  let cdp;
  if (profile) {
    cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(() => typeof window.__benchFinal === 'number', { timeout: 120000, polling: 50 });
  const final = await page.evaluate(() => window.__benchFinal);
  let result = { final };
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
const times = { map: [], bare: [] };
await load(pages.map); // warm the server and the OS file cache once
await load(pages.bare);
for (let i = 0; i < RUNS; i++) {
  for (const k of i % 2 ? ['bare', 'map'] : ['map', 'bare']) times[k].push((await load(pages[k])).final);
}
const m = median(times.map);
const b = median(times.bare);
console.log(`map-speed: ${RUNS} interleaved cold loads each, CPU ${THROTTLE}×${NET ? `, network ${NET}` : ''}`);
console.log(`  <sister-city-map>  median ${m.toFixed(0)} ms  [${times.map.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`  bare Leaflet page  median ${b.toFixed(0)} ms  [${times.bare.map((t) => t.toFixed(0)).join(', ')}]`);
console.log(`  ratio ${(m / b).toFixed(2)}×`);
if (args.includes('--profile')) {
  for (const k of ['map', 'bare']) {
    const { final, profile } = await load(pages[k], { profile: true });
    console.log(`\nprofile of ${pages[k]} (drawn at ${final.toFixed(0)} ms)\n by file:\n  ${profile.files.join('\n  ')}\n by function:\n  ${profile.functions.join('\n  ')}`);
  }
}
await browser.close();
await server.close();
