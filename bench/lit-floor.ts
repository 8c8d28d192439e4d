/**
 * Benchmark reference, "the Lit floor": two minimal Lit elements showing the
 * same text as the article's counter and card, in shadow DOM, with no data
 * loading, no i18n and no base class. Bundled by bench/run.mjs with esbuild
 * into bench/.build/lit-floor.js (one file, ~7 KiB gzip of which Lit is most).
 */
import { LitElement, css, html } from 'lit';

declare global {
  interface Window {
    __floorDone?: boolean;
  }
}

// The hosts' boxes are set by the page (article.css), before and after the upgrade, as for our elements.
const shared = css`
  a { color: inherit; }
`;

class FloorCounter extends LitElement {
  static override styles = [shared, css`
    .value { display: block; font: 700 48px/1.1 system-ui, sans-serif; color: #b3261e; }
  `];

  override render() {
    return html`<span class="value">102</span> kerja sama sepanjang 2024
      <details><summary>Sumber</summary><a href="https://pahami.id/">Pahami.id</a>; <a href="https://posberitakota.com/">Pos Berita Kota</a></details>`;
  }
}

class FloorCard extends LitElement {
  static override styles = [shared, css`
    .figure { font-size: 40px; font-weight: 700; color: #b3261e; }
  `];

  override render() {
    return html`<article>
      <p>Kesehatan</p>
      <h3>Rumah sakit hijau bersama C40 Cities Finance Facility</h3>
      <p class="figure">27</p>
      <p>rumah sakit umum daerah (RSUD) menurunkan emisi gas rumah kaca</p>
      <p>Catatan: C40 CFF menyebut 28 rumah sakit sebagai cakupan proyek; laporan 2024 menyebut 27 RSUD.</p>
      <p>Sumber: <a href="https://mimbarkepri.co/">Mimbar Kepri</a>, <a href="https://c40cff.org/">C40 CFF</a></p>
    </article>`;
  }
}

customElements.define('floor-counter', FloorCounter);
customElements.define('floor-card', FloorCard);
void Promise.all(
  [...document.querySelectorAll<LitElement>('floor-counter, floor-card')].map((el) => el.updateComplete),
).then(() => {
  window.__floorDone = true;
});
