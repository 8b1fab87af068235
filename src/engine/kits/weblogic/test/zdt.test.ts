import { describe, expect, it } from 'vitest';
import { Run, referenceDesign, withParams } from './harness';

describe('zero-downtime patching (WL-11)', () => {
  it('WL-11: the rollout patches one server at a time across both sites; at least three serve at any moment', () => {
    const run = new Run().until(5000);
    run.model.zdt.start();
    let minUp = 4;
    for (let t = 0; t < 600_000; t += 1000) {
      run.for(1000);
      minUp = Math.min(minUp, ['MS1', 'MS2', 'MS3', 'MS4'].filter((s) => run.model.servers.isUp(s)).length);
    }
    expect(run.all('zdt.nodePatched').map((e) => e.server)).toEqual(['MS1', 'MS2', 'MS3', 'MS4']);
    expect(run.first('zdt.completed')).toMatchObject({ servers: 4 });
    expect(minUp).toBe(3);
    expect(run.gauge('sessionsLost')).toBe(0);
  });

  it('WL-11: a failure during the rollout rolls back the patched servers when rollback is enabled', () => {
    const run = new Run().until(5000);
    run.model.zdt.start();
    run.for(250_000);
    expect(run.all('zdt.nodePatched').length).toBeGreaterThanOrEqual(1);
    const failure = run.inject({ kind: 'crashHost', target: 'MS4' });
    run.for(600_000);
    const failed = run.first('zdt.failed')!;
    expect(failed.server).toBe('MS4');
    expect(run.causeChain(failed)).toContain('fault.injected');
    expect(failed.t).toBeGreaterThanOrEqual(failure.t);
    expect(run.first('zdt.rolledBack')).toBeDefined();
    expect(run.model.zdt.patched.size).toBe(0);
    expect(run.all('zdt.completed')).toEqual([]);
  });

  it('WL-11: with rollback disabled the rollout stops and waits for an operator', () => {
    const run = new Run(withParams(referenceDesign(), 'ADMIN', { zdtRollback: 0 })).until(5000);
    run.model.zdt.start();
    run.for(250_000);
    const patched = run.model.zdt.patched.size;
    run.inject({ kind: 'crashHost', target: 'MS4' });
    run.for(600_000);
    expect(run.first('zdt.halted')).toMatchObject({ server: 'MS4' });
    expect(run.all('zdt.rolledBack')).toEqual([]);
    expect(run.model.zdt.phase).toBe('halted');
    expect(run.model.zdt.patched.size).toBe(patched);
  });
});

describe('storage (WL-4)', () => {
  it('WL-4: each site’s storage is mirrored to the other, drawn as live relations with their lag', () => {
    const run = new Run().until(10_000);
    const mirrors = run.sim.drainFrame(true).relations.filter((r) => r.kind === 'mirror');
    expect(mirrors.map((r) => `${r.from}>${r.to}`).sort()).toEqual(['STO1>STO2', 'STO2>STO1']);
    expect(mirrors.every((r) => r.active && (r.lagMs ?? -1) >= 0)).toBe(true);
    run.inject({ kind: 'crashHost', target: 'STO2' });
    run.for(3000);
    const after = run.sim.drainFrame(true).relations.find((r) => r.id === 'mirror:r-mirror-12')!;
    expect(after.active).toBe(false);
  });
});
