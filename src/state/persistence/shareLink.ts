import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { DesignDoc, DesignIssue } from '../../engine';
import { parseDesignText, type ParsedDesign } from './designText';

/** The URL fragment that carries a shared design: `#share=<lz-string, URI-safe>`. Fragments never reach a server. */
export const SHARE_PREFIX = 'share=';
/** Browsers cope with URLs of a few MB, but a link in a chat or mail breaks long before; refuse absurd ones. */
export const MAX_SHARE_CHARS = 1_000_000;

export function shareFragment(design: DesignDoc): string {
  return `${SHARE_PREFIX}${compressToEncodedURIComponent(JSON.stringify(design))}`;
}

export function shareUrl(design: DesignDoc, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = shareFragment(design);
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

/** Fragment → design, or what is wrong with the link (damaged, cut short, not a design, invalid design). */
export function readShareFragment(hash: string): ParsedDesign {
  const payload = hash.replace(/^#/, '').slice(SHARE_PREFIX.length);
  if (payload === '') return linkIssue('the link carries no design', 'link.empty');
  if (payload.length > MAX_SHARE_CHARS) return linkIssue(`the link is too long (${payload.length} characters)`, 'link.tooLong', { size: payload.length });
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return linkIssue('the link is damaged or cut short (it cannot be decompressed)', 'link.damaged');
  return parseDesignText(text);
}

/** Drops the share fragment from the address bar, so a reload opens the user's own work. */
export function clearShareFragment(): void {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
