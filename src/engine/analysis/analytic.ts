import type { Component } from './availability';

/** What the engine found a component's long failure does to each service it touches. */
export interface ComponentRole {
  component: Component;
  /** 'series': down until the component is repaired; 'takenOver': down only until a peer takes over. */
  effect: Record<string, 'series' | 'takenOver'>;
}

/** DOMAIN.md §4: A = MTBF / (MTBF + MTTR). */
export const steadyState = (c: Pick<Component, 'mtbfHours' | 'mttrHours'>): number => c.mtbfHours / (c.mtbfHours + c.mttrHours);

/** Series: every block is needed. */
export const series = (as: readonly number[]): number => as.reduce((p, a) => p * a, 1);

/** Parallel: one block of several suffices. */
export const parallel = (as: readonly number[]): number => 1 - as.reduce((p, a) => p * (1 - a), 1);

/** k-of-n of identical blocks (binomial). */
export function kOfN(k: number, n: number, a: number): number {
  let sum = 0;
  for (let i = k; i <= n; i++) sum += binomial(n, i) * a ** i * (1 - a) ** (n - i);
  return sum;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * The analytic estimate of a service's availability (DOMAIN.md §4) with the structure read from the engine:
 * a component whose failure leaves the service down until it is repaired is in series; components of one kind
 * whose failures are taken over are one parallel block of all the design's components of that kind.
 */
export function analyticAvailability(roles: readonly ComponentRole[], service: string): number {
  const inSeries = roles.filter((r) => r.effect[service] === 'series').map((r) => steadyState(r.component));
  const kinds = new Set(roles.filter((r) => r.effect[service] === 'takenOver').map((r) => r.component.kind));
  const blocks = [...kinds].map((kind) => parallel(roles.filter((r) => r.component.kind === kind && r.effect[service] !== 'series').map((r) => steadyState(r.component))));
  return series([...inSeries, ...blocks]);
}

/** Why the simulated availability and the analytic estimate differ (i18n keys analysis.why.*). */
export function whyTheyDiffer(x: { analytic: number; ci95: [number, number]; roles: readonly ComponentRole[]; service: string; outages: number; overlapping: boolean }): string[] {
  const why: string[] = [];
  const inside = x.analytic >= x.ci95[0] && x.analytic <= x.ci95[1];
  if (inside) why.push('analysis.why.agree');
  else {
    if (x.ci95[1] < x.analytic && x.roles.some((r) => r.effect[x.service] === 'takenOver')) why.push('analysis.why.takeover');
    if (x.ci95[0] > x.analytic) why.push('analysis.why.notModelled');
    if (x.overlapping) why.push('analysis.why.overlap');
  }
  if (x.outages < 30) why.push('analysis.why.sampling');
  return why;
}
