import { describe, expect, it, vi } from 'vitest';
import { Run } from './harness';

vi.setConfig({ testTimeout: 60_000 });

/** Site 1 fails at 10 s (DB2 takes over), comes back at 200 s; returns the run at 400 s. */
function failedOverAndBack(): Run {
  const run = new Run().until(10_000);
  run.siteDown('site1');
  run.for(190_000);
  run.siteUp('site1');
  run.for(200_000);
  return run;
}

describe('Data Guard reinstatement of the old primary (WL-13, S5)', () => {
  it('WL-13 / S5: the old primary that returns after a failover is "reinstate required", takes no redo and is no standby', () => {
    const run = failedOverAndBack();
    const required = run.first('dg.reinstateRequired')!;
    expect(required).toMatchObject({ db: 'DB1', primary: 'DB2' });
    expect(run.causeChain(required).at(-1)).toBe('fault.injected');
    expect(run.all('dg.becameStandby')).toEqual([]);
    expect(run.model.db.role('DB1')).toBe('reinstateRequired');
    expect(run.model.db.procs.get('DB1')?.isRunning).toBe(true);
    expect(run.model.db.standbys).toEqual([]);
    expect(run.world.drainViews(true).nodes['DB1']?.notes[0]?.key).toBe('wl.note.dbReinstateRequired');
  });

  it('WL-13 / S5: an operator reinstates it: after the reinstatement time it is a standby of the new primary again', () => {
    const run = failedOverAndBack();
    const order = run.inject({ kind: 'reinstateDatabase', target: 'DB1' });
    run.for(60_000);
    expect(run.model.db.role('DB1')).toBe('reinstateRequired');
    run.for(70_000);
    const reinstated = run.first('dg.reinstated')!;
    expect(reinstated).toMatchObject({ db: 'DB1', primary: 'DB2' });
    expect(reinstated.t - order.t).toBe(120_000);
    expect(run.causeChain(reinstated)).toEqual(['dg.reinstated', 'fault.injected']);
    expect(run.model.db.role('DB1')).toBe('standby');
    expect(run.model.db.redoTo('DB1')).toBeDefined();
  });

  it('WL-13: reinstating a database that is not an old primary (a standby) is refused with a reason', () => {
    const run = new Run().until(10_000);
    run.inject({ kind: 'reinstateDatabase', target: 'DB2' });
    expect(run.first('dg.reinstateRefused')).toMatchObject({ db: 'DB2', role: 'standby', running: true });
    expect(run.model.db.role('DB2')).toBe('standby');
  });

  it('WL-13: a planned switchover leaves a clean standby: no reinstatement needed', () => {
    const run = new Run().until(10_000);
    run.inject({ kind: 'dbSwitchover', target: 'DB1' });
    run.for(120_000);
    expect(run.first('dg.becameStandby')).toMatchObject({ db: 'DB1' });
    expect(run.all('dg.reinstateRequired')).toEqual([]);
    expect(run.model.db.role('DB1')).toBe('standby');
  });
});
