/**
 * The engine workload the benchmark times: one simulated hour of a design, driven the way the worker drives it
 * (run a slice, drain a frame, every simulated second), with a fault script that crashes, stops and brings back
 * a tenth of the OnTime servers, so takeovers, failbacks, boots and events are all part of the mix.
 */
import { Simulation, type DesignDoc, type Fault } from '../../src/engine';
import { Kernel } from '../../src/engine/kernel/kernel';
import { nodesOfKind } from '../designs';

export const HOUR_MS = 3_600_000;
const FRAME_MS = 1000;

interface ScriptedFault {
  atMs: number;
  fault: Fault;
}

/** Faults on every tenth OnTime server: crash/recover the host, stop/start the task, crash/restart the task. */
export function faultScript(design: DesignDoc): ScriptedFault[] {
  const targets = nodesOfKind(design, 'ontimeServer').filter((_, i) => i % 10 === 0);
  const min = 60_000;
  const script: ScriptedFault[] = [];
  for (const target of targets) {
    script.push(
      { atMs: 5 * min, fault: { kind: 'crashHost', target } },
      { atMs: 10 * min, fault: { kind: 'recoverHost', target } },
      { atMs: 20 * min, fault: { kind: 'stopProcess', target, process: 'ontime' } },
      { atMs: 25 * min, fault: { kind: 'startProcess', target, process: 'ontime' } },
      { atMs: 35 * min, fault: { kind: 'crashProcess', target, process: 'ontime' } },
      { atMs: 40 * min, fault: { kind: 'startProcess', target, process: 'ontime' } },
    );
  }
  return script.sort((a, b) => a.atMs - b.atMs);
}

export interface WorkloadResult {
  wallMs: number;
  /** Observable events in the drained frames (what the UI receives). */
  simEvents: number;
}

/** Simulates `durationMs` of `design` with its fault script; returns the wall time it took. */
export function simulate(design: DesignDoc, durationMs = HOUR_MS): WorkloadResult {
  const script = faultScript(design);
  const start = performance.now();
  const sim = new Simulation(design);
  let next = 0;
  let simEvents = 0;
  for (let t = FRAME_MS; t <= durationMs; t += FRAME_MS) {
    while (next < script.length && script[next]!.atMs <= sim.now) sim.inject(script[next++]!.fault);
    sim.runUntil(t);
    simEvents += sim.drainFrame().events.length;
  }
  return { wallMs: performance.now() - start, simEvents };
}

export interface KernelCount {
  /** Scheduled actions the kernel ran (heartbeats, messages, timers: the "events" of a discrete-event engine). */
  steps: number;
  /** Mean number of entries waiting in the queue, sampled every 64 steps: sizes the heap baseline fairly. */
  meanQueue: number;
}

/**
 * Counts the kernel's steps in one run of the same (deterministic) workload by wrapping Kernel.step. Done in a
 * separate, untimed run: the wrapper itself would distort the timing.
 */
export function countKernelSteps(design: DesignDoc, durationMs = HOUR_MS): KernelCount {
  const proto = Kernel.prototype as unknown as { step: (this: Kernel) => boolean };
  const original = proto.step;
  let steps = 0;
  let queueSum = 0;
  let samples = 0;
  proto.step = function countedStep(this: Kernel) {
    if ((steps & 63) === 0) {
      queueSum += this.queued;
      samples++;
    }
    const ran = original.call(this);
    if (ran) steps++;
    return ran;
  };
  try {
    simulate(design, durationMs);
  } finally {
    proto.step = original;
  }
  return { steps, meanQueue: samples > 0 ? queueSum / samples : 0 };
}
