import type { Kernel } from '../kernel/kernel';
import { latestCause } from '../kernel/cause';

/**
 * One way a request can go through the system right now, with the share of requests that take it. A kit
 * describes its current routing as a few paths (e.g. "via LB to S1, DB in the other site": ok, 2 round trips;
 * "to S2 whose server is dead but not yet marked down": failing).
 */
export interface RequestPath {
  /** Relative share of requests taking this path (weights need not sum to 1). */
  weight: number;
  /** False when requests on this path fail (server dead, no route, database unreachable). */
  ok: boolean;
  /** Time spent in the servers by one request, in ms. */
  serviceMs: number;
  /** Synchronous cross-site round trips of one request (DB in the other site, cross-site session copy…). */
  crossSiteRoundTrips: number;
  /** The round trip those pay right now (the link's RTT). */
  rttMs: number;
  /** Failing paths: how long the user waits for the error (a timeout); default `serviceMs`. */
  failMs?: number;
  /**
   * The event that explains why this path is as it is now (fails, is slow, or works again): the cause of the
   * 'service.*' events.
   */
  cause?: number | null;
}

export interface WorkloadSpec {
  /** The service the users see (usually the client population's node id): the subject of 'service.*'. */
  id: string;
  users: number;
  /** Pause of a user between getting an answer and sending the next request. */
  thinkTimeMs: number;
  /** The request paths right now; called once per tick. */
  paths(): readonly RequestPath[];
  /** The p95 latency that counts as "degraded", as a multiple of the first tick's p95 (default 1.5). */
  degradedLatencyFactor?: number;
}

export interface WorkloadStats {
  /** Answered requests per second. */
  throughput: number;
  /** Share of requests that failed, 0..1. */
  errorRate: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  /** Requests sent per second (answered or not): the weight of this workload in whole-system figures. */
  attempts: number;
}

/** Workloads are evaluated at this simulated interval (the metric interval). */
export const WORKLOAD_TICK_MS = 1000;

type Health = 'ok' | 'degraded' | 'unavailable';

/**
 * A closed-loop workload of `users`, aggregated instead of simulated request by request (one kernel action per
 * tick, whatever the number of users): each user waits for its answer, thinks, and sends again.
 *
 * Response time of a request on path p: R = serviceMs × S + crossSiteRoundTrips × rttMs, where S is a
 * shifted-exponential spread with mean 1 (half fixed, half exponential: model). By Little's law the users
 * send users / (thinkTime + mean R) requests per second; failed paths answer nothing. So when latency-bound,
 * T(RTT)/T(0) = 1 / (1 + k·RTT) with k = n / (thinkTime + serviceTime) (DOMAIN.md, WL-15).
 *
 * Emits 'service.unavailable' (every request fails), 'service.degraded' (some fail, or p95 above the
 * threshold) and 'service.restored' when its health changes, caused by the path that explains it.
 */
export class Workload {
  private current: WorkloadStats;
  private health: Health = 'ok';
  private readonly baselineP95: number;
  /** The paths of the last tick that classified the health (none yet: the first tick always does). */
  private judged: readonly RequestPath[] | undefined;
  /** The next tick: one function for the whole run rather than a new closure every simulated second. */
  private readonly nextTick = () => this.tick();

  constructor(
    private readonly kernel: Kernel,
    readonly spec: WorkloadSpec,
    readonly tickMs = WORKLOAD_TICK_MS,
  ) {
    this.current = evaluate(spec, spec.paths());
    this.baselineP95 = this.current.latencyP95Ms;
    this.kernel.after(tickMs, this.nextTick, null);
  }

  get stats(): WorkloadStats {
    return this.current;
  }

  private tick(): void {
    const paths = this.spec.paths();
    // Paths equal to the last ones (the same array when a kit caches them) give the very same figures and
    // health: nothing to redo (the evaluation costs far more than the comparison).
    if (this.judged === undefined || !samePaths(paths, this.judged)) {
      this.judged = paths;
      this.current = evaluate(this.spec, paths);
      this.classify(paths);
    }
    this.kernel.after(this.tickMs, this.nextTick, null);
  }

  private classify(paths: readonly RequestPath[]): void {
    const { errorRate, latencyP95Ms } = this.current;
    const slow = latencyP95Ms > this.baselineP95 * (this.spec.degradedLatencyFactor ?? 1.5);
    const health: Health = errorRate >= 0.999 ? 'unavailable' : errorRate > 0.001 || slow ? 'degraded' : 'ok';
    if (health === this.health) return;
    this.health = health;
    const type = health === 'ok' ? 'service.restored' : health === 'unavailable' ? 'service.unavailable' : 'service.degraded';
    this.kernel.emit({ type, subject: this.spec.id, service: this.spec.id }, blame(paths, health));
  }
}

/** Whether two path lists give the same figures (every field `evaluate` reads is equal, in the same order). */
function samePaths(a: readonly RequestPath[], b: readonly RequestPath[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.weight !== y.weight || x.ok !== y.ok || x.serviceMs !== y.serviceMs || x.crossSiteRoundTrips !== y.crossSiteRoundTrips || x.rttMs !== y.rttMs || x.failMs !== y.failMs) return false;
  }
  return true;
}

/**
 * The cause of a health change: the failing paths' own cause when requests fail; otherwise (slow, or healthy
 * again) the latest event any path names, since the last change along the paths is what made the difference.
 */
function blame(paths: readonly RequestPath[], health: Health): number | null {
  const failing = paths.filter((p) => !p.ok && p.weight > 0);
  if (health !== 'ok' && failing.length > 0) return failing.find((p) => p.cause != null)?.cause ?? null;
  return latestCause(...paths.map((p) => p.cause));
}

/** The figures of one tick, from the paths (pure: exported for tests and calibration). */
export function evaluate(spec: Pick<WorkloadSpec, 'users' | 'thinkTimeMs'>, paths: readonly RequestPath[]): WorkloadStats {
  const total = paths.reduce((s, p) => s + Math.max(0, p.weight), 0);
  if (total <= 0 || spec.users <= 0) return { throughput: 0, errorRate: paths.length === 0 ? 1 : 0, latencyP50Ms: 0, latencyP95Ms: 0, attempts: 0 };
  let meanR = 0;
  let okShare = 0;
  for (const p of paths) {
    const w = Math.max(0, p.weight) / total;
    if (p.ok) {
      okShare += w;
      meanR += w * (p.serviceMs + p.crossSiteRoundTrips * p.rttMs);
    } else meanR += w * (p.failMs ?? p.serviceMs);
  }
  const attempts = (spec.users * 1000) / Math.max(1, spec.thinkTimeMs + meanR);
  const ok = paths.filter((p) => p.ok && p.weight > 0);
  return {
    throughput: attempts * okShare,
    errorRate: 1 - okShare,
    latencyP50Ms: quantile(ok, 0.5),
    latencyP95Ms: quantile(ok, 0.95),
    attempts,
  };
}

/** The q-quantile of the response time over the ok paths (a mixture of shifted exponentials), by bisection. */
function quantile(paths: readonly RequestPath[], q: number): number {
  if (paths.length === 0) return 0;
  const total = paths.reduce((s, p) => s + p.weight, 0);
  const parts = paths.map((p) => ({ w: p.weight / total, a: p.crossSiteRoundTrips * p.rttMs + p.serviceMs / 2, b: p.serviceMs / 2, shape: 0 }));
  // Paths share few distinct shapes (a, b): one exponential per shape and step, then the same sum in the same order.
  const shapes: Array<{ a: number; b: number; f: number }> = [];
  const shapeOf = new Map<string, number>();
  for (const part of parts) {
    const key = `${part.a}|${part.b}`;
    let i = shapeOf.get(key);
    if (i === undefined) {
      i = shapes.push({ a: part.a, b: part.b, f: 0 }) - 1;
      shapeOf.set(key, i);
    }
    part.shape = i;
  }
  const cdf = (x: number) => {
    for (const shape of shapes) shape.f = x < shape.a || shape.b <= 0 ? 0 : 1 - Math.exp(-(x - shape.a) / shape.b);
    return parts.reduce((s, { w, a, b, shape }) => s + (x < a ? 0 : b <= 0 ? w : w * shapes[shape]!.f), 0);
  };
  let lo = 0;
  let hi = Math.max(...parts.map(({ a, b }) => a + b * 30)) + 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (cdf(mid) >= q) hi = mid;
    else lo = mid;
  }
  return Math.round(hi * 10) / 10;
}
