import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel/kernel';
import { World } from '../sim/world';
import { buildDesign } from '../testing/designs';
import type { SimEvent } from '../events';
import { SimProcess } from './process';

type StateEvent = Extract<SimEvent, { type: 'process.state' }>;

/** The state changes of the run so far, as [time, from, to]. */
function transitions(events: readonly SimEvent[]): Array<[number, string, string]> {
  return events.filter((e): e is StateEvent => e.type === 'process.state').map((e) => [e.t, e.from, e.to]);
}

function standalone(bootMs = 5000, drainMs = 2000) {
  const kernel = new Kernel(1);
  const proc = new SimProcess(kernel, 'S1', 'svc', { bootMs, drainMs });
  const events: SimEvent[] = [];
  const run = (t: number) => {
    kernel.runUntil(t);
    events.push(...kernel.drainEvents());
  };
  return { kernel, proc, events, run };
}

describe('SimProcess lifecycle', () => {
  it('stopped → starting → running after the boot time → stopping → stopped after the drain time', () => {
    const { kernel, proc, events, run } = standalone(5000, 2000);
    kernel.at(1000, () => proc.start());
    run(5999);
    expect(proc.state).toBe('starting');
    run(6000);
    expect(proc.isRunning).toBe(true);
    kernel.at(10_000, () => proc.stop());
    run(11_999);
    expect(proc.state).toBe('stopping');
    run(12_000);
    expect(proc.state).toBe('stopped');
    expect(transitions(events)).toEqual([
      [1000, 'stopped', 'starting'],
      [6000, 'starting', 'running'],
      [10_000, 'running', 'stopping'],
      [12_000, 'stopping', 'stopped'],
    ]);
  });

  it('each transition is caused by the one before it, and lastChangeEvent names the latest', () => {
    const { kernel, proc, events, run } = standalone();
    kernel.at(0, () => proc.start());
    run(10_000);
    const [starting, running] = events.filter((e) => e.type === 'process.state');
    expect(running!.cause).toBe(starting!.id);
    expect(proc.lastChangeEvent).toBe(running!.id);
  });

  it('crashes from running at once, and a crashed process can boot again', () => {
    const { kernel, proc, events, run } = standalone(3000);
    proc.bootInstantly();
    kernel.at(4000, () => proc.crash());
    kernel.at(9000, () => proc.start());
    run(20_000);
    expect(transitions(events)).toEqual([
      [4000, 'running', 'crashed'],
      [9000, 'crashed', 'starting'],
      [12_000, 'starting', 'running'],
    ]);
  });

  it('a crash during boot is not undone by the boot timer firing later', () => {
    const { kernel, proc, events, run } = standalone(5000);
    kernel.at(0, () => proc.start());
    kernel.at(2000, () => proc.crash());
    run(30_000);
    expect(proc.state).toBe('crashed');
    expect(transitions(events)).toEqual([
      [0, 'stopped', 'starting'],
      [2000, 'starting', 'crashed'],
    ]);
  });

  it('a crash while draining is final: the drain timer does not turn it into a clean stop', () => {
    const { kernel, proc, events, run } = standalone(5000, 10_000);
    proc.bootInstantly();
    kernel.at(1000, () => proc.stop());
    kernel.at(3000, () => proc.crash());
    run(30_000);
    expect(transitions(events)).toEqual([
      [1000, 'running', 'stopping'],
      [3000, 'stopping', 'crashed'],
    ]);
  });

  it('a restart inside an old boot window boots for the full boot time again', () => {
    const { kernel, proc, events, run } = standalone(5000);
    kernel.at(0, () => proc.start());
    kernel.at(1000, () => proc.crash());
    kernel.at(2000, () => proc.start());
    run(30_000);
    // The first life's timer (due at 5000) must not finish the second boot early.
    expect(transitions(events).at(-1)).toEqual([7000, 'starting', 'running']);
  });
});

describe('power failures take processes down', () => {
  const design = buildDesign({
    sites: ['dc1', 'dc2'],
    links: [['dc1', 'dc2', 5]],
    nodes: [
      { id: 'A', kind: 'mailServer', siteId: 'dc1' },
      { id: 'B', kind: 'mailServer', siteId: 'dc1' },
      { id: 'C', kind: 'mailServer', siteId: 'dc2' },
    ],
  });

  function world() {
    const w = new World(design, 1);
    const procs = ['A', 'B', 'C'].map((id) => w.addProcess(id, 'svc', { bootMs: 4000, drainMs: 1000 }));
    procs.forEach((p) => p.bootInstantly());
    return { w, procs };
  }

  it('a host power failure crashes every process on it, caused by the host event; power back boots them', () => {
    const { w, procs } = world();
    const extra = w.addProcess('A', 'second', { bootMs: 1000, drainMs: 0 });
    extra.bootInstantly();
    w.kernel.at(1000, () => w.crashHost('A'));
    w.kernel.runUntil(1000);
    const events = w.kernel.drainEvents();
    const host = events.find((e) => e.type === 'host.state')!;
    expect(procs[0]!.state).toBe('crashed');
    expect(extra.state).toBe('crashed');
    expect(procs[1]!.isRunning).toBe(true);
    expect(events.filter((e) => e.type === 'process.state').map((e) => [e.t, e.cause])).toEqual([
      [1000, host.id],
      [1000, host.id],
    ]);
    // Starting on a powered-off host is refused.
    procs[0]!.start();
    expect(procs[0]!.state).toBe('crashed');
    w.kernel.at(5000, () => w.recoverHost('A'));
    w.kernel.runUntil(8999);
    expect(procs[0]!.state).toBe('starting');
    w.kernel.runUntil(9000);
    expect(procs[0]!.isRunning).toBe(true);
  });

  it('a site power failure takes down every process of the site and none elsewhere', () => {
    const { w, procs } = world();
    w.kernel.at(2000, () => w.siteDown('dc1'));
    w.kernel.runUntil(2000);
    expect(procs.map((p) => p.state)).toEqual(['crashed', 'crashed', 'running']);
    const events = w.kernel.drainEvents();
    const site = events.find((e) => e.type === 'site.down')!;
    const hosts = events.filter((e) => e.type === 'host.state');
    expect(hosts.map((e) => [e.subject, e.cause])).toEqual([
      ['A', site.id],
      ['B', site.id],
    ]);
    w.kernel.at(10_000, () => w.siteUp('dc1'));
    w.kernel.runUntil(14_000);
    expect(procs.map((p) => p.state)).toEqual(['running', 'running', 'running']);
  });
});
