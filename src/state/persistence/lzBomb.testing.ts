/**
 * Tests only: writes lz-string URI-safe bit streams by hand, to build the decompression bombs the share-link reader
 * must survive. Bits go out the way lz-string writes them (each code lowest bit first, six bits per character, first
 * bit in the character's highest place), so `decompressFromEncodedURIComponent` reads exactly these codes.
 */
const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

class BitWriter {
  private chars: string[] = [];
  private value = 0;
  private used = 0;

  write(code: number, bitCount: number): void {
    for (let i = 0; i < bitCount; i++) {
      this.value = (this.value << 1) | ((code >> i) & 1);
      if (++this.used === 6) this.flush();
    }
  }

  private flush(): void {
    this.chars.push(URI_SAFE_ALPHABET.charAt(this.value));
    this.value = 0;
    this.used = 0;
  }

  finish(): string {
    if (this.used > 0) {
      this.value <<= 6 - this.used;
      this.flush();
    }
    return this.chars.join('');
  }
}

/**
 * A payload of `codes` codes after one literal: each code names the phrase being defined (lz-string's "cScSc" case),
 * so the n-th phrase is n characters long and the text grows quadratically: ~codes²/2 characters.
 */
export function quadraticBomb(codes: number): string {
  const out = new BitWriter();
  out.write(0, 2);
  out.write('{'.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    out.write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  out.write(2, numBits);
  return out.finish();
}
