#!/usr/bin/env node
// The map against the bare-Leaflet page only, side by side (interleaved cold
// loads), 4× CPU throttling, medians; `npm run build` first.
//   node bench/map-speed.mjs [--runs N] [--net fast3g] [--profile]
// --net fast3g  also emulates Chromium's "Fast 3G" preset (time to drawn on a phone link);
// --profile     one extra profiled load of each page: self time by function (top 15) and by file.
// --before DIR  a third page, DIR/map-widget.html (an older build of the CDN bundle), in the same runs.
// --raw         files sent uncompressed (by default gzipped, as a CDN sends them; as in bench/run.mjs).
// Besides the time until drawn, each load reports the main thread's CPU time until then
// (CDP ThreadTime), which other processes on a busy machine disturb less; each ratio, its 95 % interval.
import { readFileSync } from 'node:fs';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { launch, serve } from '../test/e2e/browser.mjs';
import { benchPages, buildBareMap, coldLoad, intervalText, median, pairedRatio, selfTimes, THROTTLE } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs')) || 7;
const NET = opt('--net');

await buildBareMap();
const beforePage = opt('--before') && `/${opt('--before').replace(/^\/+|\/+$/g, '')}/map-widget.html`;
const server = await serve(0, {
  pages: benchPages(beforePage ? { [beforePage]: readFileSync(`.${beforePage}`, 'utf8') } : {}),
  compress: !args.includes('--raw'),
});
const browser = await launch();

const load = (path, { profile = false } = {}) =>
  coldLoad(browser, `${server.url}${path}`, { profile, network: NET === 'fast3g' ? PredefinedNetworkConditions['Fast 3G'] : undefined });

/** The top 15 functions and 12 files of a profile by self time, as printable lines. */
function summarize(cpuProfile) {
  const { byFunction, byFile } = selfTimes(cpuProfile);
  const lines = (list, n) => list.slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
  return { functions: lines(byFunction, 15), files: lines(byFile, 12) };
}

const pages = { map: '/bench/pages/map-widget.html', bare: '/bench/pages/map-bare.html' };
if (beforePage) pages.before = beforePage;
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
// Each ratio with its 95 % interval over the paired rounds (bench/lib.mjs pairedRatio; from 7 loads up).
const ratio = (k, f) => {
  const stat = pairedRatio(times[k].map((t) => t[f]), times.bare.map((t) => t[f]));
  return `${stat.ratio.toFixed(2)}×${intervalText(stat) && ` (95 % interval ${intervalText(stat)})`}`;
};
for (const k of keys.filter((k) => k !== 'bare')) {
  console.log(`  ${k} / bare: drawn ${ratio(k, 'final')}, main-thread CPU ${ratio(k, 'cpu')}`);
}
if (args.includes('--profile')) {
  for (const k of ['map', 'bare']) {
    const { final, cpuProfile } = await load(pages[k], { profile: true });
    const profile = summarize(cpuProfile);
    console.log(`\nprofile of ${pages[k]} (drawn at ${final.toFixed(0)} ms)\n by file:\n  ${profile.files.join('\n  ')}\n by function:\n  ${profile.functions.join('\n  ')}`);
  }
}
await browser.close();
await server.close();
