import { inflateSync } from 'node:zlib';

/**
 * Just enough PDF reading for the tests to check what Chromium printed (no PDF library in the project): the page
 * count, and the text of every page, decoded through each font's ToUnicode map. Handles what Skia writes
 * (uncompressed object table, Flate streams, Type0 fonts with Identity-H, Tj/TJ with hex strings); not a general
 * PDF parser.
 */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function objects(pdf: Buffer): Map<number, { dict: string; stream?: Buffer }> {
  const text = pdf.toString('latin1');
  const out = new Map<number, { dict: string; stream?: Buffer }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const start = m.index! + m[0].indexOf(body) + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const end = text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    let stream: Buffer = raw;
    if (/\/FlateDecode/.test(body.slice(0, at))) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = raw;
      }
    }
    out.set(Number(m[1]), { dict: body.slice(0, at), stream });
  }
  return out;
}

const hexCodes = (hex: string) => (hex.match(/.{1,4}/g) ?? []).map((h) => parseInt(h, 16));

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const chars = (hex: string) => String.fromCharCode(...hexCodes(hex));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(m[1]!, 16), chars(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(first + c - lo));
    }
  }
  return map;
}

/** The text of every page, in content-stream order (words and lines are not separated reliably: compare without spaces). */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objs.values()) {
    for (const m of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const ref = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
      const cmap = ref ? objs.get(Number(ref))?.stream : undefined;
      if (cmap && !fonts.has(m[1]!)) fonts.set(m[1]!, toUnicode(cmap.toString('latin1')));
    }
  }
  const out: string[] = [];
  for (const { stream } of objs.values()) {
    const content = stream?.toString('latin1') ?? '';
    if (!/\bTf\b/.test(content)) continue;
    let font = new Map<number, string>();
    for (const m of content.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]) TJ|<([0-9A-Fa-f]*)> Tj|\bET\b/g)) {
      if (m[1]) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] || m[3] !== undefined) {
        const hexes = m[2] ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]!) : [m[3]!];
        out.push(hexes.flatMap(hexCodes).map((c) => font.get(c) ?? '').join(''));
      } else out.push(' ');
    }
  }
  return out.join('');
}
