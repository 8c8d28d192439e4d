// Gettext in Node, for the WordPress plugin's translations (no msgfmt needed):
// parsePo() reads a .po file, checkPhpFormat() does what `msgfmt
// --check-format` does for `#, php-format` entries (the translation's printf
// placeholders must be the msgid's), and writeMo() writes the GNU .mo file that
// `msgfmt --no-hash` writes, byte for byte (test/e2e/wordpress.test.mjs
// compares them when msgfmt is installed). Anything this parser does not
// know (an unknown keyword or escape, a charset other than UTF-8, a
// duplicate) fails loudly rather than being skipped.

/**
 * A .po entry: `msgctxt` (or null), `msgid`, `msgidPlural` (or null), `msgstr` (one string, or one
 * per plural form), `flags` (`fuzzy`, `php-format`…), `references` (`file:line`), and its `line`.
 * @typedef {{ msgctxt: string | null, msgid: string, msgidPlural: string | null, msgstr: string[],
 *   flags: string[], references: string[], line: number }} PoEntry
 */

const ESCAPES = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', '?': '?' };

/** A quoted .po string's value (C escapes); throws on what it cannot read. */
function unquote(text, where) {
  const m = /^"((?:[^"\\]|\\.)*)"\s*$/.exec(text);
  if (!m) throw new Error(`${where}: not a quoted string: ${text}`);
  return m[1].replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, (all, e) => {
    if (e in ESCAPES) return ESCAPES[e];
    const code = e[0] === 'x' ? parseInt(e.slice(1), 16) : /^[0-7]/.test(e) ? parseInt(e, 8) : NaN;
    // A byte above 0x7f would be half of a UTF-8 character: not supported.
    if (code >= 0 && code < 0x80) return String.fromCharCode(code);
    throw new Error(`${where}: unsupported escape ${all}`);
  });
}

/**
 * The entries of a .po file (`name` is for messages), the header (msgid "") included. Obsolete
 * (`#~`) entries are left out, as msgfmt does.
 * @returns {PoEntry[]}
 */
export function parsePo(text, name = 'po') {
  const entries = [];
  let entry = null;
  let last = null; // the keyword a continuation line ("…") adds to
  const fresh = (line) => ({ msgctxt: null, msgid: null, msgidPlural: null, msgstr: [], flags: [], references: [], line, obsolete: false });
  const finish = (where) => {
    if (!entry) return;
    if (entry.msgid === null && entry.msgstr.length === 0 && entry.msgctxt === null) {
      // Comments with no message (a file's closing comment): nothing to keep.
    } else {
      if (entry.msgid === null) throw new Error(`${where}: an entry without msgid`);
      if (entry.msgstr.length === 0 || entry.msgstr.includes(undefined)) throw new Error(`${name}:${entry.line}: an entry without msgstr`);
      if (entry.msgidPlural === null && entry.plural) throw new Error(`${name}:${entry.line}: msgstr[n] without msgid_plural`);
      if (entry.msgidPlural !== null && !entry.plural) throw new Error(`${name}:${entry.line}: msgid_plural with a plain msgstr`);
      if (!entry.obsolete) entries.push(entry);
    }
    entry = null;
    last = null;
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const where = `${name}:${i + 1}`;
    let line = lines[i].trim();
    if (line === '') {
      finish(where);
      continue;
    }
    let obsolete = false;
    if (line.startsWith('#~')) {
      obsolete = true;
      line = line.slice(2).trim();
      if (line.startsWith('|')) continue; // #~| previous msgid of an obsolete entry
    } else if (line.startsWith('#')) {
      // A comment after an entry's strings starts the next entry.
      if (entry && entry.msgid !== null) finish(where);
      entry ??= fresh(i + 1);
      if (line.startsWith('#,')) entry.flags.push(...line.slice(2).split(',').map((f) => f.trim()).filter(Boolean));
      else if (line.startsWith('#:')) entry.references.push(...line.slice(2).trim().split(/\s+/).filter(Boolean));
      continue; // translator (#), extracted (#.) and previous (#|) comments
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$/.exec(line);
    if (m) {
      const [, keyword, index, rest] = m;
      // msgctxt, or a msgid after a msgstr, starts a new entry.
      if (entry && ((keyword === 'msgctxt' && (entry.msgid !== null || entry.msgctxt !== null)) || (keyword === 'msgid' && entry.msgid !== null))) {
        finish(where);
      }
      entry ??= fresh(i + 1);
      if (obsolete) entry.obsolete = true;
      const value = unquote(rest, where);
      if (keyword === 'msgctxt' || keyword === 'msgid' || keyword === 'msgid_plural') {
        const field = { msgctxt: 'msgctxt', msgid: 'msgid', msgid_plural: 'msgidPlural' }[keyword];
        if (entry[field] !== null) throw new Error(`${where}: a second ${keyword} in one entry`);
        if (keyword !== 'msgctxt' && entry.msgstr.length) throw new Error(`${where}: ${keyword} after msgstr`);
        entry[field] = value;
        last = [entry, field];
      } else {
        const n = index === undefined ? 0 : Number(index);
        if (index !== undefined) entry.plural = true;
        else if (entry.msgstr.length) throw new Error(`${where}: a second msgstr in one entry`);
        if (entry.msgstr[n] !== undefined) throw new Error(`${where}: a second msgstr[${n}]`);
        if (n > entry.msgstr.length) throw new Error(`${where}: msgstr[${n}] before msgstr[${entry.msgstr.length}]`);
        entry.msgstr[n] = value;
        last = [entry.msgstr, n];
      }
      continue;
    }
    if (line.startsWith('"')) {
      if (!last) throw new Error(`${where}: a string with no keyword before it`);
      last[0][last[1]] += unquote(line, where);
      continue;
    }
    throw new Error(`${where}: cannot read this line (not supported): ${line}`);
  }
  finish(`${name}:end`);
  const seen = new Set();
  for (const e of entries) {
    const key = `${e.msgctxt ?? ''}\u0004${e.msgid}`;
    if (seen.has(key)) throw new Error(`${name}:${e.line}: duplicate message ${JSON.stringify(e.msgid)}`);
    seen.add(key);
    delete e.obsolete;
    delete e.plural;
  }
  const header = entries.find((e) => e.msgid === '' && e.msgctxt === null);
  const charset = /^Content-Type:.*charset=([^\s;]+)/im.exec(header?.msgstr[0] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw new Error(`${name}: charset ${charset} is not supported (UTF-8 only)`);
  return entries;
}

// PHP's sprintf conversions, by the kind of argument each takes (as gettext's format-php.c groups them).
const PHP_KINDS = { b: 'integer', d: 'integer', u: 'integer', o: 'integer', x: 'integer', X: 'integer', c: 'character', e: 'float', E: 'float', f: 'float', F: 'float', g: 'float', G: 'float', s: 'string' };

/** The arguments a PHP format string takes: Map(argument number → kind). Throws if it is not one. */
export function phpFormatArgs(format) {
  const args = new Map();
  let next = 1;
  const spec = /%(?:(\d+)\$)?((?:[-+ 0]|'.)*)(\d*)(?:\.(\d+))?(.?)/gsy;
  for (let i = format.indexOf('%'); i !== -1; i = format.indexOf('%', i)) {
    if (format[i + 1] === '%') {
      i += 2;
      continue;
    }
    spec.lastIndex = i;
    const m = spec.exec(format);
    const kind = PHP_KINDS[m[5]];
    if (!kind) throw new Error(`“${m[0]}” is not a PHP format directive`);
    const n = m[1] === undefined ? next++ : Number(m[1]);
    if (n === 0) throw new Error(`“${m[0]}”: arguments are numbered from 1`);
    if (args.has(n) && args.get(n) !== kind) throw new Error(`argument ${n} is used as ${args.get(n)} and as ${kind}`);
    args.set(n, kind);
    i = spec.lastIndex;
  }
  return args;
}

const describeArgs = (args) => [...args].sort(([a], [b]) => a - b).map(([n, k]) => `${n}:${k}`).join(', ') || 'none';

/**
 * `msgfmt --check-format` for `#, php-format` entries: the msgid is a valid PHP format, and each
 * translation takes the same arguments (number and kind). A plural form may leave out an argument
 * of msgid_plural (Indonesian's "1 item" needs no %d), as msgfmt allows there. Throws, naming
 * every entry at fault.
 */
export function checkPhpFormat(entries, name = 'po') {
  const problems = [];
  for (const e of entries) {
    if (!e.flags.includes('php-format') || e.msgstr.every((s) => s === '')) continue;
    const at = `${name}:${e.line}`;
    try {
      const id = phpFormatArgs(e.msgid);
      const plural = e.msgidPlural === null ? null : phpFormatArgs(e.msgidPlural);
      e.msgstr.forEach((str, n) => {
        if (str === '') return;
        let got;
        try {
          got = phpFormatArgs(str);
        } catch (error) {
          throw new Error(`msgstr${plural ? `[${n}]` : ''} is not a valid PHP format: ${error.message}`);
        }
        const want = plural ?? id;
        const same = plural
          ? [...got].every(([k, kind]) => want.get(k) === kind)
          : got.size === want.size && [...got].every(([k, kind]) => want.get(k) === kind);
        if (!same) throw new Error(`msgstr${plural ? `[${n}]` : ''} takes ${describeArgs(got)}, the msgid ${describeArgs(want)}`);
      });
    } catch (error) {
      problems.push(`${at}: ${JSON.stringify(e.msgid)}: ${error.message}`);
    }
  }
  if (problems.length) throw new Error(`php-format check failed:\n${problems.join('\n')}`);
}

/**
 * The GNU .mo file of `entries` (little-endian, revision 0, no hash table), as `msgfmt --no-hash`
 * writes it: untranslated and fuzzy entries left out (a fuzzy header kept), the keys
 * (`msgctxt\x04msgid`, `\0msgid_plural`) sorted by their bytes, the header (msgid "") first.
 */
export function writeMo(entries) {
  const messages = entries
    .filter((e) => e.msgstr[0] !== '' && (!e.flags.includes('fuzzy') || (e.msgid === '' && e.msgctxt === null)))
    .map((e) => ({
      key: Buffer.from((e.msgctxt === null ? '' : `${e.msgctxt}\u0004`) + e.msgid + (e.msgidPlural === null ? '' : `\0${e.msgidPlural}`), 'utf8'),
      value: Buffer.from(e.msgstr.join('\0'), 'utf8'),
    }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const n = messages.length;
  const HEADER = 28;
  const tables = Buffer.alloc(HEADER + 16 * n);
  tables.writeUInt32LE(0x950412de, 0); // magic
  tables.writeUInt32LE(0, 4); // revision
  tables.writeUInt32LE(n, 8);
  tables.writeUInt32LE(HEADER, 12); // originals' table
  tables.writeUInt32LE(HEADER + 8 * n, 16); // translations' table
  tables.writeUInt32LE(0, 20); // hash table size: none
  tables.writeUInt32LE(HEADER + 16 * n, 24); // (its offset: where it would be)
  const strings = [];
  let offset = HEADER + 16 * n;
  for (const [table, field] of [[HEADER, 'key'], [HEADER + 8 * n, 'value']]) {
    messages.forEach((m, i) => {
      tables.writeUInt32LE(m[field].length, table + 8 * i);
      tables.writeUInt32LE(offset, table + 8 * i + 4);
      strings.push(m[field], Buffer.alloc(1));
      offset += m[field].length + 1;
    });
  }
  return Buffer.concat([tables, ...strings]);
}

/** A .po file's text compiled to .mo, checked as `msgfmt --check-format` does. */
export function compilePo(text, name) {
  const entries = parsePo(text, name);
  checkPhpFormat(entries, name);
  return writeMo(entries);
}
