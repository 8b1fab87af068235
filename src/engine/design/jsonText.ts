/**
 * JSON text → value, or where it stops being JSON (line, column, what was expected). The engine's own wording:
 * V8's messages give a position only sometimes and quote the file's bytes (control characters included), so
 * when JSON.parse fails the text is scanned again to find and name the first error.
 */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

/** A UTF-8 byte order mark before the JSON: editors on Windows write one, and the browser's File.text() drops it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseJsonText(text: string): JsonTextResult {
  const body = withoutBom(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const { offset, reason } = firstJsonError(body);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    return { ok: false, line, column: offset - before.lastIndexOf('\n'), reason };
  }
}

/** A character as an error message may show it: printable ones quoted, others as U+XXXX. */
function shown(s: string, i: number): string {
  if (i >= s.length) return 'the end of the text';
  const code = s.codePointAt(i)!;
  return code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0) ? `'${String.fromCodePoint(code)}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The offset of the end of the string starting at `i` (a quote), or an error. */
function scanString(s: string, start: number): { end: number } | { offset: number; reason: string } {
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') return { end: i + 1 };
    if (c.charCodeAt(0) < 0x20) return { offset: i, reason: `${shown(s, i)} inside a string (write it as an escape such as \\n)` };
    if (c !== '\\') continue;
    const e = s[i + 1];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 5;
    else if (e !== undefined && ESCAPES.has(e)) i += 1;
    else return { offset: i, reason: 'a backslash not followed by a valid escape' };
  }
  return { offset: s.length, reason: 'a string that never ends (a missing ")' };
}

/** The end of the scalar (string, number, literal) at `i`, or an error. */
function scanScalar(s: string, i: number): { end: number } | { offset: number; reason: string } {
  if (s[i] === '"') return scanString(s, i);
  for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i)) return { end: i + word.length };
  NUMBER.lastIndex = i;
  if (NUMBER.exec(s) !== null && NUMBER.lastIndex > i) return { end: NUMBER.lastIndex };
  return { offset: i, reason: `${shown(s, i)} where a value was expected` };
}

/** Scans without recursion (a deeply nested file must not overflow the stack) to the first grammar error. */
function firstJsonError(s: string): { offset: number; reason: string } {
  const open: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  for (;;) {
    skipSpace();
    const c = s[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        open.push(c === '{' ? '}' : ']');
        i++;
        skipSpace();
        if (s[i] === open.at(-1)) {
          open.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      const scalar = scanScalar(s, i);
      if ('reason' in scalar) return scalar;
      i = scalar.end;
      state = 'after';
    } else if (state === 'key') {
      if (c !== '"') return { offset: i, reason: `${shown(s, i)} where a property name in double quotes was expected` };
      const key = scanString(s, i);
      if ('reason' in key) return key;
      i = key.end;
      skipSpace();
      if (s[i] !== ':') return { offset: i, reason: `${shown(s, i)} where ':' was expected` };
      i++;
      state = 'value';
    } else {
      const close = open.at(-1);
      if (close === undefined) return { offset: i, reason: i < s.length ? `${shown(s, i)} after the end of the JSON value` : 'not valid JSON' };
      if (c === ',') {
        i++;
        state = close === '}' ? 'key' : 'value';
      } else if (c === close) {
        open.pop();
        i++;
      } else return { offset: i, reason: `${shown(s, i)} where ',' or '${close}' was expected` };
    }
  }
}
