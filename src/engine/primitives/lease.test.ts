import { describe, expect, it } from 'vitest';
import { Kernel } from '../kernel/kernel';
import { consensusLeader, consensusQuorum, DatabaseLease, fencedAtMs } from './lease';

function setup(retryCount: number, retryDelayMs: number, dbDown: [number, number]) {
  const kernel = new Kernel(1);
  const lost: number[] = [];
  const regained: number[] = [];
  const lease = new DatabaseLease(
    kernel,
    'MS1',
    { renewIntervalMs: 10_000, retryCount, retryDelayMs, expiryMs: 90_000 },
    () => kernel.now < dbDown[0] || kernel.now >= dbDown[1],
    { onLost: () => lost.push(kernel.now), onRegained: () => regained.push(kernel.now) },
  );
  lease.start();
  return { kernel, lease, lost, regained };
}

describe('DatabaseLease', () => {
  it('one attempt (the default retry count) loses the lease when the database is away at renewal time', () => {
    const { kernel, lost, regained } = setup(1, 1000, [19_000, 27_000]);
    kernel.runUntil(60_000);
    expect(lost).toEqual([20_000]);
    expect(regained).toEqual([30_000]);
  });

  it('5 attempts 2 s apart ride through an 8 s outage wherever it falls', () => {
    for (let start = 10_001; start < 20_000; start += 997) {
      const { kernel, lost } = setup(5, 2000, [start, start + 8000]);
      kernel.runUntil(60_000);
      expect(lost, `outage at ${start}`).toEqual([]);
    }
  });

  it('a stopped holder renews no more: its lease expires expiryMs after the last renewal', () => {
    const { kernel, lease } = setup(1, 1000, [Infinity, Infinity]);
    kernel.runUntil(25_000);
    lease.stop();
    kernel.runUntil(200_000);
    expect(lease.renewedAtMs).toBe(20_000);
    expect(lease.isExpired(109_999)).toBe(false);
    expect(lease.isExpired(110_000)).toBe(true);
    expect(lease.held).toBe(false);
    expect(fencedAtMs(20_000, 90_000)).toBe(110_000);
  });
});

describe('consensus leasing', () => {
  const members = ['MS1', 'MS2', 'MS3', 'MS4'];
  it('a strict majority keeps its leases; a minority loses them', () => {
    expect(consensusQuorum(['MS1', 'MS2', 'MS3'], members, 'MS1')).toBe(true);
    expect(consensusQuorum(['MS4'], members, 'MS1')).toBe(false);
  });
  it('an even split: only the half with the leader keeps its leases', () => {
    expect(consensusQuorum(['MS1', 'MS2'], members, 'MS1')).toBe(true);
    expect(consensusQuorum(['MS3', 'MS4'], members, 'MS1')).toBe(false);
    expect(consensusLeader(['MS3', 'MS2'], members)).toBe('MS2');
  });
});
