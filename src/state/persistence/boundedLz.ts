/**
 * lz-string's `decompressFromEncodedURIComponent`, ported so that it can stop: the original has no limit, and a
 * crafted link whose every code repeats the previous phrase plus one character decompresses quadratically (a 261 kB
 * link crashed the tab). This port reads the same bit stream the same way (lz-string 1.5.0) but gives up as soon as
 * the text would pass `maxChars`, so its time and memory are bounded by the cap, not by the link.
 */

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const SIX_BIT_VALUE = new Map([...URI_SAFE_ALPHABET].map((c, i) => [c, i]));

export type BoundedText = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'tooLarge' };

/** Reads the link's characters as 6-bit groups, lowest bit first within each code (as lz-string writes them). */
class BitReader {
  private value: number;
  private mask = 32;
  private index = 1;

  constructor(private readonly input: string) {
    this.value = this.charValue(0);
  }

  /** lz-string reads an unknown character as 0; so does this port, so old links decode exactly as before. */
  private charValue(index: number): number {
    return SIX_BIT_VALUE.get(this.input.charAt(index)) ?? 0;
  }

  /** Past the end of the link: lz-string stops with an empty result there. */
  get exhausted(): boolean {
    return this.index > this.input.length;
  }

  read(bitCount: number): number {
    let bits = 0;
    for (let power = 1, i = 0; i < bitCount; i++, power *= 2) {
      if (this.value & this.mask) bits += power;
      this.mask >>= 1;
      if (this.mask === 0) {
        this.mask = 32;
        this.value = this.charValue(this.index++);
      }
    }
    return bits;
  }
}

/** Decompresses a URI-safe lz-string payload, or says why not: damaged (not a valid stream) or larger than allowed. */
export function decompressUriSafeBounded(payload: string, maxChars: number): BoundedText {
  const reader = new BitReader(payload.replace(/ /g, '+'));
  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = reader.read(2);
  if (first === 2) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result = [w];
  let length = w.length;
  for (;;) {
    if (reader.exhausted) return { ok: false, reason: 'damaged' };
    let code = reader.read(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(reader.read(code === 0 ? 8 : 16));
      code = dictSize - 1;
      if (--enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
    let entry = dictionary[code];
    if (entry === undefined) {
      if (code !== dictSize) return { ok: false, reason: 'damaged' };
      entry = w + w.charAt(0);
    }
    length += entry.length;
    // Checked before the phrase is kept: the cap bounds the dictionary as well as the text.
    if (length > maxChars) return { ok: false, reason: 'tooLarge' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    w = entry;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
