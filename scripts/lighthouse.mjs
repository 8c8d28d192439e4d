#!/usr/bin/env node
// Lighthouse (pinned 12.2.3) on the built gallery (its Indonesian and
// English copies) and the news-article scenario, in Debian's Chromium:
// `npm run lighthouse` (after `npm run build` and `npm run build:demo`).
// Prints the scores, writes HTML and JSON reports to lh/, and fails when
// accessibility or best practices is below 100.
// The files are served gzipped, as a static host or CDN serves them.
// `npm run lighthouse -- --runs 3` measures each page three times (the
// performance score varies from run to run, most with the machine's load),
// prints every run with its total blocking time and the median, and keeps
// the reports of the median run.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './serve.mjs';
import { CHROME_ARGS, CHROME_PATH } from '../test/support/chromium.mjs';

const PAGES = [
  ['gallery', '/dist-demo/index.html'],
  ['gallery-en', '/dist-demo/index.en.html'],
  ['news-article', '/dist-demo/scenarios/news-article.html'],
];
const MUST_BE_PERFECT = ['accessibility', 'best-practices'];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('lighthouse: --runs takes a whole number of runs, e.g. --runs 3');
  process.exit(1);
}

if (!existsSync('dist-demo/index.html')) {
  console.error('lighthouse: dist-demo/ is missing; run `npm run build && npm run build:demo` first.');
  process.exit(1);
}

// Text files gzipped, as the gallery's host (or any CDN) sends them.
const server = await serve(0, { compress: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
mkdirSync('lh', { recursive: true });
const failures = [];
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const scores = Object.fromEntries(
        Object.entries(result.lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
      );
      const tbt = Math.round(result.lhr.audits['total-blocking-time'].numericValue);
      const label = RUNS > 1 ? `${name} ${run}/${RUNS}` : name;
      console.log(`lighthouse ${label.padEnd(13)} ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(' · ')} (TBT ${tbt} ms)`);
      for (const id of MUST_BE_PERFECT) {
        if (scores[id] !== 100) {
          const failed = Object.values(result.lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id);
          failures.push(`${label}: ${id} ${scores[id]} (${failed.join(', ')})`);
        }
      }
      runs.push({ report: result.report, performance: scores.performance });
    }
    // The reports of the median run (by performance score).
    const median = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor((runs.length - 1) / 2)];
    if (RUNS > 1) console.log(`lighthouse ${name.padEnd(13)} performance median ${median.performance} (${runs.map((r) => r.performance).join(', ')})`);
    const [html, json] = median.report;
    writeFileSync(`lh/${name}.html`, html);
    writeFileSync(`lh/${name}.json`, json);
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log('lighthouse: reports in lh/');
if (failures.length) {
  console.error(`lighthouse: below 100:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
