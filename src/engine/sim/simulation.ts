import type { DesignDoc } from '../design/schema';
import type { SimEvent } from '../events';
import type { Fault } from '../faults/catalogue';
import { applyFault } from '../faults/apply';
import { KITS } from '../kits/registry';
import type { MetricSample, NodeView, RelationView } from './view';
import { World } from './world';

/** Metric samples are taken at this fixed simulated interval. */
export const METRIC_INTERVAL_MS = 1000;

/** Everything that changed since the previous frame. */
export interface Frame {
  t: number;
  events: SimEvent[];
  nodes: Record<string, NodeView>;
  relations: RelationView[];
  samples: MetricSample[];
}

export interface SimulationOptions {
  /** Overrides the design's seed. */
  seed?: number;
}

/**
 * A running simulation of one design. Drive it with `runUntil` / `stepEvent`, break it with `inject`, and
 * collect what changed with `drainFrame`.
 */
export class Simulation {
  private readonly world: World;
  private samples: MetricSample[] = [];

  constructor(design: DesignDoc, options: SimulationOptions = {}) {
    this.world = new World(design, options.seed ?? design.seed);
    const started = this.world.kernel.emit({ type: 'run.started', subject: design.name });
    this.world.kernel.withCause(started.id, () => KITS.forEach((kit) => kit.install(this.world)));
    this.world.kernel.at(0, () => this.sample(), null);
  }

  get now(): number {
    return this.world.kernel.now;
  }

  get seed(): number {
    return this.world.kernel.seed;
  }

  runUntil(timeMs: number): void {
    this.world.kernel.runUntil(timeMs);
  }

  /**
   * Runs actions until at least one event is emitted (or `limitMs` of simulated time passes): the UI's
   * "step to the next event".
   */
  stepEvent(limitMs = 3_600_000): void {
    const kernel = this.world.kernel;
    const deadline = kernel.now + limitMs;
    while (kernel.pendingEvents === 0) {
      const next = kernel.nextTime();
      if (next === undefined || next > deadline) return;
      kernel.step();
    }
  }

  inject(fault: Fault): SimEvent {
    const kernel = this.world.kernel;
    const event = kernel.emit({ type: 'fault.injected', subject: 'target' in fault ? fault.target : '', fault }, null);
    kernel.withCause(event.id, () => applyFault(this.world, fault));
    return event;
  }

  drainFrame(all = false): Frame {
    const views = this.world.drainViews(all);
    const samples = this.samples;
    this.samples = [];
    return { t: this.world.kernel.now, events: this.world.kernel.drainEvents(), ...views, samples };
  }

  private sample(): void {
    const values: Record<string, number> = {};
    for (const [key, read] of this.world.gauges) values[key] = read();
    this.samples.push({ t: this.world.kernel.now, values });
    this.world.kernel.after(METRIC_INTERVAL_MS, () => this.sample(), null);
  }
}
