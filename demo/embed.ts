/**
 * embed.html: renders one element, full-bleed, from URL parameters validated
 * against the widget's whitelist, and posts its height to the embedding page
 * whenever it changes. Bad parameters give a message in both languages and no
 * element. It accepts ids and enumerations only, never free text (see
 * widgets.ts), and works in WordPress's oEmbed sandbox
 * (`sandbox="allow-scripts"`, an opaque origin: its scripts are fetched with
 * CORS, so the host sends `Access-Control-Allow-Origin: *` on them).
 */
import { bundledDataset } from './lib.js';
import { iframeTitle } from './embed-code.js';
import { ui } from './strings.js';
import { HEIGHT_MESSAGE, parseEmbedParams, SPECS, WIDGETS, type ParamProblem, type WidgetName } from './widgets.js';

const root = document.getElementById('embed')!;
const result = parseEmbedParams(new URLSearchParams(location.search));
let messageId = 'embed';

if (result.ok) {
  const el = document.createElement(result.widget);
  for (const [name, value] of result.attributes) el.setAttribute(name, value);
  const settings = Object.fromEntries(result.attributes);
  const lang = settings.lang === 'en' ? 'en' : 'id';
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = settings.theme ?? 'light';
  document.title = iframeTitle(result.widget, settings, bundledDataset(), lang);
  messageId = result.id;
  root.append(el);
} else {
  const widget = new URLSearchParams(location.search).get('widget') ?? '';
  root.append(...(['id', 'en'] as const).map((lang) => problemBox(result.problems, lang, widget)));
  document.title = `${ui.id.embedErrorTitle} / ${ui.en.embedErrorTitle}`;
}

/** The problems, as a box in one language. */
function problemBox(problems: ParamProblem[], lang: 'id' | 'en', widget: string): HTMLElement {
  const s = ui[lang];
  const box = document.createElement('section');
  box.className = 'embed-error';
  box.lang = lang;
  const title = document.createElement(lang === 'id' ? 'h1' : 'h2');
  title.textContent = s.embedErrorTitle;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = describe(problem, lang, widget);
    list.append(item);
  }
  const help = document.createElement('p');
  const link = document.createElement('a');
  link.href = new URL('./', location.href).href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = s.embedHelp;
  help.append(link);
  box.append(title, list, help);
  return box;
}

function describe(problem: ParamProblem, lang: 'id' | 'en', widget: string): string {
  const s = ui[lang];
  switch (problem.code) {
    case 'missing-widget':
      return s.embedMissingWidget;
    case 'unknown-widget':
      return s.embedUnknownWidget(problem.value, WIDGETS.join(', '));
    case 'unknown-param': {
      const valid = SPECS[widget as WidgetName].params.filter((p) => p.iframe).map((p) => p.name);
      return s.embedUnknownParam(problem.name, ['id', ...valid].join(', '));
    }
    case 'duplicate-param':
      return s.embedDuplicateParam(problem.name);
    case 'bad-value':
      return s.embedBadValue(problem.name, problem.value);
  }
}

// Post the height to the embedding page whenever it changes. The height is
// not secret, so any parent may read it (targetOrigin '*'); the parent's
// resize script checks that the message comes from this frame. Three
// listeners are served: our resize.js, AMP's <amp-iframe resizable>, and
// WordPress's wp-embed.js, which matches the `secret` WordPress put in our
// URL's fragment (`#?secret=…`, oEmbed) with the frame's `data-secret`.
const secret = wordpressSecret(location.hash);
let last = -1;
function postHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height, id: messageId }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}
new ResizeObserver(postHeight).observe(root);

/** The secret of WordPress's oEmbed frames (`#?secret=abc123`; letters and digits, as wp-embed.js accepts), or ''. */
function wordpressSecret(hash: string): string {
  return /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(hash)?.[1] ?? '';
}
