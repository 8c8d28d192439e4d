// Shared set-up of the end-to-end tests and the benchmark: Debian's Chromium
// driven by puppeteer-core (no browser download), pages served by
// scripts/serve.mjs on 127.0.0.1.
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROME_ARGS, CHROME_PATH } from '../support/chromium.mjs';

export { CHROME_PATH };

export async function launch(extraArgs = []) {
  return puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: [...CHROME_ARGS, ...extraArgs] });
}

export { serve };

/**
 * Opens `url` in a new page and records what a careful embedder watches:
 * console warnings and errors, uncaught exceptions, CSP violations and every
 * request the page makes.
 */
export async function openPage(browser, url, { viewport = { width: 1024, height: 800 }, beforeLoad } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const log = { warnings: [], errors: [], exceptions: [], requests: [], cspViolations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'warn') log.warnings.push(msg.text());
    if (msg.type() === 'error') log.errors.push(msg.text());
  });
  page.on('pageerror', (err) => log.exceptions.push(String(err?.message ?? err)));
  page.on('request', (req) => log.requests.push(req.url()));
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (beforeLoad) await beforeLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  log.csp = () => page.evaluate(() => window.__cspViolations);
  return { page, log };
}

/** Waits until every element matching `selector` shows its data or an error (the base class's custom states). */
export function waitForWidgets(page, selector, timeout = 15000) {
  return page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length > 0 && els.every((el) => el.matches(':state(ready), :state(error)'));
    },
    { timeout },
    selector,
  );
}

/** Waits until the gallery has written each embed code named (`#<id>`): it builds its sections one task at a time. */
export function waitForGalleryCode(page, ids, timeout = 15000) {
  return page.waitForFunction((list) => list.every((id) => document.getElementById(id)?.textContent), { timeout }, ids);
}

/**
 * Records, from the page's first frame, the layout shifts that no input
 * caused (what CLS counts): pass as `beforeLoad`; `shiftsOf(page)` returns
 * them as `{ value, scrollY, sources }` (the moved nodes' names; `?` inside
 * a shadow root).
 */
export const recordShifts = (page) =>
  page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) {
          window.__shifts.push({ value: e.value, scrollY: Math.round(scrollY), sources: e.sources?.map((s) => s.node?.nodeName ?? '?') ?? [] });
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

export const shiftsOf = (page) => page.evaluate(() => window.__shifts);
