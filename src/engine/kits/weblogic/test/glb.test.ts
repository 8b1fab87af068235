import { describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../sim/run';
import { Run, referenceDesign, withParams } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('global load balancer / DNS (DOMAIN.md §2: TTL 120 s)', () => {
  it('S5: after a site failure the GLB withdraws the site after its health checks and the users move once the TTL expires, caused by the site failure', () => {
    const run = new Run().until(30_000);
    const fault = run.siteDown('site1');
    run.for(400_000);
    const withdrawn = run.first('glb.withdrawn')!;
    const moved = run.first('glb.clientsMoved')!;
    // Three failed checks 20 s apart, then the 120 s TTL: ≈ 3 min, as Oracle measured.
    expect(withdrawn.t - fault.t).toBeGreaterThanOrEqual(40_000);
    expect(withdrawn.t - fault.t).toBeLessThanOrEqual(60_000);
    expect(moved.t - withdrawn.t).toBe(120_000);
    expect(moved).toMatchObject({ site: 'site1', from: 'OTD1', to: 'OTD2', subject: 'site1' });
    expect(run.causeChain(moved)).toEqual(expect.arrayContaining(['glb.withdrawn', 'site.down', 'fault.injected']));
    expect(run.causeChain(moved).at(-1)).toBe('fault.injected');
    expect(run.all('glb.clientsMoved')).toHaveLength(1);
    expect(run.first('glb.reinstated')).toBeUndefined();
  });

  it('S5: the users come back when the site does (failback), and the moment they moved follows the TTL the design sets', () => {
    const run = new Run(withParams(referenceDesign(), 'GLB', { dnsTtlMs: 30_000 })).until(30_000);
    run.siteDown('site1');
    run.for(200_000);
    const moved = run.first('glb.clientsMoved')!;
    expect(moved.t - run.first('glb.withdrawn')!.t).toBe(30_000);
    const up = run.siteUp('site1');
    run.for(200_000);
    const back = run.first('glb.reinstated')!;
    expect(back).toMatchObject({ site: 'site1', otd: 'OTD1', subject: 'site1' });
    expect(back.t).toBeGreaterThan(up.t);
    expect(run.causeChain(back).at(-1)).toBe('fault.injected');
  });

  it('S5: the report has a global load balancer lane: detected, took over after ≈ 3 min, failed back with the site; the headline waits for it', () => {
    const { report } = runScenario(referenceDesign(), {
      untilMs: 900_000,
      faults: [
        { atMs: 20_000, fault: { kind: 'siteDown', target: 'site1' } },
        { atMs: 480_000, fault: { kind: 'siteUp', target: 'site1' } },
      ],
    });
    const site = report.faults[0]!;
    const glb = site.lanes.find((l) => l.lane === 'glb')!;
    expect(glb.steps.map((s) => [s.phase, s.credit])).toEqual([
      ['detected', 'cause'],
      ['tookOver', 'cause'],
      ['failedBack', 'undoes'],
    ]);
    expect(glb.rtoMs).toBe(180_000);
    expect(glb.userVisible).toBe(true);
    expect(site.serviceRestoredMs).toBeGreaterThanOrEqual(glb.rtoMs!);
  });

  it('S5: a site withdrawn and back before the TTL expires: the users never moved, so no event says they did (the GLB only resolves to it again)', () => {
    const run = new Run().until(30_000);
    run.siteDown('site1');
    run.for(70_000);
    expect(run.first('glb.withdrawn')).toBeDefined();
    run.siteUp('site1');
    run.for(300_000);
    expect(run.first('glb.clientsMoved')).toBeUndefined();
    expect(run.first('glb.reinstated')!.t).toBeGreaterThan(run.first('glb.withdrawn')!.t);
  });
});
