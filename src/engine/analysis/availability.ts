import type { DesignDoc, DesignNode } from '../design/schema';
import { Prng } from '../kernel/prng';
import type { Fault } from '../faults/catalogue';
import { NODE_KINDS } from '../kits/catalog';
import { LINK_RELIABILITY, SITE_RELIABILITY } from '../kits/reliability';
import { DEFAULT_EPISODE_WINDOW, episodeDowntime, planEpisode, type Downtime, type EpisodeImpact, type EpisodePlan, type EpisodeWindow } from './episode';
import { checkCancelled, type Progress } from './progress';
import { analyticAvailability, whyTheyDiffer, type ComponentRole } from './analytic';

export const HOUR_MS = 3_600_000;
export const YEAR_MS = 8760 * HOUR_MS;

/** What fails: a node (its host crashes), a site (power or cooling: siteDown) or an inter-site link (linkDown). */
export type ComponentElement = 'node' | 'site' | 'link';

/**
 * Something that can fail: its MTBF and MTTR (set in the design, else the estimates: the node kind's, or
 * SITE_RELIABILITY / LINK_RELIABILITY); `estimated` says which of the two are estimates.
 */
export interface Component {
  id: string;
  element: ComponentElement;
  /** The node's kind; 'site' or 'link' (the analytic estimate puts components of one kind in one parallel block). */
  kind: string;
  mtbfHours: number;
  mttrHours: number;
  estimated: { mtbfHours: boolean; mttrHours: boolean };
}

export interface ServiceAvailability {
  service: string;
  availability: number;
  /** 95 % confidence interval of the availability, from the spread between simulated years. */
  ci95: [number, number];
  /** −log10(1 − A); null when the service was never down. */
  nines: number | null;
  downtimeHoursPerYear: number;
  outagesPerYear: number;
  /** DOMAIN.md §4 from MTBF/MTTR, with the structure the engine found (see analytic.ts). */
  analytic: number;
  /** i18n keys (analysis.why.*): why the simulation and the estimate differ, or that they agree. */
  why: string[];
}

export interface Criticality {
  component: string;
  /** Its share of all the downtime of all services (0–1), as reliability-block-diagram tools report it. */
  share: number;
  downtimeHours: number;
}

export interface AvailabilityResult {
  years: number;
  seed: number;
  services: ServiceAvailability[];
  criticality: Criticality[];
  /** Failures drawn, episodes of overlapping failures among them, and how many engine runs it took. */
  failures: number;
  overlapping: number;
  engineRuns: number;
}

export interface AvailabilityOptions extends Progress {
  years: number;
  seed?: number;
  window?: EpisodeWindow;
  /**
   * Engine results of compressed episodes by plan key, filled by this run (and read first): the analysis
   * workers run `availabilityPlans` in parallel and hand their results in here, so the merge runs no engine.
   */
  cache?: Map<string, EpisodeImpact>;
}

function paramOf(node: DesignNode, key: string): number {
  const value = node.params[key];
  if (typeof value === 'number') return value;
  return NODE_KINDS.get(node.kind)?.params.find((p) => p.key === key)?.default ?? 0;
}

/**
 * Every node with processes and an MTBF (clients are load, not components), every site that holds a node (as the
 * sweep lists them) and every link, each with its MTBF/MTTR or the estimate.
 */
export function componentsOf(design: DesignDoc): Component[] {
  const nodes = design.nodes
    .filter((n) => (NODE_KINDS.get(n.kind)?.processes.length ?? 0) > 0 && paramOf(n, 'mtbfHours') > 0)
    .map((n): Component => ({
      id: n.id,
      element: 'node',
      kind: n.kind,
      mtbfHours: paramOf(n, 'mtbfHours'),
      mttrHours: paramOf(n, 'mttrHours'),
      estimated: { mtbfHours: typeof n.params.mtbfHours !== 'number', mttrHours: typeof n.params.mttrHours !== 'number' },
    }));
  const element = (e: { id: string; mtbfHours?: number | undefined; mttrHours?: number | undefined }, kind: 'site' | 'link', d: { mtbfHours: number; mttrHours: number }): Component => ({
    id: e.id,
    element: kind,
    kind,
    mtbfHours: e.mtbfHours ?? d.mtbfHours,
    mttrHours: e.mttrHours ?? d.mttrHours,
    estimated: { mtbfHours: e.mtbfHours === undefined, mttrHours: e.mttrHours === undefined },
  });
  const sites = design.sites.filter((s) => design.nodes.some((n) => n.siteId === s.id)).map((s) => element(s, 'site', SITE_RELIABILITY));
  const links = design.links.map((l) => element(l, 'link', LINK_RELIABILITY));
  return [...nodes, ...sites, ...links];
}

/** The fault that fails a component and the one that repairs it (the engine measures what happens in between). */
export function faultsOf(c: Pick<Component, 'id' | 'element'>): { fail: Fault; repair: Fault } {
  switch (c.element) {
    case 'site':
      return { fail: { kind: 'siteDown', target: c.id }, repair: { kind: 'siteUp', target: c.id } };
    case 'link':
      return { fail: { kind: 'linkDown', target: c.id }, repair: { kind: 'linkUp', target: c.id } };
    default:
      return { fail: { kind: 'crashHost', target: c.id }, repair: { kind: 'recoverHost', target: c.id } };
  }
}

/** A stream per component from its id (ids are unique across nodes, sites and links), so adding a component does not change the others' draws. */
function streamFor(seed: number, id: string): Prng {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return new Prng((seed ^ h) >>> 0);
}

/** Exponential draw with this mean, in whole ms. */
function exponentialMs(prng: Prng, meanMs: number): number {
  const u = (prng.nextU32() + 0.5) / 4294967296;
  return Math.max(1, Math.round(-meanMs * Math.log(u)));
}

/** Alternating up/down times of one component over the horizon: it fails (faultsOf), and is repaired after a draw. */
function drawDowntimes(c: Component, seed: number, horizonMs: number): Downtime[] {
  const prng = streamFor(seed, c.id);
  const { fail, repair } = faultsOf(c);
  const out: Downtime[] = [];
  for (let t = exponentialMs(prng, c.mtbfHours * HOUR_MS); t < horizonMs; ) {
    const toMs = t + exponentialMs(prng, c.mttrHours * HOUR_MS);
    out.push({ component: c.id, fail, repair, fromMs: t, toMs });
    t = toMs + exponentialMs(prng, c.mtbfHours * HOUR_MS);
  }
  return out;
}

/** Failures whose down times overlap (directly or in a chain) form one episode, simulated together. */
function episodes(downs: Downtime[]): Downtime[][] {
  const sorted = [...downs].sort((a, b) => a.fromMs - b.fromMs || (a.component < b.component ? -1 : 1));
  const out: Downtime[][] = [];
  let end = -Infinity;
  for (const d of sorted) {
    if (d.fromMs < end) out.at(-1)!.push(d);
    else out.push([d]);
    end = Math.max(end, d.toMs);
  }
  return out;
}

function stats(perYearDownMs: readonly number[]): { mean: number; ci95: [number, number] } {
  const values = perYearDownMs.map((d) => 1 - d / YEAR_MS);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.length > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1) : 0;
  const half = 1.96 * Math.sqrt(variance / values.length);
  return { mean, ci95: [Math.max(0, mean - half), Math.min(1, mean + half)] };
}

/** What the engine says one component's failure does when it lasts long: down until repaired, or taken over. */
const ROLE_PROBE_MS = 100 * HOUR_MS;

/** The long failure of one component that tells its role (see rolesOf). */
const roleProbe = (c: Component): Downtime[] => [{ component: c.id, ...faultsOf(c), fromMs: 0, toMs: ROLE_PROBE_MS }];

function rolesOf(design: DesignDoc, components: readonly Component[], cache: Map<string, EpisodeImpact>, w: EpisodeWindow, seed: number): ComponentRole[] {
  const longMs = ROLE_PROBE_MS;
  return components.map((c) => {
    const down = episodeDowntime(design, roleProbe(c), cache, w, seed);
    const effect: Record<string, 'series' | 'takenOver'> = {};
    for (const [service, ms] of down) effect[service] = ms > longMs / 2 ? 'series' : 'takenOver';
    return { component: c, effect };
  });
}

function drawEpisodes(components: readonly Component[], seed: number, years: number): Downtime[][] {
  return episodes(components.flatMap((c) => drawDowntimes(c, seed, years * YEAR_MS)));
}

/**
 * Every distinct engine run `availability` needs, in the order it would run them: the drawn episodes', then the
 * components' role probes. Running these elsewhere (workers) and passing the results as `cache` gives the same result.
 */
export function availabilityPlans(design: DesignDoc, options: Pick<AvailabilityOptions, 'years' | 'seed' | 'window'>): EpisodePlan[] {
  const seed = options.seed ?? design.seed;
  const w = options.window ?? DEFAULT_EPISODE_WINDOW;
  const components = componentsOf(design);
  const plans = new Map<string, EpisodePlan>();
  for (const downs of [...drawEpisodes(components, seed, options.years), ...components.map(roleProbe)]) {
    const p = planEpisode(downs, w);
    if (!plans.has(p.key)) plans.set(p.key, p);
  }
  return [...plans.values()];
}

/**
 * Monte-Carlo availability (issue 14.3): failures and repairs of every component drawn over `years` from the
 * seeded PRNG; each episode's impact per service measured by the engine (its takeover and failback, not a
 * formula), identical episodes cached. Beside it, DOMAIN.md §4's analytic estimate and why they differ.
 */
export function availability(design: DesignDoc, options: AvailabilityOptions): AvailabilityResult {
  const seed = options.seed ?? design.seed;
  const w = options.window ?? DEFAULT_EPISODE_WINDOW;
  const components = componentsOf(design);
  const cache = options.cache ?? new Map<string, EpisodeImpact>();
  const eps = drawEpisodes(components, seed, options.years);
  const perYear = new Map<string, number[]>();
  const outages = new Map<string, number>();
  const blame = new Map<string, number>(components.map((c) => [c.id, 0]));
  eps.forEach((episode, i) => {
    checkCancelled(options);
    const year = Math.min(options.years - 1, Math.floor(episode[0]!.fromMs / YEAR_MS));
    const members = [...new Set(episode.map((d) => d.component))];
    for (const [service, ms] of episodeDowntime(design, episode, cache, w, seed)) {
      if (!perYear.has(service)) perYear.set(service, new Array<number>(options.years).fill(0));
      perYear.get(service)![year]! += ms;
      outages.set(service, (outages.get(service) ?? 0) + 1);
      for (const m of members) blame.set(m, blame.get(m)! + ms / members.length);
    }
    options.onProgress?.(i + 1, eps.length);
  });
  const roles = rolesOf(design, components, cache, w, seed);
  const services = [...perYear.keys()].sort().map((service): ServiceAvailability => {
    const { mean, ci95 } = stats(perYear.get(service)!);
    const analytic = analyticAvailability(roles, service);
    return {
      service,
      availability: mean,
      ci95,
      nines: mean < 1 ? -Math.log10(1 - mean) : null,
      downtimeHoursPerYear: ((1 - mean) * YEAR_MS) / HOUR_MS,
      outagesPerYear: outages.get(service)! / options.years,
      analytic,
      why: whyTheyDiffer({ analytic, ci95, roles, service, outages: outages.get(service)!, overlapping: eps.some((e) => e.length > 1) }),
    };
  });
  const totalBlame = [...blame.values()].reduce((s, v) => s + v, 0);
  const criticality = [...blame.entries()]
    .map(([component, ms]) => ({ component, share: totalBlame > 0 ? ms / totalBlame : 0, downtimeHours: ms / HOUR_MS }))
    .sort((a, b) => b.share - a.share || (a.component < b.component ? -1 : 1));
  return { years: options.years, seed, services, criticality, failures: eps.reduce((s, e) => s + e.length, 0), overlapping: eps.filter((e) => e.length > 1).length, engineRuns: cache.size };
}
