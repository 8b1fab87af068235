import { Simulation } from '../../../sim/simulation';
import { sampleRecords } from '../../../sim/samples';
import type { World } from '../../../sim/world';
import type { SimEvent, SimEventType } from '../../../events';
import type { Fault } from '../../../faults/catalogue';
import { loadDesign } from '../../../testing/designs';
import type { DesignDoc, ParamValue } from '../../../design/schema';
import { weblogicModelOf, type WeblogicModel } from '../model';
import reference from '../../../../templates/weblogic-maa.json';
import mistakes from '../../../../templates/weblogic-mistakes.json';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Test harness for the WebLogic kit: a simulation of a template (optionally tweaked) and its event log. */

export function referenceDesign(): DesignDoc {
  return loadDesign(clone(reference));
}

export function mistakesDesign(): DesignDoc {
  return loadDesign(clone(mistakes));
}

/** A copy of `design` with some node parameters changed. */
export function withParams(design: DesignDoc, nodeId: string, params: Record<string, ParamValue>): DesignDoc {
  const copy = clone(design);
  const node = copy.nodes.find((n) => n.id === nodeId);
  if (!node) throw new Error(`no node ${nodeId}`);
  Object.assign(node.params, params);
  return copy;
}

export function withRtt(design: DesignDoc, rttMs: number): DesignDoc {
  const copy = clone(design);
  copy.links.forEach((l) => (l.rttMs = rttMs));
  return copy;
}

type Of<T extends SimEventType> = Extract<SimEvent, { type: T }>;

export class Run {
  readonly sim: Simulation;
  readonly log: SimEvent[] = [];
  readonly samples: Array<{ t: number; values: Record<string, number> }> = [];

  constructor(design: DesignDoc = referenceDesign(), seed?: number) {
    // Every test run also checks the engine's and the kit's invariants after each action.
    this.sim = new Simulation(design, { checkInvariants: true, ...(seed === undefined ? {} : { seed }) });
  }

  get world(): World {
    return this.sim.state;
  }

  get model(): WeblogicModel {
    return weblogicModelOf(this.world)!;
  }

  get now(): number {
    return this.sim.now;
  }

  until(ms: number): this {
    this.sim.runUntil(ms);
    const frame = this.sim.drainFrame();
    this.log.push(...frame.events);
    this.samples.push(...sampleRecords(frame.samples));
    return this;
  }

  for(ms: number): this {
    return this.until(this.now + ms);
  }

  inject(fault: Fault): SimEvent {
    const event = this.sim.inject(fault);
    this.until(this.now);
    return event;
  }

  /** Every host of a site loses power at once (a complete site failure). */
  siteDown(site: string): SimEvent {
    return this.inject({ kind: 'siteDown', target: site });
  }

  siteUp(site: string): SimEvent {
    return this.inject({ kind: 'siteUp', target: site });
  }

  /** A two-way network partition between two sites. */
  partition(a = 'site1', b = 'site2'): SimEvent {
    return this.inject({ kind: 'partition', target: 'p', from: [a], to: [b] });
  }

  heal(): SimEvent {
    return this.inject({ kind: 'heal', target: 'p' });
  }

  all<T extends SimEventType>(type: T, where: (e: Of<T>) => boolean = () => true): Of<T>[] {
    return this.log.filter((e): e is Of<T> => e.type === type && where(e as Of<T>));
  }

  first<T extends SimEventType>(type: T, where: (e: Of<T>) => boolean = () => true): Of<T> | undefined {
    return this.all(type, where)[0];
  }

  /** The chain of event types from `event` back to its root cause. */
  causeChain(event: SimEvent): string[] {
    const byId = new Map(this.log.map((e) => [e.id, e]));
    const chain: string[] = [];
    for (let e: SimEvent | undefined = event; e; e = e.cause === null ? undefined : byId.get(e.cause)) chain.push(e.type);
    return chain;
  }

  gauge(key: string): number {
    return this.samples.at(-1)?.values[key] ?? NaN;
  }
}
