import type { DesignDoc, Fault } from '../../engine';
import type { ScriptEntry } from '../../worker/script';

/** The partition id the UI uses for cutting one link (so that healing it heals exactly that cut). */
export const cutId = (linkId: string) => `cut-${linkId}`;

export interface NetState {
  downSites: Set<string>;
  /** Open partitions by id, with their direction. */
  partitions: Map<string, { from: string[]; to: string[]; oneWay: boolean }>;
  downLinks: Set<string>;
}

/**
 * Which sites, links and partitions are down at `timeMs`, folded from the faults injected until then. The fault
 * script is the complete record of them (the event window is bounded), so this holds after any time jump.
 */
export function netStateAt(script: readonly ScriptEntry[], timeMs: number): NetState {
  const state: NetState = { downSites: new Set(), partitions: new Map(), downLinks: new Set() };
  for (const { atMs, fault } of script) {
    if (atMs > timeMs) break;
    apply(state, fault);
  }
  return state;
}

function apply(state: NetState, fault: Fault): void {
  switch (fault.kind) {
    case 'siteDown':
      state.downSites.add(fault.target);
      return;
    case 'siteUp':
      state.downSites.delete(fault.target);
      return;
    case 'partition':
      state.partitions.set(fault.target ?? `${fault.from.join('+')}|${fault.to.join('+')}`, { from: fault.from, to: fault.to, oneWay: fault.oneWay ?? false });
      return;
    case 'heal':
      if (fault.target === undefined) state.partitions.clear();
      else state.partitions.delete(fault.target);
      return;
    case 'linkDown':
      state.downLinks.add(fault.target);
      return;
    case 'linkUp':
      state.downLinks.delete(fault.target);
      return;
    default:
      return;
  }
}

export type LinkState = 'up' | 'cut' | 'oneWay';

/** How a link between two sites looks at `timeMs`: cut (down, or partitioned both ways), one-way, or up. */
export function linkState(design: DesignDoc, state: NetState, linkId: string): LinkState {
  const link = design.links.find((l) => l.id === linkId);
  if (!link) return 'up';
  if (state.downLinks.has(linkId) || state.downSites.has(link.a) || state.downSites.has(link.b)) return 'cut';
  let oneWay = false;
  for (const p of state.partitions.values()) {
    const ab = p.from.includes(link.a) && p.to.includes(link.b);
    const ba = p.from.includes(link.b) && p.to.includes(link.a);
    if (!ab && !ba) continue;
    if (!p.oneWay) return 'cut';
    oneWay = true;
  }
  return oneWay ? 'oneWay' : 'up';
}
