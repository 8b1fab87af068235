import { describe, expect, it } from 'vitest';
import { runScenario, type RunResult } from './run';
import { TEMPLATES } from '../../templates';
import { brokenCause, causeChain } from '../invariants/causes';
import type { DesignDoc } from '../design/schema';
import type { SimEvent } from '../events';
import type { TimedFault } from './simulation';

function template(id: string): DesignDoc {
  return JSON.parse(JSON.stringify(TEMPLATES.find((t) => t.id === id)!.design)) as DesignDoc;
}

function run(design: DesignDoc, faults: TimedFault[], untilMs = 600_000): RunResult {
  return runScenario(design, { faults, untilMs, checkInvariants: true });
}

/** The root of an event's "Why?" chain. */
function rootOf(result: RunResult, event: SimEvent): SimEvent {
  return causeChain(result.events, event.id).at(-1)!;
}

function first(result: RunResult, type: string, subject?: string): SimEvent {
  const found = result.events.find((e) => e.type === type && (subject === undefined || e.subject === subject));
  if (!found) throw new Error(`no ${type}${subject === undefined ? '' : ` of ${subject}`}`);
  return found;
}

describe('the cause-chain checker', () => {
  const base = { t: 0, subject: 'x' } as const;
  it('accepts roots without a cause and events caused by earlier ones', () => {
    expect(brokenCause([{ ...base, id: 1, cause: null, type: 'run.started' }, { ...base, id: 2, cause: 1, type: 'site.down' }])).toBeNull();
  });
  it('names an event without a cause, one whose cause is not an earlier event, and a root with a cause', () => {
    expect(brokenCause([{ ...base, id: 1, cause: null, type: 'run.started' }, { ...base, id: 2, cause: null, type: 'site.down' }])).toMatch(/#2 site.down .* has no cause/);
    expect(brokenCause([{ ...base, id: 1, cause: null, type: 'run.started' }, { ...base, id: 2, cause: 3, type: 'site.down' }])).toMatch(/#2 .* names #3, which is not an earlier event/);
    expect(brokenCause([{ ...base, id: 1, cause: null, type: 'run.started' }, { ...base, id: 2, cause: 1, type: 'run.started' }])).toMatch(/is a root but names cause #1/);
  });
});

describe('issue 19.7: fault sequences found by fuzzing whose events had no cause', () => {
  it('WL-10: a ZDT rollout then site 2 down: "domain restart required" is caused by a member reaching the fenced server again, back to the site failure', () => {
    const result = run(template('weblogic-mistakes'), [
      { atMs: 60_000, fault: { kind: 'zdtRollout', target: 'ADMIN' } },
      { atMs: 60_000, fault: { kind: 'siteDown', target: 'site2' } },
    ]);
    expect(brokenCause(result.events)).toBeNull();
    const required = first(result, 'wl.domainRestartRequired');
    // MS2 fenced itself (no quorum with MS1 being patched and site 2 dark); MS1, started again by the rollback
    // that the site failure set off, reaches it: that is when the restart becomes required.
    expect(rootOf(result, required)).toMatchObject({ type: 'fault.injected', fault: { kind: 'siteDown', target: 'site2' } });
    expect(causeChain(result.events, required.id).map((e) => e.type)).toContain('zdt.failed');
  });

  it('OT-2: a load balancer crash then a REST URL change: "served normally again" is caused by the URL change', () => {
    const result = run(template('ontime-p2-load-sharing'), [
      { atMs: 60_000, fault: { kind: 'crashProcess', target: 'LB', process: 'http' } },
      { atMs: 65_000, fault: { kind: 'changeRestUrl', target: 'CL', to: 'OT1' } },
    ]);
    expect(brokenCause(result.events)).toBeNull();
    const restored = result.events.find((e) => e.type === 'service.restored' && e.t > 65_000)!;
    expect(result.events.find((e) => e.id === restored.cause)?.type).toBe('rest.urlChanged');
  });

  it('WL-12: a link cut and restored one second later: the Coherence "member dead" verdict is caused by the cut', () => {
    const result = run(template('weblogic-mistakes'), [
      { atMs: 60_000, fault: { kind: 'linkDown', target: 'man' } },
      { atMs: 61_000, fault: { kind: 'linkUp', target: 'man' } },
    ]);
    expect(brokenCause(result.events)).toBeNull();
    const dead = result.events.filter((e) => e.type === 'member.dead');
    expect(dead.length).toBeGreaterThan(0);
    for (const e of dead) expect(result.events.find((c) => c.id === e.cause)?.type).toBe('link.down');
  });
});

describe('issue 13.3: actions started by observers, timers and operators name the fault behind them', () => {
  /** The reference design with a Data Guard observer in site 2 and no Site Guard: the observer decides alone. */
  function withObserver(): DesignDoc {
    const design = template('weblogic-maa');
    design.nodes = design.nodes.filter((n) => n.kind !== 'siteGuard');
    design.nodes.push({ id: 'OBS', kind: 'dgObserver', name: 'Observer', siteId: 'site2', position: { x: 540, y: 250 }, params: {} });
    return design;
  }

  it('WL-13: the standby taken over by a fast-start failover of the observer is credited to the site failure', () => {
    const result = run(withObserver(), [{ atMs: 30_000, fault: { kind: 'siteDown', target: 'site1' } }], 300_000);
    expect(brokenCause(result.events)).toBeNull();
    const started = first(result, 'dg.failoverStarted');
    expect(started).toMatchObject({ by: 'OBS' });
    expect(result.events.find((e) => e.id === started.cause)?.type).toBe('dg.primary.detected');
    const takeover = first(result, 'dg.primary.takeover', 'DB2');
    expect(rootOf(result, takeover)).toMatchObject({ type: 'fault.injected', fault: { kind: 'siteDown', target: 'site1' } });
  });

  it('WL-13: a primary cut off from observer and standby shuts itself down because of the partition', () => {
    const result = run(withObserver(), [{ atMs: 30_000, fault: { kind: 'partition', from: ['site1'], to: ['site2'] } }], 200_000);
    expect(brokenCause(result.events)).toBeNull();
    const shutdown = first(result, 'dg.primaryShutdown', 'DB1');
    expect(result.events.find((e) => e.id === shutdown.cause)?.type).toBe('net.partitioned');
  });
});

describe('issue 13.3: users are called served again only when they are, for what brought it back', () => {
  it('WL-13 S5: while site 1 has no power its users are served again through site 2 once the GLB TTL expired, not because of a later RTT change', () => {
    const result = run(template('weblogic-maa'), [
      { atMs: 30_000, fault: { kind: 'siteDown', target: 'site1' } },
      { atMs: 100_000, fault: { kind: 'setRtt', target: 'man', rttMs: 3 } },
    ], 400_000);
    expect(brokenCause(result.events)).toBeNull();
    const restored = result.events.find((e) => e.type === 'service.restored' && e.subject === 'site1')!;
    const moved = first(result, 'glb.clientsMoved', 'site1');
    expect(moved).toMatchObject({ from: 'OTD1', to: 'OTD2' });
    expect(restored.cause).toBe(moved.id);
    expect(restored.t - moved.t).toBeLessThanOrEqual(1000);
    expect(causeChain(result.events, restored.id).map((e) => e.type)).not.toContain('link.rtt');
    expect(rootOf(result, restored)).toMatchObject({ type: 'fault.injected', fault: { kind: 'siteDown' } });
  });

  it('WL-13: the same cause in runs that differ only in an unrelated RTT change or none (deterministic)', () => {
    const cause = (faults: TimedFault[]) => {
      const result = run(template('weblogic-maa'), [{ atMs: 30_000, fault: { kind: 'siteDown', target: 'site1' } }, ...faults], 400_000);
      const restored = result.events.find((e) => e.type === 'service.restored' && e.subject === 'site1')!;
      return result.events.find((e) => e.id === restored.cause)!.type;
    };
    expect(cause([])).toBe('glb.clientsMoved');
    expect(cause([{ atMs: 150_000, fault: { kind: 'setRtt', target: 'man', rttMs: 8 } }])).toBe('glb.clientsMoved');
  });
});
