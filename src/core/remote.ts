/**
 * Loaded on demand by dataset.ts, only on pages that use `src`: fetching,
 * parsing and validating a dataset file. A file that cannot be used at all is
 * thrown as a `DatasetError`; otherwise the usable part comes with the
 * problems found (skipped items, replaced values, dropped links), which
 * dataset.ts writes to the console once per URL.
 */
import { askedBy, DatasetError } from './dataset-error.js';
import { coreStrings, type Bilingual } from './i18n.js';
import { decodeUtf8 } from './encoding.js';
import { findSyntaxError, positionOf, syntaxReason, type SyntaxPosition } from './json-syntax.js';
import { formatProblem, problemPlace, type DatasetProblem } from './problems.js';
import type { Dataset, Lang } from './types.js';
import { markReported } from './reported.js';
import { safeUrl } from './url.js';
import { inspectDataset, invalidError } from './validate.js';

const errorIndonesian = {
  http: (status: number) => `Berkas data tidak ditemukan atau tidak dapat diakses (HTTP ${status}).`,
  timeout: 'Berkas data terlalu lama dimuat.',
  parse: (line?: number, column?: number) => `Berkas data bukan JSON yang sah${line ? ` (baris ${line}, kolom ${column})` : ''}.`,
  encoding: 'Berkas data tidak tersimpan sebagai UTF-8.',
  invalid: (place: string) => `Berkas data tidak sesuai format: ${place}.`,
  notObject: 'Berkas data tidak sesuai format: isinya bukan objek { … }.',
};

/** What readers of a visible error box (`debug`) are told about a `src` file that cannot be used. */
const errorStrings: Bilingual<typeof errorIndonesian> = {
  id: errorIndonesian,
  en: {
    http: (status: number) => `The data file was not found or cannot be accessed (HTTP ${status}).`,
    timeout: 'The data file took too long to load.',
    parse: (line?: number, column?: number) => `The data file is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}.`,
    encoding: 'The data file is not saved as UTF-8.',
    invalid: (place: string) => `The data file does not match the format: ${place}.`,
    notObject: 'The data file does not match the format: it is not an object { … }.',
  },
};

/** The reader-facing message for a dataset failure. */
export function errorMessage(error: DatasetError, lang: Lang): string {
  const s = errorStrings[lang];
  switch (error.code) {
    case 'http':
      return s.http(error.detail.status ?? 0);
    case 'timeout':
      return s.timeout;
    case 'parse':
      return error.problems[0]?.code === 'encoding' ? s.encoding : s.parse(error.detail.line, error.detail.column);
    case 'invalid': {
      // Named as the console names it, items counted from 1 ("mitra ke-24 (busan), region"), not by
      // its JSON path (`partners[23].region`), which counts from 0.
      const first = error.problems.find((p) => p.path === error.detail.path);
      // A file that is not an object at all has no place in it.
      return error.detail.path === '' ? s.notObject : s.invalid(first ? problemPlace(first, lang) : (error.detail.path ?? '?'));
    }
    default:
      return coreStrings[lang].errorNetwork;
  }
}

export interface Loaded {
  data: Dataset;
  problems: DatasetProblem[];
  /** The console report of what was left out or changed, or '' when nothing was. */
  report: string;
}

/**
 * Whether a (normalized) link carries a user name or password before "@":
 * `https://jakarta.go.id@evil.example/` opens evil.example while it reads as
 * jakarta.go.id. Such a link is not shown (`use`) and is the checker's error.
 * Here, with the loader of `src` files, not in the core every page loads: the
 * bundled dataset has none (its tests say so).
 */
export const credentialed = (url: string): boolean => /^https?:\/\/[^/?#]*@/i.test(url);

/**
 * Validates a parsed value (see validate.ts), keeps what is usable, and keeps
 * only `https:`/`http:` links without a user name or password (any other
 * becomes "", shown as no link).
 * Throws a `DatasetError` (code `invalid`) only when nothing is usable.
 */
export function use(raw: unknown, url?: string): Loaded {
  const { data, problems } = inspectDataset(raw);
  if (!data) throw invalidError(problems.find((p) => p.effect === 'fatal')!, problems, url);
  const dropped: string[] = [];
  const inFile = (raw as { sources?: Array<{ id?: unknown; url?: unknown } | null> }).sources ?? [];
  for (const source of data.sources) {
    const normalized = safeUrl(source.url);
    const safe = credentialed(normalized) ? '' : normalized;
    // Named as every problem is: its place in the file's list, from 1, and its id. Where the id is
    // written twice (one of the two skipped), the item kept is the one with this url.
    const place = (match: (s: { id?: unknown; url?: unknown } | null) => boolean) => inFile.findIndex(match) + 1;
    if (!safe) dropped.push(`source #${place((s) => s?.id === source.id && s?.url === source.url) || place((s) => s?.id === source.id)} (${source.id})`);
    source.url = safe;
  }
  // Each item's first sentence, its skipping one before any other: what a card or counter that cannot
  // show the item gives as the cause.
  const items = new Map<string, string>();
  for (const p of [...problems.filter((p) => p.effect === 'skipped'), ...problems]) {
    const key = p.item?.id && `${p.item.list}:${p.item.id}`;
    if (key && !items.has(key)) items.set(key, formatProblem(p));
  }
  markReported(data, items);
  const lines = problems.map((p) => `- ${formatProblem(p)}`);
  if (dropped.length) {
    lines.push(
      `- links of ${dropped.join(', ')} not shown (a link must be a full https: or http: address, with no spaces and no user name or password before "@")`,
    );
  }
  // Each dropped link counts as one problem, though they share a line.
  const count = problems.length + dropped.length;
  const report = count
    ? `${count === 1 ? '1 problem' : `${count} problems`}; the rest of the file is shown:\n${lines.join('\n')}`
    : '';
  return { data, problems, report };
}

/** The public `validateDataset`: the usable part, with one warning when something was left out. */
export function validate(raw: unknown, url?: string): Dataset {
  const loaded = use(raw, url);
  if (loaded.report) console.warn(`jakarta-global-widgets: ${url ?? 'dataset'}: ${loaded.report}`);
  return loaded.data;
}

/**
 * A dataset object (or value) given to elements as `el.data`, validated: its usable part, or why
 * there is none; its warning (empty when none); the elements given it, and those the warning named.
 */
interface Checked {
  result: { data: Dataset } | { error: unknown };
  warning: string;
  tags: Set<string>;
  named: Set<string>;
  pending: boolean;
}
/** Each dataset object given to elements. */
const objects = new WeakMap<object, Checked>();
/** The same for a value that is not an object (`el.data = "…"`), which a WeakMap cannot hold. */
const values = new Map<unknown, Checked>();

/**
 * A dataset object given to an element as `el.data`: validated once however
 * many elements share it, with one warning (what was left out, or why nothing
 * can be used) naming every kind of element given it in the same task, as a
 * file's names every element that asked for it; an element of another kind
 * given it later is named by a warning of its own.
 */
export function validateObject(raw: object, tag: string): Dataset {
  const isObject = typeof raw === 'object' && raw !== null;
  let checked = isObject ? objects.get(raw) : values.get(raw);
  if (!checked) {
    let result: Checked['result'];
    let warning = '';
    try {
      const loaded = use(raw);
      result = { data: loaded.data };
      if (loaded.report) warning = `dataset object: ${loaded.report}`;
    } catch (error) {
      result = { error };
      warning = `dataset object could not be used: ${(error as Error).message}`;
    }
    checked = { result, warning, tags: new Set(), named: new Set(), pending: false };
    if (isObject) objects.set(raw, checked);
    else values.set(raw, checked);
  }
  const c = checked;
  c.tags.add(tag);
  // Written once the task's other elements given it have come (they validate in its microtasks).
  if (c.warning && !c.named.has(tag) && !c.pending) {
    c.pending = true;
    setTimeout(() => {
      c.pending = false;
      const fresh = [...c.tags].filter((t) => !c.named.has(t));
      fresh.forEach((t) => c.named.add(t));
      console.warn(`${askedBy(fresh)}: ${c.warning}`);
    });
  }
  if ('error' in c.result) throw c.result.error;
  return c.result.data;
}

/** For each URL and message written, the tags its warnings have named. */
const warned = new Map<string, Set<string>>();

/** Forgets the warnings written (with the dataset cache, for tests). */
export function resetWarnings(): void {
  warned.clear();
  values.clear();
}

/**
 * The one console warning for a data file: the elements that asked for it,
 * the file, the message; once per URL and message, and again only for a
 * kind of element it has not named yet (one added later that asks for the
 * same broken file would otherwise fail in silence). `partial`: the rest of
 * the file is shown, so what readers see is said differently (a table
 * missing one row has no error box to show, even with `debug`).
 */
export function warnOnce(url: string, tags: Iterable<string>, message: string, partial = false): void {
  const key = `${url}\n${message}`;
  const named = warned.get(key) ?? new Set<string>();
  const asking = [...tags];
  const fresh = asking.filter((tag) => !named.has(tag));
  if (warned.has(key) && (fresh.length === 0 || asking.length === 0)) return;
  warned.set(key, named);
  fresh.forEach((tag) => named.add(tag));
  console.warn(
    `${askedBy(fresh)}: data file ${url.startsWith('data:') && url.length > 64 ? `${url.slice(0, 60)}…` : url}: ${message}\n` +
      (partial
        ? 'Readers see the rest; an element whose own item was left out shows the content inside its tag (the debug attribute, ' +
          'or ?jgw-debug in the page URL, shows why on the page). `npx jakarta-global-widgets check <file>` lists every problem.'
        : 'Readers see the content inside the tag (or a short neutral line) where data is missing, ' +
          'and a prerendered element keeps its prerendered content; ' +
          'add the debug attribute to the element, or ?jgw-debug to the page URL, to show the error on the page.'),
  );
}

/**
 * The place of a `JSON.parse` error, as the checker finds it (`JSON.parse`'s
 * own words differ between engines, and Chromium's often give no position):
 * the first character that does not fit the grammar.
 */
function syntaxPlace(text: string): SyntaxPosition {
  return findSyntaxError(text) ?? positionOf(text, text.length);
}

/** Fetches `url` with a timeout, parses it (marking `parseMark`) and validates it. */
export async function fetchDataset(url: string, timeoutMs: number, parseMark: string): Promise<Loaded> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const fatal = (code: DatasetError['code'], problem: Omit<DatasetProblem, 'effect' | 'path' | 'field'>, detail: DatasetError['detail']) => {
    const p: DatasetProblem = { ...problem, effect: 'fatal', path: '', field: '' };
    return new DatasetError(code, formatProblem(p), { url, ...detail }, [p]);
  };
  let decoded: ReturnType<typeof decodeUtf8>;
  try {
    // (a `src` the page could not resolve comes as written)
    new URL(url);
  } catch {
    throw fatal('network', { code: 'network', params: { reason: 'not a URL' } }, {});
  }
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      throw fatal('http', { code: 'http', params: { status: response.status } }, { status: response.status });
    }
    decoded = decodeUtf8(new Uint8Array(await response.arrayBuffer()));
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    if (controller.signal.aborted) throw fatal('timeout', { code: 'timeout', params: { ms: timeoutMs } }, {});
    throw fatal('network', { code: 'network', params: { reason: (error as Error).message } }, {});
  } finally {
    clearTimeout(timer);
  }
  if (!('text' in decoded)) throw fatal('parse', { code: 'encoding', params: { encoding: decoded.encoding } }, {});
  const { text } = decoded;
  let raw: unknown;
  try {
    performance.mark(parseMark, { detail: { src: url } });
    raw = JSON.parse(text);
  } catch {
    const at = syntaxPlace(text);
    const place = { line: at.line, column: at.column };
    // A comma with nothing after it is named at the comma (what to delete), not at the bracket the engine saw.
    throw fatal('parse', { code: 'json-syntax', params: { ...place, reason: syntaxReason(at) } }, place);
  }
  return use(raw, url);
}
