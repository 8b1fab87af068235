import type { DesignDoc } from '../../engine';
import type { ScriptEntry } from '../../worker/script';

/**
 * The RTT of the design's first link at `timeMs`, changed by any `setRtt` injected before then (the fault
 * script is the complete record of them, unlike the bounded event window).
 */
export function currentRttMs(design: DesignDoc, script: readonly ScriptEntry[], timeMs: number): number | undefined {
  return design.links[0] && linkRttMs(design, script, timeMs, design.links[0].id);
}

/** The RTT of link `linkId` at `timeMs`, after the `setRtt` faults of the script up to then. */
export function linkRttMs(design: DesignDoc, script: readonly ScriptEntry[], timeMs: number, linkId: string): number | undefined {
  const link = design.links.find((l) => l.id === linkId);
  if (!link) return undefined;
  let rtt = link.rttMs;
  for (const { atMs, fault } of script) {
    if (atMs > timeMs) break;
    if (fault.kind === 'setRtt' && fault.target === link.id) rtt = fault.rttMs;
  }
  return rtt;
}
