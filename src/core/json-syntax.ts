/**
 * Where a JSON text stops being JSON: a small scanner that follows the JSON
 * grammar (RFC 8259) and returns the line and column (both from 1) of the
 * first character that does not fit, and that character. `JSON.parse` says
 * the same thing in words that differ between engines and versions (and some
 * give no position at all), so the checker and the widgets' `src` loader ask
 * this scanner instead.
 */
export interface SyntaxPosition {
  line: number;
  column: number;
  /** The unexpected character, or "" at the end of the text. */
  found: string;
  /**
   * Set for a comma with no item after it (`[1, 2,]`, `{"a": 1,}`), the one
   * slip everyone makes: the place is then the comma's (what to delete), not
   * the bracket's, and this is the bracket that follows it.
   */
  closing?: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly closing?: string,
  ) {}
}

/** The first syntax error in `text`, or null when `text` is one JSON value. */
export function findSyntaxError(text: string): SyntaxPosition | null {
  let i = 0;
  const stop = (): never => {
    throw new Stop(i);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (literal: string): void => {
    for (const ch of literal) {
      if (text[i] !== ch) stop();
      i++;
    }
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (i >= text.length) stop();
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') stop();
      if (ch === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) stop();
            i++;
          }
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else stop();
      } else i++;
    }
  };
  const digits = (): void => {
    if (!/[0-9]/.test(text[i] ?? '')) stop();
    while (/[0-9]/.test(text[i] ?? '')) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  /** Past a comma between items; one followed by the closing bracket is the error, at the comma. */
  const comma = (closing: string): void => {
    const at = i++;
    ws();
    if (text[i] === closing) throw new Stop(at, closing);
  };
  /** A member's name and its colon, up to its value. */
  const name = (): void => {
    ws();
    string();
    ws();
    expect(':');
  };
  /**
   * One JSON value, arrays and objects included, with a stack of the brackets still open rather
   * than a call per level: a file nested thousands deep (never a dataset, but a broken file can be
   * anything) would overflow the call stack.
   */
  const value = (): void => {
    const open: string[] = [];
    for (;;) {
      ws();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        const closing = ch === '{' ? '}' : ']';
        i++;
        ws();
        if (text[i] !== closing) {
          open.push(closing);
          if (closing === '}') name();
          continue; // the first item's value
        }
        i++;
      } else if (ch === '"') string();
      else if (ch === 't') expect('true');
      else if (ch === 'f') expect('false');
      else if (ch === 'n') expect('null');
      else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
      else stop();
      // A value is complete: close what ends after it, up to a comma and the next item's value.
      for (;;) {
        const closing = open.at(-1);
        if (!closing) return;
        ws();
        if (text[i] === ',') {
          comma(closing);
          if (closing === '}') name();
          break;
        }
        expect(closing);
        open.pop();
      }
    }
  };
  try {
    value();
    ws();
    if (i < text.length) stop();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const place = positionOf(text, error.at);
    return error.closing ? { ...place, closing: error.closing } : place;
  }
}

/**
 * Line and column (from 1, columns in UTF-16 code units as editors count them) of offset `at`, and
 * the character there. A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files), as in editors.
 */
export function positionOf(text: string, at: number): SyntaxPosition {
  let line = 1;
  let start = 0;
  for (let k = 0; k < at; k++) {
    if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) {
      line++;
      start = k + 1;
    }
  }
  return { line, column: at - start + 1, found: text[at] ?? '' };
}

/** The code (`U+200B`) of an invisible or space-like character, which a reader could not find otherwise; null for a visible one. */
export function invisibleCode(ch: string): string | null {
  return /^[\s\p{C}]$/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

const invisibleCharacter = (ch: string): string | null => {
  const code = invisibleCode(ch);
  return code && `the invisible character ${code}`;
};

/**
 * What is wrong at a syntax error's place, in English: the slips people make by hand named as such
 * (the console's warning of a `src` file, and the checker's English message, whose Indonesian twin
 * is in check/messages.ts), not in the engine's `JSON.parse` words, which differ between browsers.
 * `name` names an invisible character (the checker knows some by name, e.g. a non-breaking space).
 */
export function syntaxReason({ found, closing }: Pick<SyntaxPosition, 'found' | 'closing'>, name = invisibleCharacter): string {
  if (closing) return `this comma is one too many, as ${closing} comes right after it: delete it`;
  if (!found) return 'the file ends before the JSON does (a missing closing bracket?)';
  // A line break or a tab is white space between values: unexpected only inside a text.
  if (found === '\n' || found === '\r') return 'a line ends inside a text (a missing closing quote "?)';
  if (found === '\t') return 'a tab inside a text (copied from a table?): replace it with a space, or write \\t';
  // Curly quotes come from word processors.
  if (/^[“”„‘’]$/.test(found)) return `${found} is a curly quote; JSON uses straight quotes "`;
  if (found === "'") return `' is a single quote; JSON uses double quotes "`;
  return `${name(found) ?? `'${found}'`} is not expected here (a missing or extra comma, quote or bracket?)`;
}
