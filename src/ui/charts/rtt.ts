import type { DesignDoc } from '../../engine';
import type { ScriptEntry } from '../../worker/script';

/**
 * The inter-site RTT in effect at `timeMs`: the design's first link, changed by any RTT fault injected before
 * then (the fault script is the complete record of them, unlike the bounded event window).
 */
export function currentRttMs(design: DesignDoc, script: readonly ScriptEntry[], timeMs: number): number | undefined {
  const link = design.links[0];
  if (!link) return undefined;
  let rtt = link.rttMs;
  for (const entry of script) {
    if (entry.atMs > timeMs) break;
    const fault = entry.fault as { kind: string; rttMs?: unknown; link?: unknown };
    if (typeof fault.rttMs === 'number' && (fault.link === undefined || fault.link === link.id)) rtt = fault.rttMs;
  }
  return rtt;
}
