import { compressToEncodedURIComponent } from 'lz-string';
import type { DesignDoc, DesignIssue, TimedFault } from '../../engine';
import { decompressUriSafeBounded } from './boundedLz';
import { MAX_DESIGN_BYTES, parseDesignText, type ParsedDesign } from './designText';
import { scriptFragmentPart, withoutScript } from './scriptLink';

/**
 * The URL fragment that carries a shared design. Fragments never reach a server. Two forms open:
 * - `#share=v2.<characters>.<checksum>.<lz-string, URI-safe>`: what the app writes now. The text's length and its
 *   checksum let a damaged link (a character flipped or lost in a chat) be refused instead of opening altered text.
 * - `#share=<lz-string, URI-safe>`: links made before; they still open, without that protection.
 * `.` is not in lz-string's URI-safe alphabet, so an old link can never be mistaken for a new one.
 */
export const SHARE_PREFIX = 'share=';
/** Browsers cope with URLs of a few MB, but a link in a chat or mail breaks long before; refuse absurd ones. */
export const MAX_SHARE_CHARS = 1_000_000;
/** The decoded text may not be larger than a design file may be: decoding stops as soon as it would be. */
export const MAX_SHARE_TEXT_CHARS = MAX_DESIGN_BYTES;
const VERSION = 'v2';

/** FNV-1a over the UTF-16 code units: 32 bits, enough to catch a damaged link (it guards against accidents, not attacks). */
export function textChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The design, and optionally the run's fault script with its seed (see scriptLink.ts). */
export interface SharedRun {
  script: readonly TimedFault[];
  seed: number;
}

export function shareFragment(design: DesignDoc, run?: SharedRun): string {
  const text = JSON.stringify(design);
  const faults = run ? scriptFragmentPart(run.script, run.seed) : '';
  return `${SHARE_PREFIX}${VERSION}.${text.length}.${textChecksum(text)}.${compressToEncodedURIComponent(text)}${faults}`;
}

export function shareUrl(design: DesignDoc, base: string, run?: SharedRun): string {
  const url = new URL(base);
  url.search = '';
  url.hash = shareFragment(design, run);
  return url.toString();
}

/** Is this fragment a share link at all (so a broken one gets an error rather than being ignored)? */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

const linkIssue = (message: string, code: string, params?: DesignIssue['params']): ParsedDesign => ({
  ok: false,
  issues: [{ path: 'link', message, code, params } satisfies DesignIssue],
});

const damaged = () => linkIssue('the link is damaged or cut short (it cannot be decompressed)', 'link.damaged');
const tooLarge = () =>
  linkIssue(`the link unpacks to more than ${MAX_SHARE_TEXT_CHARS} characters: it is damaged or not a design`, 'link.tooLarge', { max: MAX_SHARE_TEXT_CHARS });

interface Envelope {
  payload: string;
  /** Absent for a link made before checksums. */
  expected?: { chars: number; checksum: string };
}

/** Splits a v2 link into its header and payload; an old link is all payload. */
function readEnvelope(payload: string): Envelope | ParsedDesign {
  const header = /^v(\d+)\./.exec(payload);
  if (!header) return { payload };
  if (header[0] !== `${VERSION}.`) return linkIssue(`the link was made by a newer version of the app (format v${header[1]})`, 'link.version', { version: Number(header[1]) });
  const v2 = /^v2\.(\d{1,9})\.([0-9a-f]{8})\.(.+)$/s.exec(payload);
  if (!v2) return damaged();
  return { payload: v2[3]!, expected: { chars: Number(v2[1]), checksum: v2[2]! } };
}

/** Fragment → design, or what is wrong with the link (damaged, cut short, too large, not a design, invalid design). */
export function readShareFragment(hash: string): ParsedDesign {
  // The fault script (if any) is read on its own (scriptLink.ts): a bad one never stops the design from opening.
  const payload = withoutScript(hash.replace(/^#/, '').slice(SHARE_PREFIX.length));
  if (payload === '') return linkIssue('the link carries no design', 'link.empty');
  if (payload.length > MAX_SHARE_CHARS) return linkIssue(`the link is too long (${payload.length} characters)`, 'link.tooLong', { size: payload.length });
  const envelope = readEnvelope(payload);
  if (!('payload' in envelope)) return envelope;
  const { expected } = envelope;
  if (expected && expected.chars > MAX_SHARE_TEXT_CHARS) return tooLarge();
  // A checked link may not unpack to more than it announced: one character more and it is damaged.
  const decoded = decompressUriSafeBounded(envelope.payload, expected ? expected.chars : MAX_SHARE_TEXT_CHARS);
  if (!decoded.ok) return decoded.reason === 'tooLarge' && !expected ? tooLarge() : damaged();
  if (decoded.text === '') return damaged();
  if (expected && (decoded.text.length !== expected.chars || textChecksum(decoded.text) !== expected.checksum)) {
    return linkIssue('the link is damaged: its checksum does not match (a character was changed or lost)', 'link.checksum');
  }
  return parseDesignText(decoded.text);
}

/** Drops the share fragment from the address bar, so a reload opens the user's own work. */
export function clearShareFragment(): void {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
