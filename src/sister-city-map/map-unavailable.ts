import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineStrings } from '../core/i18n.js';
import type { Dataset, Lang } from '../core/types.js';
import { WidgetElement } from '../core/widget-element.js';

const strings = defineStrings({
  id: {
    unavailable: 'Peta tidak dapat dimuat. Berikut daftar kota kembar dalam bentuk tabel.',
  },
  en: {
    unavailable: 'The map could not be loaded. Here are the sister cities as a table.',
  },
});

/**
 * What the CDN bundle registers as `<sister-city-map>` when the map's own
 * files (`chunks/`) cannot be loaded: a localized line and the map's table
 * view (`<sister-city-list>`, in the main file) with the same data, region,
 * language and theme. It lives in the main file so that it is there exactly
 * when the chunks are not.
 */
export class SisterCityMapUnavailable extends WidgetElement {
  static override styles = [
    ...WidgetElement.styles,
    css`
      .unavailable {
        margin: 0 0 0.75em;
        color: var(--_text);
      }
    `,
  ];

  @property() region = 'all';

  protected renderReady(_data: Dataset, lang: Lang): TemplateResult {
    return html`<p class="unavailable" role="status">${strings[lang].unavailable}</p>
      <sister-city-list
        region=${this.region}
        lang=${lang}
        theme=${this.theme}
        src=${this.src}
        ?debug=${this.debug}
      ></sister-city-list>`;
  }
}
