/**
 * One gallery section: the element's controls, the live element beside them,
 * and the "Salin kode sematan / Copy embed code" box for the current settings.
 */
import { coreStrings } from '../src/core/i18n.js';
import type { Dataset, Lang } from '../src/core/types.js';
import { createField, optionLabel, readFields, relabel, showFieldError, type Field } from './controls.js';
import { copyText } from './copy.js';
import { dataOrigin, iframeDropped, iframeSnippet, prerenderSnippet, reservedHeight, scriptSnippet, srcProblem, type ScriptSource } from './embed-code.js';
import { oembedDropped, oembedPage, oembedPageUrl } from './oembed.js';
import { ui } from './strings.js';
import { defaultSettings, SPECS, type Settings, type WidgetName } from './widgets.js';

/** Absolute URLs the snippets point at (read at each rendering: the gallery may switch the script source). */
export interface SnippetUrls {
  source: ScriptSource;
  embedPage: string;
  resizeScript: string;
}

export interface Section {
  widget: WidgetName;
  element: HTMLElement;
  /** The live element, once it has been created (see `mountPreview`). */
  preview(): HTMLElement | undefined;
  /** Creates the live element now, if it is not there yet. */
  mountPreview(): void;
  /** The box the live element goes in (watched to create it when it comes near the viewport). */
  previewBox: HTMLElement;
  /** Rewrites the section's own texts in the gallery's language. */
  relabel(lang: Lang): void;
  /** Sets a parameter (the page-wide language and theme switches use it). */
  set(name: string, value: string): void;
  settings(): Settings;
  /** Rewrites the embed codes (after the script source changed). */
  refresh(): void;
  /**
   * Shows a dataset read from a file (`file`, its name) in the preview, the
   * menus of ids and the fallback text of the codes; the bundled data again
   * with `file` null.
   */
  setData(next: Dataset, file: string | null): void;
}


function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, id?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (id) node.id = id;
  return node;
}

/** The menus of ids that come from the dataset: a file's own metrics, programmes and partners. */
function idsOf(data: Dataset): Partial<Record<string, readonly string[]>> {
  return {
    metric: data.metrics.map((m) => m.id),
    program: data.programs.map((p) => p.id),
    selected: ['', ...data.partners.map((p) => p.id)],
  };
}

/** A snippet's note: its sentences that apply, hidden when none does. */
function setNote(note: HTMLElement, ...sentences: string[]): void {
  note.textContent = sentences.filter(Boolean).join(' ');
  note.hidden = !note.textContent;
}

function isReady(node: HTMLElement): boolean {
  try {
    return node.matches(':state(ready)');
  } catch {
    return node.shadowRoot !== null; // a browser without :state()
  }
}

/**
 * Builds a section: headings, controls and embed codes at once (they are
 * text, found by find-in-page and read by the tests); the live element only
 * when `mountPreview()` is called (the gallery calls it as the section comes
 * near the viewport: the four elements' first renders and layouts were most
 * of the gallery's blocking time in Lighthouse).
 */
export function createSection(widget: WidgetName, data: Dataset, urls: SnippetUrls, initial: Settings, uiLang: Lang): Section {
  let lang = uiLang;
  /** What the preview, the menus and the fallback text show: the bundled data (`data`), or a file's. The iframe shows the bundled data. */
  let dataset = data;
  /** The name of the file `dataset` was read from; null for the bundled data. */
  let dataFile: string | null = null;
  const spec = SPECS[widget];
  const settings: Settings = { ...defaultSettings(widget), ...initial };

  // Wide elements (tables, maps) get the full width, with the controls above them.
  const wide = widget === 'sister-city-list' || widget === 'sister-city-map';
  const section = el('section', `widget${wide ? ' widget--wide' : ''}`, widget);
  section.setAttribute('aria-labelledby', `${widget}-title`);
  const h2 = el('h2', 'widget__title', `${widget}-title`);
  const h2Text = el('span');
  const tagName = el('code', 'widget__tag');
  tagName.textContent = `<${widget}>`;
  h2.append(h2Text, ' ', tagName);
  const intro = el('p', 'widget__intro');

  // Controls.
  const form = el('form', 'controls');
  form.addEventListener('submit', (e) => e.preventDefault());
  const fieldset = el('fieldset');
  const legend = el('legend', undefined, `${widget}-legend`);
  fieldset.append(legend);
  const fields: Field[] = spec.params.map((param) => createField(widget, param, () => update(readFields(fields))));
  /** The parameters mirrored on the live element (not `src`: the preview keeps the bundled data). */
  const mirrored = spec.params.filter((p) => p.preview !== false);
  // What is wrong with the data file's address, under its field (and the address left out of the codes).
  const srcField = fields.find((f) => f.param.name === 'src');
  const srcError = el('p', 'field__error', `${widget}--src-error`);
  srcError.hidden = true;
  srcField?.element.append(srcError);
  for (const field of fields) {
    field.set(settings[field.param.name] ?? field.param.default);
    fieldset.append(field.element);
  }
  form.append(fieldset);

  // The box of the live element (the element itself comes with mountPreview()).
  const preview = el('div', 'preview');
  preview.setAttribute('role', 'region');
  let live: HTMLElement | undefined;

  // Each element as a phone (375 px), an article column (680 px) or the full
  // width would show it: the iframe snippet's height is measured there.
  const widths = el('fieldset', 'preview-widths');
  const widthsLegend = el('legend');
  const widthLabels: { value: string; text: HTMLElement }[] = [];
  widths.append(widthsLegend);
  for (const value of ['375', '680', 'full']) {
    const label = el('label', 'preview-widths__option');
    const input = el('input');
    input.type = 'radio';
    input.name = `${widget}-preview-width`;
    input.value = value;
    input.checked = value === 'full';
    input.addEventListener('change', () => {
      if (input.checked) preview.dataset.width = value;
    });
    const text = el('span');
    label.append(input, text);
    widths.append(label);
    widthLabels.push({ value, text });
  }
  preview.dataset.width = 'full';

  const body = el('div', 'widget__body');
  const side = el('div', 'widget__main');
  body.append(form, side);

  // The embed code box.
  const box = el('div', 'embed-box');
  const boxTitle = el('h3', undefined, `${widget}-embed-title`);
  const blocks = (['script', 'iframe', 'oembed', 'prerender'] as const).map((kind) => {
    const block = el('div', `snippet snippet--${kind}`);
    const title = el('h4', undefined, `${widget}-${kind}-title`);
    const help = el('p', 'snippet__help');
    const pre = el('pre', 'snippet__code');
    const code = el('code', undefined, `${widget}-${kind}-code`);
    code.dataset.snippet = kind;
    pre.append(code);
    pre.setAttribute('aria-labelledby', title.id);
    const actions = el('div', 'snippet__actions');
    const button = el('button', 'button');
    button.type = 'button';
    button.dataset.copy = kind;
    // Beside its button, where a reader on a phone looks (not at the end of the box, a screen further down).
    const status = el('span', 'snippet__status');
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const ok = await copyText(code.textContent ?? '', code);
      for (const b of blocks) b.status.textContent = '';
      const failed = matchMedia('(pointer: coarse)').matches ? ui[lang].copyFailedTouch : ui[lang].copyFailed;
      // A new text node, so that the same message is announced again.
      requestAnimationFrame(() => (status.textContent = ok ? ui[lang].copied : failed));
    });
    actions.append(button);
    let open: HTMLAnchorElement | undefined;
    if (kind === 'iframe' || kind === 'oembed') {
      open = el('a', 'snippet__open');
      open.target = '_blank';
      open.rel = 'noopener';
      actions.append(open);
    }
    block.append(title, help, pre);
    // The settings an iframe or an oEmbed link does not carry, named; what a CSP must allow for the others.
    const note = el('p', 'snippet__help');
    block.append(note);
    actions.append(status);
    block.append(actions);
    return { kind, block, title, help, code, button, open, note, status };
  });
  box.append(boxTitle, ...blocks.map((b) => b.block));

  side.append(widths, preview, box);
  section.append(h2, intro, body);

  /**
   * Mirrors the settings on the live element. Unlike the snippet, it writes
   * default values too: removing an attribute would set a Lit property to
   * null rather than back to its default. Empty values and booleans that are
   * off are removed.
   */
  function apply(): void {
    if (!live) return;
    for (const param of mirrored) {
      const value = settings[param.name] ?? param.default;
      const attrValue = param.kind === 'bool' ? (value === 'true' ? '' : null) : value === '' ? null : value;
      if (attrValue === null) {
        if (live.hasAttribute(param.name)) live.removeAttribute(param.name);
      } else if (live.getAttribute(param.name) !== attrValue) live.setAttribute(param.name, attrValue);
    }
  }

  // Sizes come from the ResizeObserver below, never read here: reading
  // layout after the snippets' text changed forced a layout of the whole
  // gallery on every call (most of its blocking time in Lighthouse).
  let previewWidth = 640;
  let liveHeight = 0;
  /** The height the iframe snippet was last written with. */
  let iframeHeight = -1;

  function frameHeight(): number {
    const reserved = reservedHeight(widget, settings, Math.max(previewWidth, 280));
    const measured = live && isReady(live) ? liveHeight : 0;
    return Math.max(reserved, measured);
  }

  /** The bundled data's ids, which the iframe and the oEmbed pages know. */
  const bundledIds = idsOf(data);

  /**
   * What the codes name that only the chosen file has (its new programme, figure or partner), as
   * the menu shows it; '' when the bundled data has it all. The iframe and the oEmbed link show the
   * bundled data: `embed.html` would refuse such an id, and no oEmbed page has it.
   */
  function onlyInFile(codeSettings: Settings): string {
    if (!dataFile) return '';
    for (const field of fields) {
      const value = codeSettings[field.param.name];
      if (value && bundledIds[field.param.name]?.includes(value) === false) return optionLabel(field.param, value, dataset, lang);
    }
    return '';
  }

  /** Shows a block's code, its copy button and its link, or (`shown` false) only its title, help and note. */
  function showCode(block: (typeof blocks)[number], shown: boolean): void {
    block.code.parentElement!.hidden = !shown;
    block.button.hidden = !shown;
    if (block.open) block.open.hidden = !shown;
    if (!shown) block.code.textContent = '';
  }

  function renderIframeSnippet(codeSettings = written()): void {
    const iframe = blocks[1]!;
    // (The height first: with no code to write, the size observer has nothing to rewrite either.)
    iframeHeight = frameHeight();
    const missing = onlyInFile(codeSettings);
    showCode(iframe, !missing);
    if (missing) return setNote(iframe.note, ui[lang].onlyInFile(missing, dataFile!));
    iframe.code.textContent = iframeSnippet(widget, codeSettings, data, { ...urls, height: iframeHeight });
    const notCarried = iframeDropped(widget, codeSettings);
    setNote(iframe.note, notCarried.length ? ui[lang].iframeDropped(fieldNames(notCarried)) : '', dataFile ? ui[lang].ownDataIframe : '');
    const src = /src="([^"]+)"/.exec(iframe.code.textContent)?.[1]?.replace(/&amp;/g, '&') ?? urls.embedPage;
    iframe.open!.href = src;
  }

  /** What is wrong with the data file's address as typed, or '' (none, or an address a page can load). */
  const srcProblemOf = (): ReturnType<typeof srcProblem> => (settings.src ? srcProblem(settings.src) : '');

  /** The settings the codes are written for: a data file's address only when a page could load it. */
  function written(): Settings {
    return srcProblemOf() ? { ...settings, src: '' } : settings;
  }

  /** Names what is wrong with the address under its field (in the gallery's language), or clears it. */
  function showSrcProblem(): void {
    if (!srcField) return;
    const problem = srcProblemOf();
    showFieldError(srcField.control, srcError, problem ? ui[lang][`srcProblem_${problem}`] : '');
  }

  function renderSnippets(): void {
    const [script, , oembed, prerender] = blocks;
    const codeSettings = written();
    script!.code.textContent = scriptSnippet(widget, codeSettings, dataset, urls.source);
    renderIframeSnippet(codeSettings);
    // The gallery's oEmbed pages (dist-demo/oembed/, written by the build) sit next to embed.html.
    // (What the oEmbed page carries: a list's partner, for one, is left out, not refused.)
    const missing = onlyInFile(oembedPage(widget, codeSettings).settings);
    showCode(oembed!, !missing);
    if (missing) setNote(oembed!.note, ui[lang].onlyInFile(missing, dataFile!));
    else {
      const link = oembedPageUrl(oembedPage(widget, codeSettings), new URL('./', urls.embedPage).href);
      oembed!.code.textContent = link;
      oembed!.open!.href = link;
      const notCarried = iframeDropped(widget, codeSettings);
      const dropped = oembedDropped(widget, codeSettings);
      const viaIframe = dropped.every((name) => !notCarried.includes(name));
      setNote(oembed!.note, dropped.length ? ui[lang].oembedDropped(fieldNames(dropped), viaIframe) : '', dataFile ? ui[lang].ownDataIframe : '');
    }
    prerender!.code.textContent = prerenderSnippet(widget, codeSettings, urls.source, lang);
    // The files come from the gallery's site or the CDN, not from the embedding page's own origin;
    // a data file from wherever its address says (relative: the embedding page's own).
    const origin = new URL(urls.source.script).origin;
    const src = codeSettings.src ?? '';
    for (const block of [script!, prerender!]) {
      const aboutData = src ? ui[lang].srcNote(src, dataFile) : dataFile ? ui[lang].ownDataNoSrc(dataFile) : '';
      setNote(block.note, aboutData, ui[lang].cspNote(origin, src ? dataOrigin(src) : null));
    }
  }

  /** The settings named as the form labels them, in the gallery's language ("Keterangan", not `caption`). */
  function fieldNames(names: string[]): string {
    const s = ui[lang];
    return names.map((name) => `“${String(s[`param_${name}` as keyof typeof s]).replace(/ \((?:opsional|optional)\)$/, '')}”`).join(', ');
  }

  function update(next: Settings): void {
    Object.assign(settings, next);
    showSrcProblem();
    apply();
    renderSnippets();
    // "Copied" no longer holds once the code has changed.
    for (const b of blocks) b.status.textContent = '';
  }

  // The iframe snippet's height follows the rendered element (and, for a map
  // with an aspect ratio, the preview's width): rewritten at most once a
  // frame, and only when the height it would write changes.
  let frame = 0;
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.borderBoxSize[0];
      if (!box) continue;
      // The element's own width, which a narrower preview ("375 px") sets: the reservation follows it.
      if (entry.target === live) {
        liveHeight = Math.ceil(box.blockSize);
        previewWidth = box.inlineSize;
      } else if (!live) previewWidth = entry.contentRect.width;
    }
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (frameHeight() !== iframeHeight) renderIframeSnippet();
    });
  });
  sizes.observe(preview);

  /** Creates the live element, in step with the controls from then on. */
  function mountPreview(): void {
    if (live) return;
    const element = document.createElement(widget) as HTMLElement & { data?: Dataset | null };
    live = element;
    if (dataFile) element.data = dataset;
    apply();
    preview.append(element);

    // The reader can change some attributes inside the element (the list's
    // region menu and sort buttons reflect them): keep the controls and the
    // snippets in step.
    new MutationObserver(() => {
      let changed = false;
      for (const field of fields) {
        if (field.param.preview === false) continue;
        const { name, kind } = field.param;
        const has = element.hasAttribute(name);
        const value = kind === 'bool' ? String(has) : (element.getAttribute(name) ?? field.param.default);
        if (value !== settings[name] && (kind !== 'enum' || field.values().includes(value))) {
          settings[name] = value;
          field.set(value);
          changed = true;
        }
      }
      if (changed) renderSnippets();
    }).observe(element, { attributes: true, attributeFilter: mirrored.map((p) => p.name) });

    element.addEventListener('sister-city-select', (event) => {
      const id = (event as CustomEvent<{ id?: string }>).detail?.id;
      const field = fields.find((f) => f.param.name === 'selected');
      if (!id || !field || settings.selected === id) return;
      settings.selected = id;
      field.set(id);
      renderSnippets();
    });
    sizes.observe(element);
  }

  /** The section's own texts in `next` (the embed codes aside: `relabelAll` rewrites them too). */
  function relabelTexts(next: Lang): void {
    lang = next;
    const s = ui[lang];
    h2Text.textContent = s[`title_${widget}`];
    intro.textContent = s[`intro_${widget}`];
    legend.textContent = s.controlsLegend;
    preview.setAttribute('aria-label', `${s.previewLabel}: ${s[`title_${widget}`]}`);
    widthsLegend.textContent = s.previewWidth;
    for (const { value, text } of widthLabels) text.textContent = value === 'full' ? s.previewFull : `${value} px`;
    boxTitle.textContent = s.embedHeading;
    for (const b of blocks) {
      const texts = {
        script: [s.scriptHeading, s.scriptHelp, s.copyScript, ''],
        iframe: [s.iframeHeading, s.iframeHelp, s.copyIframe, s.openEmbed],
        oembed: [s.oembedHeading, s.oembedHelp, s.copyOembed, s.openOembed],
        prerender: [s.prerenderHeading, s.prerenderHelp, s.copyPrerender, ''],
      }[b.kind];
      b.title.textContent = texts[0];
      b.help.textContent = texts[1];
      b.button.textContent = s.copy;
      b.button.setAttribute('aria-label', texts[2]);
      if (b.open) {
        const note = el('span', 'sr-only');
        note.textContent = ` ${coreStrings[lang].opensInNewTab}`;
        b.open.replaceChildren(texts[3], note);
      }
    }
    for (const b of blocks) b.status.textContent = '';
    for (const field of fields) relabel(field, dataset, lang);
    showSrcProblem();
  }

  function relabelAll(next: Lang): void {
    relabelTexts(next);
    renderSnippets();
  }

  function setData(next: Dataset, file: string | null): void {
    dataset = next;
    dataFile = file;
    const ids = idsOf(next);
    for (const field of fields) {
      const values = ids[field.param.name];
      if (!values) continue;
      field.setValues(values);
      // A choice the file does not have: its first (a figure, a programme), or no partner.
      const current = settings[field.param.name] ?? field.param.default;
      settings[field.param.name] = values.includes(current) ? current : (values[0] ?? '');
      field.set(settings[field.param.name]!);
      relabel(field, dataset, lang);
    }
    if (live) (live as HTMLElement & { data?: Dataset | null }).data = file ? next : null;
    apply();
    renderSnippets();
  }

  relabelTexts(lang);
  renderSnippets();

  return {
    widget,
    element: section,
    preview: () => live,
    mountPreview,
    previewBox: preview,
    relabel: relabelAll,
    set(name: string, value: string) {
      const field = fields.find((f) => f.param.name === name);
      if (!field) return;
      field.set(value);
      update({ [name]: value });
    },
    settings: () => ({ ...settings }),
    refresh: renderSnippets,
    setData,
  };
}
