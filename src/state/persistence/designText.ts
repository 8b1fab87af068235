import { validateDesign, type DesignDoc, type DesignIssue } from '../../engine';

/** Larger than any sane design (5 000 nodes ≈ 1.5 MB of JSON): a bigger file is refused before it is parsed. */
export const MAX_DESIGN_BYTES = 5_000_000;

export type ParsedDesign = { ok: true; design: DesignDoc } | { ok: false; issues: DesignIssue[] };

/** Line and column of a character offset, for "not JSON" errors people can find in an editor. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function jsonError(text: string, error: unknown): DesignIssue {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (at) {
    const { line, column } = lineColumn(text, Number(at[1]));
    return { path: `line ${line}, column ${column}`, message: `not valid JSON (${message})`, code: 'file.json', params: { line, column, detail: message } };
  }
  return { path: '(document)', message: `not valid JSON (${message})`, code: 'file.json', params: { detail: message } };
}

/**
 * Text → parsed JSON, or the one problem with its place (too large, empty, a syntax error at a line and column). The
 * checks every file of the app starts with: design files and building-block libraries.
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; issues: DesignIssue[] } {
  if (text.length > MAX_DESIGN_BYTES) {
    return { ok: false, issues: [{ path: '(document)', message: `too large: ${text.length} characters (at most ${MAX_DESIGN_BYTES})`, code: 'file.tooLargeChars', params: { size: text.length, max: MAX_DESIGN_BYTES } }] };
  }
  if (text.trim() === '') return { ok: false, issues: [{ path: '(document)', message: 'the file is empty', code: 'file.empty' }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, issues: [jsonError(text, error)] };
  }
}

/**
 * Text → validated design, or every problem with its place. Never throws: the caller shows the problems and keeps
 * the current design untouched.
 */
export function parseDesignText(text: string): ParsedDesign {
  const json = parseJsonText(text);
  return json.ok ? validateDesign(json.value) : json;
}

/** The design as a file: stable key order (the schema's), two-space indent, newline at the end. */
export function designToText(design: DesignDoc): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
