import type { DesignDoc } from '../design/schema';
import type { SimEvent } from '../events';
import { faultSubject, type Fault } from '../faults/catalogue';
import { applyFault } from '../faults/apply';
import type { Kit } from '../kits/kit';
import { KITS } from '../kits/registry';
import { BUILTIN_INVARIANTS } from '../invariants/builtin';
import { InvariantViolation, type Invariant } from '../invariants/invariant';
import { EMPTY_SAMPLES, type SampleBlock, type SampleRow } from './samples';
import type { NetView, NodeView, RelationView } from './view';
import { netView } from './netView';
import { World } from './world';

/** Metric samples are taken at this fixed simulated interval. */
export const METRIC_INTERVAL_MS = 1000;

/** Everything that changed since the previous frame. */
export interface Frame {
  t: number;
  events: SimEvent[];
  nodes: Record<string, NodeView>;
  relations: RelationView[];
  /** The metric samples taken since the previous frame, as columns (see samples.ts). */
  samples: SampleBlock;
  /** The network now (links, partitions, sites without power), when it changed since the previous frame. */
  net?: NetView;
}

/** A fault at a simulated time: what fault scripts hold and what a replay re-injects. */
export interface TimedFault {
  atMs: number;
  fault: Fault;
}

export interface SimulationOptions {
  /** Overrides the design's seed. */
  seed?: number;
  /** Tests: check every invariant (built-in and the kits') after each kernel action; throws InvariantViolation. */
  checkInvariants?: boolean;
  /** Kits to install instead of the registry's (tests of a single kit or of the engine alone). */
  kits?: readonly Kit[];
}

/**
 * A running simulation of one design. Drive it with `runUntil` / `stepEvent`, break it with `inject` (now)
 * or `scheduleFault` (later), and collect what changed with `drainFrame`.
 *
 * Time travel: a run is fully determined by design, seed and the faults with their times (`faultLog`), so
 * `replay` rebuilds the state at any moment by running again; no snapshot is needed.
 */
export class Simulation {
  private readonly world: World;
  private readonly kits: readonly Kit[];
  /** Gauge keys, each once, fixed at the first sample; `gaugeColumn[i]` is the column of gauge i (see `sample`). */
  private sampleKeys: readonly string[] = [];
  private gaugeColumn: number[] | undefined;
  private sampleRows: SampleRow[] = [];
  /** Scheduled faults not yet injected, in (time, order of scheduling). */
  private pendingFaults: TimedFault[] = [];
  private readonly injected: TimedFault[] = [];
  private readonly invariants: readonly Invariant[] = [];
  private readonly afterStep: (() => void) | undefined;
  /** `World.netVersion` when the network view was last drained (-1: never). */
  private drainedNetVersion = -1;
  /** The next sample: one function for the whole run rather than a new closure every simulated second. */
  private readonly nextSample = () => this.sample();

  constructor(design: DesignDoc, options: SimulationOptions = {}) {
    this.world = new World(design, options.seed ?? design.seed);
    this.kits = options.kits ?? KITS;
    const started = this.world.kernel.emit({ type: 'run.started', subject: design.name });
    this.world.network.noPathCause = started.id;
    this.world.kernel.withCause(started.id, () => this.kits.forEach((kit) => kit.install(this.world)));
    this.world.kernel.at(0, this.nextSample, null);
    if (options.checkInvariants) {
      this.invariants = [...BUILTIN_INVARIANTS, ...this.kits.flatMap((k) => k.invariants?.(this.world) ?? [])];
      this.afterStep = () => this.checkInvariants();
      this.checkInvariants();
    }
  }

  get now(): number {
    return this.world.kernel.now;
  }

  get seed(): number {
    return this.world.kernel.seed;
  }

  /** Every fault injected so far with its time: with the design and seed, enough to replay this run. */
  get faultLog(): readonly TimedFault[] {
    return this.injected;
  }

  /** The world, for tests and kits' own tooling (read it, don't drive it). */
  get state(): World {
    return this.world;
  }

  /**
   * Runs to `timeMs`. A fault scheduled for time t is injected after every action due at t, exactly as if a
   * user had injected it live at t: that is what makes a replay identical to the live run.
   */
  runUntil(timeMs: number): void {
    const kernel = this.world.kernel;
    while (this.pendingFaults.length > 0 && this.pendingFaults[0]!.atMs <= timeMs) {
      const next = this.pendingFaults.shift()!;
      kernel.runUntil(next.atMs, this.afterStep);
      this.inject(next.fault);
    }
    kernel.runUntil(timeMs, this.afterStep);
  }

  /** Injects `fault` when the clock reaches `atMs` (now, if that has passed). */
  scheduleFault(atMs: number, fault: Fault): void {
    const t = Math.max(Math.round(atMs), this.now);
    let i = this.pendingFaults.length;
    while (i > 0 && this.pendingFaults[i - 1]!.atMs > t) i--;
    this.pendingFaults.splice(i, 0, { atMs: t, fault });
  }

  /**
   * Runs actions until at least one event is emitted (or `limitMs` of simulated time passes): the UI's
   * "step to the next event". A scheduled fault due first is injected (that is an event).
   */
  stepEvent(limitMs = 3_600_000): void {
    const kernel = this.world.kernel;
    const deadline = kernel.now + limitMs;
    while (kernel.pendingEvents === 0) {
      const next = kernel.nextTime();
      const fault = this.pendingFaults[0];
      if (fault !== undefined && fault.atMs <= deadline && (next === undefined || fault.atMs < next)) {
        this.runUntil(fault.atMs);
        continue;
      }
      if (next === undefined || next > deadline) return;
      kernel.step();
      this.afterStep?.();
    }
  }

  /** Injects a fault now. Kits get the first say (Kit.applyFault); the generic catalogue does the rest. */
  inject(fault: Fault): SimEvent {
    const kernel = this.world.kernel;
    this.injected.push({ atMs: kernel.now, fault });
    const event = kernel.emit({ type: 'fault.injected', subject: faultSubject(fault), fault }, null);
    kernel.withCause(event.id, () => {
      const handled = this.kits.some((kit) => kit.applyFault?.(this.world, fault) ?? false) || applyFault(this.world, fault);
      if (!handled) kernel.emit({ type: 'fault.unsupported', subject: faultSubject(fault), fault });
    });
    this.afterStep?.();
    return event;
  }

  drainFrame(all = false): Frame {
    const views = this.world.drainViews(all);
    const samples = this.sampleRows.length > 0 ? { keys: this.sampleKeys, rows: this.sampleRows } : EMPTY_SAMPLES;
    this.sampleRows = [];
    const frame: Frame = { t: this.world.kernel.now, events: this.world.kernel.drainEvents(), ...views, samples };
    const version = this.world.netVersion;
    if (all || version !== this.drainedNetVersion) frame.net = netView(this.world);
    this.drainedNetVersion = version;
    return frame;
  }

  private sample(): void {
    const gauges = this.world.gauges;
    const columns = (this.gaugeColumn ??= this.indexGauges());
    // Kits register every gauge while they install; a late one would be missing from the columns.
    if (gauges.length !== columns.length) throw new Error(`gauges changed after the first sample (${columns.length} → ${gauges.length})`);
    const values = new Array<number>(this.sampleKeys.length);
    // Every gauge is read, in registration order, as before: a read may have effects (a rate window pruned).
    for (let i = 0; i < gauges.length; i++) values[columns[i]!] = gauges[i]![1]();
    this.sampleRows.push({ t: this.world.kernel.now, values });
    this.world.kernel.after(METRIC_INTERVAL_MS, this.nextSample, null);
  }

  /** One column per distinct key (a key registered twice keeps its first place and its last gauge, as a record would). */
  private indexGauges(): number[] {
    const column = new Map<string, number>();
    const columns = this.world.gauges.map(([key]) => {
      if (!column.has(key)) column.set(key, column.size);
      return column.get(key)!;
    });
    this.sampleKeys = [...column.keys()];
    return columns;
  }

  private checkInvariants(): void {
    for (const invariant of this.invariants) {
      const problem = invariant.check(this.world);
      if (problem !== null) throw new InvariantViolation(invariant.id, this.seed, this.now, problem);
    }
  }
}

/**
 * Rebuilds a run up to `untilMs`: the same design, seed and faults give the same state and the same events
 * (the UI's "jump back to any moment"). Faults are injected at their times, after the actions due then.
 */
export function replay(design: DesignDoc, seed: number, faults: readonly TimedFault[], untilMs: number, options: Omit<SimulationOptions, 'seed'> = {}): Simulation {
  const sim = new Simulation(design, { ...options, seed });
  for (const { atMs, fault } of faults) sim.scheduleFault(atMs, fault);
  sim.runUntil(untilMs);
  return sim;
}
