// The map on a phone, by touch: the city name of the marker last tapped
// (shown, and kept :hover by the touch screen) must not catch the taps meant
// for the markers under it. Names are hoverable for a mouse only (WCAG
// 1.4.13); on a touch screen a name that caught taps made the neighbours
// under it unreachable (Casablanca's name over Jeddah, Jerusalem's over
// Moscow and Islamabad at 375 px). And a drag of the map, which must leave the
// page's own elements (<body>, our host) as they were.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertBundleBuilt, assertQuiet, launch, open, serve } from './support.mjs';

const PHONE = { width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let browser;
let server;
before(async () => {
  assertBundleBuilt();
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the map on a touch screen at 375 px', () => {
  it('a tapped marker’s name lets the taps through to the markers under it', async () => {
    const { page, log } = await open(browser, server, 'test/e2e/pages/map-touch.csp.html', { viewport: PHONE });
    try {
      await page.evaluate(async () => {
        await customElements.whenDefined('sister-city-map');
        await document.querySelector('sister-city-map').ready;
      });
      const ids = await page.$eval('sister-city-map', (el) => [...el.shadowRoot.querySelectorAll('.marker--partner')].map((m) => m.dataset.id));
      let checked = 0;
      for (const id of ids) {
        // A marker on screen, tapped with nothing selected (no sheet moves the map meanwhile).
        const at = await page.$eval(
          'sister-city-map',
          async (el, id) => {
            el.selected = '';
            await el.updateComplete;
            await new Promise((r) => setTimeout(r, 300));
            const r = el.shadowRoot.querySelector(`.marker--partner[data-id="${id}"]`).getBoundingClientRect();
            return r.top > 0 && r.bottom < innerHeight ? [r.x + r.width / 2, r.y + r.height / 2] : null;
          },
          id,
        );
        if (!at) continue;
        await page.touchscreen.tap(at[0], at[1]);
        await new Promise((r) => setTimeout(r, 600));
        // Each neighbour whose centre lies under the shown name: what a tap there reaches.
        const under = await page.$eval('sister-city-map', (el) => {
          const root = el.shadowRoot;
          const out = [];
          for (const shown of root.querySelectorAll('.marker--partner:hover, .marker--selected')) {
            const name = shown.querySelector('.marker__name').getBoundingClientRect();
            for (const m of root.querySelectorAll('.marker--partner')) {
              if (m === shown) continue;
              const r = m.getBoundingClientRect();
              const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
              if (x > name.left && x < name.right && y > name.top && y < name.bottom) {
                out.push({ name: shown.dataset.id, under: m.dataset.id, reached: root.elementFromPoint(x, y)?.closest('.marker')?.dataset.id ?? null, x, y });
              }
            }
          }
          return out;
        });
        for (const u of under) {
          assert.equal(u.reached, u.under, `a tap on ${u.under} reaches ${u.reached}: ${u.name}'s name catches it`);
          checked++;
        }
        if (checked && under.length) {
          // And the tap itself selects the neighbour.
          const u = under[0];
          await page.touchscreen.tap(u.x, u.y);
          await page.waitForFunction((id) => document.querySelector('sister-city-map').selected === id, { timeout: 5000 }, u.under);
          break;
        }
      }
      assert.ok(checked > 0, 'no marker lay under a tapped marker’s name: the test would prove nothing');
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});

describe('a drag of the map with a mouse', () => {
  // (With a mouse: on a touch screen one finger scrolls the page, as it should.)
  it('moves the map and changes no element of the page, not even for a moment', async () => {
    // Leaflet's drag put `leaflet-dragging` on <body> and `leaflet-drag-target` on the event's
    // target, which its listener on the document sees as our host: the page's own elements.
    const { page, log } = await open(browser, server, 'test/e2e/pages/map-touch.csp.html', { viewport: { width: 800, height: 700 } });
    try {
      const markerX = () =>
        page.$eval('sister-city-map', (el) => {
          const r = el.shadowRoot.querySelector('.marker--partner[data-id="rotterdam"]').getBoundingClientRect();
          return r.x + r.width / 2;
        });
      const from = await page.evaluate(async () => {
        await customElements.whenDefined('sister-city-map');
        const map = document.querySelector('sister-city-map');
        await map.ready;
        await new Promise((r) => setTimeout(r, 500));
        window.__changed = [];
        new MutationObserver((records) => records.forEach((r) => window.__changed.push(`${r.target.localName}.${r.attributeName}`))).observe(
          document.documentElement,
          { attributes: true, subtree: true },
        );
        const box = map.shadowRoot.querySelector('.leaflet-container').getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      });
      const before = await markerX();
      await page.mouse.move(from[0], from[1]);
      await page.mouse.down();
      for (let dx = 10; dx <= 60; dx += 10) await page.mouse.move(from[0] + dx, from[1]);
      await page.mouse.up();
      await new Promise((r) => setTimeout(r, 800));
      assert.ok((await markerX()) - before > 40, `the map did not follow the drag (${before} → ${await markerX()})`);
      const changed = await page.evaluate(() => window.__changed.filter((c) => !c.startsWith('sister-city-map.') || c === 'sister-city-map.class'));
      assert.deepEqual(changed, [], 'the page’s elements changed');
      assert.deepEqual(await page.evaluate(() => [document.body.hasAttribute('class'), document.querySelector('sister-city-map').hasAttribute('class')]), [false, false]);
      await assertQuiet(log, server);
    } finally {
      await page.close();
    }
  });
});
