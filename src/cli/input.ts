import { parseJsonText } from '../engine';

/**
 * What the CLI reads and prints: files become JSON values or one line saying what is wrong with them, and
 * nothing a file holds reaches the terminal as a control sequence.
 */

/** Bad input: the reason, shown after "sim: ". */
export class InputError extends Error {}

/** The app refuses a design file above this size too (src/state/persistence/designText.ts). */
export const MAX_INPUT_CHARS = 5_000_000;

/**
 * Control characters other than newline and tab (C0, DEL, C1: ESC starts the sequences that clear a screen or set
 * a window title) and the bidirectional overrides that reorder what is shown, written out as \uXXXX instead.
 * JSON output stays valid JSON and means the same: such characters can only appear inside its strings, where
 * \uXXXX is the JSON escape of the very character.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface FileReader {
  readFile(path: string): string;
}

/** Reads and parses a JSON file; every failure is one InputError line naming the file. */
export function readJson(io: FileReader, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`${path}: cannot read the ${what} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))})`);
  }
  if (text.length > MAX_INPUT_CHARS) throw new InputError(`${path}: the ${what} is too large (${text.length} characters; at most ${MAX_INPUT_CHARS})`);
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  // NUL, or bytes that are not UTF-8 (decoded as U+FFFD): a binary file, not a JSON one with a typo.
  if (text.includes('\u0000') || text.includes('\ufffd')) throw new InputError(`${path}: not a JSON text file (it holds binary data): expected a ${what} in JSON`);
  throw new InputError(`${path}: not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`);
}
