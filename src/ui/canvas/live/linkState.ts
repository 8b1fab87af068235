import type { ScriptEntry } from '../../../worker/script';

export type LinkState = 'up' | 'cut' | 'oneWay';

/**
 * The state of a link at `timeMs`, from the faults injected before then. A fault names the link it acts on in
 * `link` (or `target`); kinds are read by name so that the catalogue can grow without touching this.
 */
export function linkStateAt(script: readonly ScriptEntry[], timeMs: number, linkId: string): LinkState {
  let state: LinkState = 'up';
  for (const entry of script) {
    if (entry.atMs > timeMs) break;
    const f = entry.fault as { kind: string; link?: unknown; target?: unknown; oneWay?: unknown; direction?: unknown };
    if (f.link !== linkId && f.target !== linkId) continue;
    if (/^(heal|linkUp|restoreLink)/.test(f.kind)) state = 'up';
    else if (/(partition|cut|linkDown)/i.test(f.kind)) state = f.oneWay || f.direction ? 'oneWay' : 'cut';
  }
  return state;
}
