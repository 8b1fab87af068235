import type { DesignDoc } from '../design/schema';
import type { Fault } from '../faults/catalogue';
import { runScenario } from '../sim/run';
import { failureId } from './failureCase';
import { serviceOutcomes } from './outcome';
import { DOWN_KINDS } from './recovery';

/** One component down from `fromMs` to `toMs` (real time, ms). */
export interface Downtime {
  component: string;
  fail: Fault;
  repair: Fault;
  fromMs: number;
  toMs: number;
}

/** Per service: the down time the engine measured in each compressed segment, and whether it was down at its end. */
export interface EpisodeImpact {
  services: Record<string, { segmentDownMs: number[]; downAtEnd: boolean[]; afterDownMs: number }>;
}

/** The engine's window around an episode: settle before it, at most `capMs` of each quiet stretch, `capMs` after. */
export interface EpisodeWindow {
  warmupMs: number;
  /** A stretch in which no component fails or is repaired is simulated for at most this long (the system has settled by then). */
  capMs: number;
  /** Stretches are simulated in whole multiples of this (so identical episodes share a cache key). */
  quantumMs: number;
}

export const DEFAULT_EPISODE_WINDOW: EpisodeWindow = { warmupMs: 60_000, capMs: 600_000, quantumMs: 60_000 };

/** A compressed episode: what the engine runs for it (serializable: the analysis workers receive it). */
export interface EpisodePlan {
  key: string;
  /** Real length of each stretch between two consecutive failures/repairs. */
  realMs: number[];
  /** Its simulated length. */
  simMs: number[];
  faults: Array<{ atMs: number; fault: Fault }>;
}

/** The compressed timeline of an episode; its key names it (identical keys = identical engine runs). */
export function planEpisode(downs: readonly Downtime[], w: EpisodeWindow): EpisodePlan {
  const start = Math.min(...downs.map((d) => d.fromMs));
  const events = downs.flatMap((d) => [{ t: d.fromMs - start, fault: d.fail }, { t: d.toMs - start, fault: d.repair }]).sort((a, b) => a.t - b.t);
  const times = [...new Set(events.map((e) => e.t))];
  const realMs = times.slice(1).map((t, i) => t - times[i]!);
  const simMs = realMs.map((l) => Math.min(w.capMs, Math.max(l > 0 ? w.quantumMs : 0, Math.ceil(l / w.quantumMs) * w.quantumMs)));
  const simAt = new Map<number, number>();
  times.forEach((t, i) => simAt.set(t, i === 0 ? 0 : simAt.get(times[i - 1]!)! + simMs[i - 1]!));
  const faults = events.map((e) => ({ atMs: w.warmupMs + simAt.get(e.t)!, fault: e.fault }));
  const key = faults.map((f) => `${f.atMs}:${failureId(f.fault)}`).join(',');
  return { key, realMs, simMs, faults };
}

function downMeasure(intervals: ReadonlyArray<{ fromMs: number; toMs: number | null }>, from: number, to: number): number {
  let sum = 0;
  for (const i of intervals) sum += Math.max(0, Math.min(i.toMs ?? Infinity, to) - Math.max(i.fromMs, from));
  return sum;
}

/** Runs the compressed episode in the engine: per service, the down time of each stretch and after the last repair. */
export function simulateEpisode(design: DesignDoc, p: EpisodePlan, w: EpisodeWindow, seed: number): EpisodeImpact {
  const lastMs = p.faults.at(-1)!.atMs - w.warmupMs;
  const result = runScenario(design, { seed, faults: p.faults, untilMs: w.warmupMs + lastMs + w.capMs });
  const services: EpisodeImpact['services'] = {};
  for (const o of serviceOutcomes(result.report, w.warmupMs).values()) {
    const down = o.intervals.filter((i) => DOWN_KINDS.has(i.kind));
    if (down.length === 0) continue;
    let at = 0;
    const segmentDownMs: number[] = [];
    const downAtEnd: boolean[] = [];
    for (const sim of p.simMs) {
      segmentDownMs.push(downMeasure(down, at, at + sim));
      downAtEnd.push(downMeasure(down, at + sim - 1, at + sim) > 0);
      at += sim;
    }
    services[o.service] = { segmentDownMs, downAtEnd, afterDownMs: downMeasure(down, at, at + w.capMs) };
  }
  return { services };
}

/**
 * Real down time per service of an episode (one failure, or several that overlap), measured by the engine on a
 * compressed timeline: each quiet stretch longer than `capMs` is simulated for `capMs` and the service's state at
 * its end is held for the rest (quiet time between failures is not simulated). Identical compressed episodes
 * hit `cache` instead of the engine.
 */
export function episodeDowntime(design: DesignDoc, downs: readonly Downtime[], cache: Map<string, EpisodeImpact>, w: EpisodeWindow = DEFAULT_EPISODE_WINDOW, seed = design.seed): Map<string, number> {
  const p = planEpisode(downs, w);
  let impact = cache.get(p.key);
  if (!impact) cache.set(p.key, (impact = simulateEpisode(design, p, w, seed)));
  const out = new Map<string, number>();
  for (const [service, s] of Object.entries(impact.services)) {
    let total = s.afterDownMs;
    p.realMs.forEach((real, i) => {
      const sim = p.simMs[i]!;
      total += real <= sim ? (sim === 0 ? 0 : (s.segmentDownMs[i]! * real) / sim) : s.segmentDownMs[i]! + (s.downAtEnd[i] ? real - sim : 0);
    });
    if (total > 0) out.set(service, Math.round(total));
  }
  return out;
}
