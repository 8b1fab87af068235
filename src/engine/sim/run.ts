import type { DesignDoc } from '../design/schema';
import type { SimEvent } from '../events';
import { buildReport, type ReportOptions, type RunReport } from '../report/report';
import type { SampleBlock, SampleRow } from './samples';
import { Simulation, type SimulationOptions, type TimedFault } from './simulation';
import { hashEvents } from './eventHash';

export interface RunOptions extends Omit<SimulationOptions, 'seed'> {
  seed?: number;
  faults?: readonly TimedFault[];
  untilMs: number;
  report?: ReportOptions;
}

export interface RunResult {
  seed: number;
  events: SimEvent[];
  /** Every metric sample of the run, as columns (`sampleRecords` gives them as records). */
  samples: SampleBlock;
  report: RunReport;
  /** Hash of the whole event log: equal hashes = identical runs (determinism tests, bug reports). */
  eventHash: string;
}

/** Runs a design headless from start to `untilMs` with a fault script: the CLI, tests and benchmarks use it. */
export function runScenario(design: DesignDoc, options: RunOptions): RunResult {
  const sim = new Simulation(design, { ...options, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  for (const { atMs, fault } of options.faults ?? []) sim.scheduleFault(atMs, fault);
  const events: SimEvent[] = [];
  const rows: SampleRow[] = [];
  let keys: readonly string[] = [];
  // Drain in slices so a long run does not hold every frame's view diff at once.
  const sliceMs = 60_000;
  for (let t = Math.min(sliceMs, options.untilMs); ; t = Math.min(t + sliceMs, options.untilMs)) {
    sim.runUntil(t);
    const frame = sim.drainFrame();
    events.push(...frame.events);
    if (frame.samples.rows.length > 0) keys = frame.samples.keys;
    for (const row of frame.samples.rows) rows.push(row);
    if (t >= options.untilMs) break;
  }
  const samples: SampleBlock = { keys, rows };
  return { seed: sim.seed, events, samples, report: buildReport(events, samples, options.untilMs, options.report), eventHash: hashEvents(events) };
}
