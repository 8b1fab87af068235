/**
 * The engine workload the benchmark times: one simulated hour of a design, driven the way the worker drives it
 * (run a slice, drain a frame, every simulated second), with a fault script that crashes, stops and brings back
 * a tenth of the servers and cuts links, so takeovers, failbacks, boots, migrations and events are all in the mix.
 */
import { NODE_KINDS, Simulation, type DesignDoc, type Fault } from '../../src/engine';
import { Kernel } from '../../src/engine/kernel/kernel';

export const HOUR_MS = 3_600_000;
const FRAME_MS = 1000;

interface ScriptedFault {
  atMs: number;
  fault: Fault;
}

/**
 * A tenth of the nodes that run processes (every kit's kinds): host crash and recovery, graceful stop and start,
 * process crash and restart; and every fourth inter-site link cut for five minutes.
 */
export function faultScript(design: DesignDoc, durationMs = HOUR_MS): ScriptedFault[] {
  // Written for an hour; a shorter run gets the same script compressed into its span.
  const min = durationMs / 60;
  const script: ScriptedFault[] = [];
  const withProcesses = design.nodes.filter((n) => (NODE_KINDS.get(n.kind)?.processes.length ?? 0) > 0);
  withProcesses.forEach((node, i) => {
    if (i % 10 !== 0) return;
    const target = node.id;
    const process = NODE_KINDS.get(node.kind)!.processes[0]!;
    script.push(
      { atMs: 5 * min, fault: { kind: 'crashHost', target } },
      { atMs: 10 * min, fault: { kind: 'recoverHost', target } },
      { atMs: 20 * min, fault: { kind: 'stopProcess', target, process } },
      { atMs: 25 * min, fault: { kind: 'startProcess', target, process } },
      { atMs: 35 * min, fault: { kind: 'crashProcess', target, process } },
      { atMs: 40 * min, fault: { kind: 'startProcess', target, process } },
    );
  });
  design.links.forEach((link, i) => {
    if (i % 4 !== 0) return;
    script.push({ atMs: 45 * min, fault: { kind: 'linkDown', target: link.id } }, { atMs: 50 * min, fault: { kind: 'linkUp', target: link.id } });
  });
  return script.sort((a, b) => a.atMs - b.atMs);
}

export interface WorkloadResult {
  wallMs: number;
  /** Simulated time reached: less than asked when the wall-time limit stopped the run. */
  simulatedMs: number;
  complete: boolean;
  /** Observable events in the drained frames (what the UI receives). */
  simEvents: number;
}

/**
 * Simulates `durationMs` of `design` with its fault script, draining a frame every simulated second. Stops early
 * (complete: false) once `wallLimitMs` of wall time is spent, so a slow engine cannot stall the whole benchmark.
 */
export function simulate(design: DesignDoc, durationMs = HOUR_MS, wallLimitMs = Infinity): WorkloadResult {
  const script = faultScript(design, durationMs);
  const start = performance.now();
  const sim = new Simulation(design);
  let next = 0;
  let simEvents = 0;
  for (let t = FRAME_MS; t <= durationMs; t += FRAME_MS) {
    while (next < script.length && script[next]!.atMs <= sim.now) sim.inject(script[next++]!.fault);
    sim.runUntil(t);
    simEvents += sim.drainFrame().events.length;
    if (t % 10_000 === 0 && performance.now() - start > wallLimitMs) return { wallMs: performance.now() - start, simulatedMs: t, complete: false, simEvents };
  }
  return { wallMs: performance.now() - start, simulatedMs: durationMs, complete: true, simEvents };
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
