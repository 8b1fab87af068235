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

/** MTBF/MTTR of a site or a link: the estimate used when the design leaves it out, its range, and where it comes from. */
export interface ElementReliability {
  mtbfHours: number;
  mttrHours: number;
  /** The range the inspector accepts (the design format's: src/engine/design/schema.ts). */
  mtbf: { min: number; max: number };
  mttr: { min: number; max: number };
  /** Where the estimate comes from, for the docs and the CLI (the UI says it in the user's language). */
  ref: string;
}

const ELEMENT_MTBF = { min: 1, max: 10_000_000 };
const ELEMENT_MTTR = { min: 0.01, max: 100_000 };

/**
 * A site's power or cooling outage (siteDown until siteUp). Estimate: one outage every five years, eight hours to
 * restore, which is A = 43 800 / 43 808 ≈ 99.982 %, the availability the Uptime Institute's Tier III
 * classification names for a concurrently maintainable data centre (about 1.6 h of downtime a year).
 */
export const SITE_RELIABILITY: ElementReliability = {
  mtbfHours: 43_800,
  mttrHours: 8,
  mtbf: ELEMENT_MTBF,
  mttr: ELEMENT_MTTR,
  ref: 'Uptime Institute Tier III: 99.982 %',
};

/**
 * An inter-site link cut (linkDown until linkUp). Estimate: two cuts a year, four hours to repair, which is
 * A = 4 380 / 4 384 ≈ 99.9 %, the availability carriers commonly commit to for a single leased line or MPLS circuit
 * (their SLAs, not a measured failure rate: yours may be better; set it from your carrier's incident history).
 */
export const LINK_RELIABILITY: ElementReliability = {
  mtbfHours: 4_380,
  mttrHours: 4,
  mtbf: ELEMENT_MTBF,
  mttr: ELEMENT_MTTR,
  ref: 'typical carrier SLA for one leased line: 99.9 %',
};
