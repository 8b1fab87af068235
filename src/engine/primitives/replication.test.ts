import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel/kernel';
import { Network } from '../network/network';
import type { DesignDoc } from '../design/schema';
import { ReplicationStream } from './replication';

const design: DesignDoc = {
  schemaVersion: 3,
  name: 't',
  seed: 1,
  sites: [{ id: 's1', name: 'S1' }, { id: 's2', name: 'S2' }],
  links: [{ id: 'l', a: 's1', b: 's2', rttMs: 10, jitterMs: 0 }],
  nodes: [
    { id: 'A', kind: 'x', name: 'A', siteId: 's1', position: { x: 0, y: 0 }, params: {} },
    { id: 'B', kind: 'x', name: 'B', siteId: 's2', position: { x: 0, y: 0 }, params: {} },
  ],
  relations: [],
  clusters: [],
};

function stream(mode: 'sync' | 'async') {
  const kernel = new Kernel(1);
  const network = new Network(kernel, design);
  const s = new ReplicationStream(kernel, network, { from: 'A', to: 'B', mode, shipIntervalMs: 1000 });
  s.start();
  return { kernel, network, s };
}

describe('ReplicationStream', () => {
  it('sync: nothing is lost while the target is reachable; lag is the one-way delay', () => {
    const { kernel, s } = stream('sync');
    kernel.runUntil(10_500);
    expect(s.lostIfSourceDiesMs()).toBe(0);
    expect(s.lagMs()).toBe(5);
  });

  it('async: up to a shipping interval plus the one-way delay is at risk', () => {
    const { kernel, s } = stream('async');
    kernel.runUntil(10_500);
    expect(s.lostIfSourceDiesMs()).toBe(500);
    expect(s.lagMs()).toBeLessThanOrEqual(1005);
  });

  it('a partition makes even a sync stream fall behind from the moment it starts, and catch up after', () => {
    const { kernel, network, s } = stream('sync');
    kernel.runUntil(5_000);
    network.partition(['s1'], ['s2']);
    kernel.runUntil(35_000);
    expect(s.isConnected).toBe(false);
    expect(s.lostIfSourceDiesMs()).toBeGreaterThanOrEqual(30_000);
    network.heal();
    kernel.runUntil(37_000);
    expect(s.lostIfSourceDiesMs()).toBe(0);
  });
});

describe('ReplicationStream when the source dies', () => {
  it('async: what was written after the last shipment that arrived is lost, and stays lost', () => {
    const kernel = new Kernel(1);
    const network = new Network(kernel, design);
    let alive = true;
    const s = new ReplicationStream(kernel, network, { from: 'A', to: 'B', mode: 'async', shipIntervalMs: 1000 }, () => alive);
    s.start();
    kernel.runUntil(10_800);
    alive = false;
    s.sourceStopped();
    kernel.runUntil(20_000);
    expect(s.lostIfSourceDiesMs()).toBe(800);
    expect(s.lagMs()).toBe(0);
  });
});
