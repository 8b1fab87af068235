import type { DesignDoc } from '../../design/schema';
import { Simulation, type SimulationOptions } from '../../sim/simulation';
import { sampleRecords } from '../../sim/samples';
import type { SimEvent } from '../../events';
import type { Fault } from '../../faults/catalogue';

/**
 * A recording driver for the OnTime kit's tests: a simulation that keeps every event and sample, with the questions
 * scenario tests ask (their designs come from the engine's one builder, testing/designs.ts).
 */
export class Recorder {
  readonly sim: Simulation;
  readonly events: SimEvent[] = [];
  readonly samples: Array<{ t: number; values: Record<string, number> }> = [];

  /**
   * Every built-in and kit invariant is checked after every kernel action unless a test opts out with
   * `checkInvariants: false` (issue 3 #8: a violation must fail the scenario that provokes it).
   */
  constructor(design: DesignDoc, options: SimulationOptions = {}) {
    this.sim = new Simulation(design, { checkInvariants: true, ...options });
  }

  until(timeMs: number): this {
    this.sim.runUntil(timeMs);
    const frame = this.sim.drainFrame();
    this.events.push(...frame.events);
    this.samples.push(...sampleRecords(frame.samples));
    return this;
  }

  inject(fault: Fault): SimEvent {
    return this.sim.inject(fault);
  }

  /** Every event of `type` (optionally matching `fields`) recorded so far. */
  all(type: SimEvent['type'], fields: Record<string, unknown> = {}): SimEvent[] {
    return this.events.filter((e) => e.type === type && Object.entries(fields).every(([k, v]) => (e as unknown as Record<string, unknown>)[k] === v));
  }

  first(type: SimEvent['type'], fields: Record<string, unknown> = {}): SimEvent | undefined {
    return this.all(type, fields)[0];
  }

  /** The value of a gauge at the last sample at or before `t`. */
  gauge(key: string, t = Number.POSITIVE_INFINITY): number {
    const sample = [...this.samples].reverse().find((s) => s.t <= t);
    return sample?.values[key] ?? Number.NaN;
  }

  /** The cause chain of an event, by type, from the event back to its root. */
  chain(event: SimEvent): string[] {
    const byId = new Map(this.events.map((e) => [e.id, e]));
    const out: string[] = [];
    for (let e: SimEvent | undefined = event; e; e = e.cause === null ? undefined : byId.get(e.cause)) out.push(e.type);
    return out;
  }

  /** The live relations and node views right now (the whole state, as a fresh client would get it). */
  state() {
    const frame = this.sim.drainFrame(true);
    this.events.push(...frame.events);
    this.samples.push(...sampleRecords(frame.samples));
    return frame;
  }

  relation(id: string) {
    return this.state().relations.find((r) => r.id === id);
  }
}
