import type { ParamSpec } from '../params';

/** Ten years: a longer mean time between failures is no estimate anyone can stand behind. */
const MAX_MTBF_HOURS = 87_600;
/** Thirty days. */
const MAX_MTTR_HOURS = 720;

/**
 * MTBF and MTTR of a node kind (issue 14.3: the availability analysis draws failures and repairs from them).
 * Every default is our estimate (source 'model', shown as such): no vendor publishes failure rates for a
 * whole server with its OS and software. Set them from your own incident history.
 */
export function reliabilityParams(mtbfHours: number, mttrHours: number): ParamSpec[] {
  return [
    // Live: only the analyses read them, never a run, so a change during a run has nothing to restart.
    { key: 'mtbfHours', default: mtbfHours, unit: 'h', min: 1, max: MAX_MTBF_HOURS, source: 'model', live: true },
    { key: 'mttrHours', default: mttrHours, unit: 'h', min: 0.01, max: MAX_MTTR_HOURS, source: 'model', live: true },
  ];
}

/** Estimates by what a node is: a server with its OS and application, an appliance, a managed service. */
export const RELIABILITY = {
  /** A server with its OS and application software: about one unplanned outage a year, half a working day to fix. */
  server: reliabilityParams(8760, 4),
  /** A load balancer appliance or a small dedicated service (observer, Site Guard). */
  appliance: reliabilityParams(26_280, 4),
  /** Shared storage arrays and a global DNS service: rarer outages, longer repairs for storage. */
  storage: reliabilityParams(43_800, 8),
  dns: reliabilityParams(43_800, 1),
} as const;
