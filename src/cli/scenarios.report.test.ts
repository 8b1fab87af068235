import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main, type CliIo } from './sim';
import { DEMOS } from '../ui/faults/demos';
import { templateById } from '../templates';
import type { FaultReport, LaneStep, Lane, Phase, DesignDoc } from '../engine';

/**
 * Issue 13, "Done when": each scenario of DOMAIN.md §3 played through the CLI (`--format json`) from the demo's
 * fault script, and every outcome §3 lists for it found in the JSON report: in the right lane, with the right
 * phase, at a time within DOMAIN.md's bounds, credited to the fault whose cause chain it comes from (checked
 * twice: the fault it is listed under, and a walk of the cause ids in the `--events` log).
 */

interface LoggedEvent {
  id: number;
  t: number;
  cause: number | null;
  type: string;
  subject: string;
  [field: string]: unknown;
}

interface Played {
  faults: FaultReport[];
  metrics: Record<string, { min: number; max: number; mean: number; last: number }>;
  events: Map<number, LoggedEvent>;
  design: DesignDoc;
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'failover-lab-scenarios-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[]): string {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: () => undefined,
    now: () => 0,
  };
  const code = main(argv, io);
  expect(err.join('\n')).toBe('');
  expect(code).toBe(0);
  return out.join('\n');
}

type Step = { atMs: number; fault: object };
let files = 0;

/** Writes the fault script (and a design, when not a template) and plays it twice: the report and the event log. */
function play(name: string, design: string | DesignDoc, steps: readonly Step[], until = '6m'): Played {
  const script = join(dir, `${++files}.faults.json`);
  writeFileSync(script, JSON.stringify({ schemaVersion: 1, name, steps: steps.map((s) => ({ at: s.atMs, ...s.fault })) }));
  let source: string[];
  let doc: DesignDoc;
  if (typeof design === 'string') {
    source = ['--template', design];
    doc = templateById(design)!.design;
  } else {
    const path = join(dir, `${files}.design.json`);
    writeFileSync(path, JSON.stringify(design));
    source = [path];
    doc = design;
  }
  const args = [...source, '--faults', script, '--until', until, '--format', 'json'];
  const { report } = JSON.parse(cli(args));
  const { events } = JSON.parse(cli([...args, '--events'])) as { events: LoggedEvent[] };
  return { faults: report.faults, metrics: report.metrics, events: new Map(events.map((e) => [e.id, e])), design: doc };
}

const demo = (scenario: string, key = scenario) => {
  const found = DEMOS.find((d) => d.scenario === scenario && d.titleKey === `live.demo.${key}.title`);
  if (!found) throw new Error(`no demo ${key}`);
  return found;
};
const playDemo = (scenario: string, key = scenario) => {
  const d = demo(scenario, key);
  return play(key, d.templateId, d.script);
};

const s = (seconds: number) => seconds * 1000;
const siteOf = (p: Played, node: unknown) => p.design.nodes.find((n) => n.id === node)?.siteId;
const rttOf = (p: Played, link: string) => p.design.links.find((l) => l.id === link)!.rttMs;
const laneOf = (f: FaultReport, lane: Lane) => f.lanes.find((l) => l.lane === lane);

/** The fault's own steps (credit 'cause') of a lane with this phase (and type / subject when given). */
function stepsOf(f: FaultReport, lane: Lane, phase: Phase, type?: string, subject?: string): LaneStep[] {
  return (laneOf(f, lane)?.steps ?? []).filter(
    (st) => st.credit === 'cause' && st.phase === phase && (type === undefined || st.type === type) && (subject === undefined || st.subject === subject),
  );
}

/** The fault.injected event a step's cause chain ends at. */
function rootOf(p: Played, eventId: number): LoggedEvent | undefined {
  let e = p.events.get(eventId);
  for (let hops = 0; e && e.cause !== null && hops < 10_000; hops++) e = p.events.get(e.cause);
  return e?.type === 'fault.injected' ? e : undefined;
}

/**
 * The first step of `lane` with `phase` (and type / subject) credited to the fault by its cause chain, and the
 * event behind it. Fails naming what is missing; checks the cause chain in the event log leads to this fault.
 */
function find(p: Played, f: FaultReport, lane: Lane, phase: Phase, type?: string, subject?: string): { step: LaneStep; event: LoggedEvent } {
  const step = stepsOf(f, lane, phase, type, subject)[0];
  expect(step, `${f.fault.kind}: lane ${lane}, phase ${phase}${type ? `, ${type}` : ''}${subject ? ` of ${subject}` : ''}`).toBeDefined();
  expect(rootOf(p, step!.eventId)?.id, `cause chain of #${step!.eventId} ${step!.type}`).toBe(f.eventId);
  return { step: step!, event: p.events.get(step!.eventId)! };
}

const between = (ms: number, lowMs: number, highMs: number) => {
  expect(ms).toBeGreaterThanOrEqual(lowMs);
  expect(ms).toBeLessThanOrEqual(highMs);
};

describe('S1 / OT-4 / OT-5 / OT-1: the OnTime task dies on OT1 (ontime-minimal)', () => {
  let p: Played;
  beforeAll(() => {
    p = playDemo('S1');
  });

  it('OT-4: Sync of OT1\'s mail server stops at the fault and its data goes stale', () => {
    const stop = p.faults[0]!;
    between(find(p, stop, 'sync', 'failed', 'sync.stopped', 'MS1').step.afterMs, 0, s(1));
    expect(stop.impacts).toContainEqual(expect.objectContaining({ service: 'MS1', kind: 'stale' }));
  });

  it('OT-4: at ≈10 s OT2 takes over the Sync', () => {
    const stop = p.faults[0]!;
    const detected = find(p, stop, 'sync', 'detected');
    const took = find(p, stop, 'sync', 'tookOver', 'sync.takeover', 'MS1');
    between(took.step.afterMs, s(9), s(11));
    expect(detected.step.afterMs).toBeLessThanOrEqual(took.step.afterMs);
    expect(took.event).toMatchObject({ from: 'OT1', to: 'OT2' });
    expect(laneOf(stop, 'sync')!.rtoMs).toBe(took.step.afterMs);
  });

  it('OT-1: REST is still answered through the load balancer and nobody logs in again (token, no session)', () => {
    const stop = p.faults[0]!;
    expect(laneOf(stop, 'rest')).toBeUndefined();
    expect(stop.impacts.filter((i) => i.kind !== 'stale')).toEqual([]);
    expect(stop.lanes.flatMap((l) => l.steps).filter((st) => st.phase === 'lost')).toEqual([]);
    expect(stop.losses).toEqual({});
  });

  it('OT-5: the task back → the Sync fails back to OT1, credited to the restart and to the stop it undoes', () => {
    const [stop, start] = p.faults;
    const back = find(p, start!, 'sync', 'failedBack', 'sync.failback', 'MS1');
    expect(back.event.t).toBeGreaterThan(start!.atMs);
    expect(laneOf(stop!, 'sync')!.steps).toContainEqual(expect.objectContaining({ phase: 'failedBack', eventId: back.step.eventId, credit: 'undoes' }));
  });
});

describe('S2 / OT-1 / OT-2 / OT-4 / OT-5 / OT-6: OT1\'s whole Domino server dies (P1 layout, ontime-p1-colocated)', () => {
  let p: Played;
  beforeAll(() => {
    p = playDemo('S2');
  });

  it('OT-4: Sync taken over at ≈10 s', () => {
    const crash = p.faults[0]!;
    find(p, crash, 'sync', 'failed', 'sync.stopped', 'OT1');
    between(find(p, crash, 'sync', 'tookOver', 'sync.takeover', 'OT1').step.afterMs, s(9), s(11));
  });

  it('OT-6: the mail DBs homed on OT1 fail over to the cluster replica after the retries (≈35 s)', () => {
    const crash = p.faults[0]!;
    const took = find(p, crash, 'mailDb', 'tookOver', 'maildb.takeover', 'OT1');
    between(took.step.afterMs, s(25), s(45));
    const retries = stepsOf(crash, 'mailDb', 'progress').filter((st) => st.t <= took.step.t);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    for (const r of retries) expect(rootOf(p, r.eventId)?.id).toBe(crash.eventId);
  });

  it('OT-1: the load balancer marks OT1 down after its health checks: ≤ ≈90 s of errors for requests routed there', () => {
    const crash = p.faults[0]!;
    const down = find(p, crash, 'rest', 'detected', 'lb.markedDown', 'OT1');
    between(down.step.afterMs, s(30), s(90));
    const clients = crash.impacts.filter((i) => i.service === 'CL');
    expect(clients.length).toBeGreaterThan(0);
    for (const i of clients) expect(i.toMs! - crash.atMs).toBeLessThanOrEqual(s(91));
    expect(crash.serviceRestoredMs).toBe(down.step.afterMs);
  });

  it('three lanes in the order their functions came back: Sync, mail DBs, load balancer', () => {
    const crash = p.faults[0]!;
    const rto = (lane: Lane) => laneOf(crash, lane)!.rtoMs!;
    expect(rto('sync')).toBeLessThan(rto('mailDb'));
    expect(rto('mailDb')).toBeLessThan(rto('rest'));
  });

  it('OT-5: recovery → Sync and mail DBs fail back home, credited to the recovery and to the crash they undo', () => {
    const [crash, recover] = p.faults;
    for (const [lane, type] of [
      ['sync', 'sync.failback'],
      ['mailDb', 'maildb.failback'],
    ] as const) {
      const back = find(p, recover!, lane, 'failedBack', type, 'OT1');
      expect(laneOf(crash!, lane)!.steps).toContainEqual(expect.objectContaining({ eventId: back.step.eventId, credit: 'undoes' }));
    }
  });

  it('OT-2: without a load balancer, OT1\'s clients fail until the REST URL is changed', () => {
    const base = templateById('ontime-p1-colocated')!.design;
    const noLb: DesignDoc = {
      ...base,
      nodes: base.nodes.filter((n) => n.kind !== 'loadBalancer'),
      relations: [{ id: 'r-cl-ot1', kind: 'restUrl', from: 'CL', to: 'OT1' }],
    };
    const q = play('S2 no LB', noLb, [
      { atMs: s(20), fault: { kind: 'crashHost', target: 'OT1' } },
      { atMs: s(140), fault: { kind: 'changeRestUrl', target: 'CL', to: 'OT2' } },
    ]);
    const [crash, change] = q.faults;
    const failing = crash!.impacts.find((i) => i.service === 'CL' && i.kind === 'unavailable');
    expect(failing).toBeDefined();
    between(failing!.fromMs - crash!.atMs, 0, s(1));
    // Still failing when the URL is changed, and not before.
    expect(failing!.toMs).not.toBeNull();
    between(failing!.toMs!, change!.atMs, change!.atMs + s(1));
    find(q, change!, 'rest', 'restored', 'rest.urlChanged', 'CL');
  });
});

describe('S3 / WL-1 / WL-5 / WL-9 / WL-10: a WebLogic managed server crashes (weblogic-maa)', () => {
  let p: Played;
  beforeAll(() => {
    p = playDemo('S3');
  });

  it('in-flight requests fail: the site\'s users see errors from the crash on, its transactions are in doubt', () => {
    const crash = p.faults[0]!;
    const hurt = crash.impacts.find((i) => i.service === 'site1' && i.source === 'event');
    expect(hurt).toBeDefined();
    between(hurt!.fromMs - crash.atMs, 0, s(1));
    expect(p.metrics['errorRate']!.max).toBeGreaterThan(0);
    between(find(p, crash, 'jmsJta', 'failed', 'wl.txInDoubt', 'MS1').step.afterMs, 0, s(30));
  });

  it('WL-1: sessions continue from their same-site secondary', () => {
    const crash = p.faults[0]!;
    const took = find(p, crash, 'sessions', 'tookOver', 'wl.sessions.takeover', 'MS1');
    between(took.step.afterMs, 0, s(30) + rttOf(p, 'man'));
    expect(siteOf(p, took.event['to'])).toBe(siteOf(p, 'MS1'));
    expect(stepsOf(crash, 'sessions', 'lost')).toEqual([]);
  });

  it('Node Manager restarts it (server boot ≈60 s)', () => {
    const crash = p.faults[0]!;
    between(find(p, crash, 'servers', 'progress', 'restart.attempt', 'MS1').step.afterMs, 0, s(1));
    between(find(p, crash, 'servers', 'restored', 'member.alive', 'MS1').step.afterMs, s(55), s(75));
  });

  it('WL-10: the restarted server (≈60 s) takes its JMS/JTA back before a migration is due at lease expiry (≈90 s)', () => {
    const crash = p.faults[0]!;
    const recovered = find(p, crash, 'jmsJta', 'restored', 'wl.txRecovered', 'MS1');
    expect(recovered.event['by']).toBe('MS1');
    between(recovered.step.afterMs, s(55), s(90));
    expect(stepsOf(crash, 'jmsJta', 'tookOver')).toEqual([]);
  });

  it('WL-5 / WL-9 / WL-10: when Node Manager cannot restart it (host down), JMS/JTA migrate after lease expiry (≈90 s) and fail back when it returns', () => {
    const q = play('S3 host', 'weblogic-maa', [
      { atMs: s(20), fault: { kind: 'crashHost', target: 'MS1' } },
      { atMs: s(200), fault: { kind: 'recoverHost', target: 'MS1' } },
    ]);
    const [crash, recover] = q.faults;
    find(q, crash!, 'jmsJta', 'failed', 'wl.serviceDeactivated', 'MS1');
    const moved = find(q, crash!, 'jmsJta', 'tookOver', 'wl.service.migrated', 'MS1');
    between(moved.step.afterMs, s(80), s(100));
    expect(moved.event['to']).not.toBe('MS1');
    const took = find(q, crash!, 'sessions', 'tookOver', 'wl.sessions.takeover', 'MS1');
    expect(siteOf(q, took.event['to'])).toBe('site1');
    const back = find(q, recover!, 'jmsJta', 'failedBack', 'wl.service.failback', 'MS1');
    expect(back.event).toMatchObject({ to: 'MS1' });
    expect(laneOf(crash!, 'jmsJta')!.steps).toContainEqual(expect.objectContaining({ eventId: back.step.eventId, credit: 'undoes' }));
  });
});

describe('S4 / WL-1: the primary and the secondary of sessions are both lost (weblogic-maa, MS1 + MS2)', () => {
  it('those sessions are lost (users log in again), each credited to the crash of its primary', () => {
    const p = playDemo('S4');
    const [ms1, ms2] = p.faults;
    for (const [f, server, secondary] of [
      [ms1!, 'MS1', 'MS2'],
      [ms2!, 'MS2', 'MS1'],
    ] as const) {
      const lost = find(p, f, 'sessions', 'lost', 'wl.sessionsLost', server);
      expect(lost.event).toMatchObject({ secondary });
      between(lost.step.afterMs, 0, s(30) + rttOf(p, 'man'));
      expect(laneOf(f, 'sessions')!.rtoMs).toBeNull();
      expect(f.losses['sessionsLost']).toBeGreaterThan(0);
    }
    const lostOf = p.faults.flatMap((f) => stepsOf(f, 'sessions', 'lost').map((st) => st.subject));
    expect(new Set(lostOf)).toEqual(new Set(['MS1', 'MS2']));
  });
});

describe('S5 / WL-5 / WL-6 / WL-12 / WL-13: complete failure of site 1 with the primary database (weblogic-maa)', () => {
  let p: Played;
  let site: FaultReport;
  beforeAll(() => {
    p = playDemo('S5');
    site = p.faults[0]!;
  });

  it('the global load balancer moves site 1\'s clients after the DNS TTL (120 s; Oracle measured ≈3 min)', () => {
    const withdrawn = find(p, site, 'glb', 'detected', 'glb.withdrawn');
    const moved = find(p, site, 'glb', 'tookOver', 'glb.clientsMoved', 'site1');
    between(moved.step.t - withdrawn.step.t, s(119), s(121));
    between(moved.step.afterMs, s(120), s(210));
  });

  it('WL-13: fast-start failover decided at the 30 s threshold, role transition < 10 s (single instance), site 2\'s pools reconnect', () => {
    const decided = find(p, site, 'database', 'decided');
    between(decided.step.afterMs, s(30), s(32));
    const took = find(p, site, 'database', 'tookOver', 'dg.primary.takeover', 'DB2');
    between(took.step.t - decided.step.t, 1, s(10));
    const pools = find(p, site, 'database', 'restored', 'dg.poolsReconnected');
    between(pools.step.t - took.step.t, 0, s(5));
  });

  it('WL-13: the old primary, diverged, is reported "reinstate required" (a finding credited to the site failure)', () => {
    const reinstate = site.findings.find((f) => f.type === 'dg.reinstateRequired' && f.subject === 'DB1');
    expect(reinstate).toMatchObject({ lane: 'database' });
    expect(rootOf(p, reinstate!.eventId)?.id).toBe(site.eventId);
  });

  it('RPO 0 with SYNC (MaxAvailability)', () => {
    expect(p.design.nodes.find((n) => n.id === 'DB1')!.params).toMatchObject({ protectionMode: 'maxAvailability' });
    expect(site.rpoMs).toBe(0);
    expect(site.dataLost).toEqual([]);
  });

  it('WL-1: only the sessions that lived in site 1 are lost', () => {
    const lost = stepsOf(site, 'sessions', 'lost', 'wl.sessionsLost');
    for (const st of lost) expect(rootOf(p, st.eventId)?.id).toBe(site.eventId);
    expect(new Set(lost.map((st) => siteOf(p, st.subject)))).toEqual(new Set(['site1']));
    expect(new Set(lost.map((st) => st.subject))).toEqual(new Set(['MS1', 'MS2']));
  });

  it('WL-5 / WL-9: JMS/JTA of site 1\'s servers migrate to site 2 after lease expiry (≈90 s)', () => {
    for (const server of ['MS1', 'MS2']) {
      const moved = find(p, site, 'jmsJta', 'tookOver', 'wl.service.migrated', server);
      between(moved.step.afterMs, s(80), s(100));
      expect(siteOf(p, moved.event['to'])).toBe('site2');
    }
  });

  it('WL-6: the Admin Server is down until an operator restarts it in site 2 (blocked, not restored on its own)', () => {
    between(find(p, site, 'admin', 'detected', 'admin.down.detected', 'ADMIN').step.afterMs, 0, s(1));
    find(p, site, 'admin', 'blocked', 'admin.crossSiteRestartRequired', 'ADMIN');
    expect(stepsOf(site, 'admin', 'tookOver')).toEqual([]);
    expect(laneOf(site, 'admin')!.rtoMs).toBeNull();
    // The headline is the users' service, not the Admin Server.
    expect(site.serviceRestoredMs).not.toBeNull();
  });

  it('WL-6: the operator\'s restart in site 2 brings the Admin Server back, credited to that action', () => {
    const q = play('S5 + operator', 'weblogic-maa', [
      ...demo('S5').script,
      { atMs: s(240), fault: { kind: 'restartAdminServer', target: 'ADMIN', site: 'site2' } },
    ], '10m');
    const restart = q.faults[1]!;
    expect(restart.fault).toMatchObject({ kind: 'restartAdminServer' });
    // Admin Server failover to the other site: ≈5 min (model), from the operator's action.
    between(find(q, restart, 'admin', 'tookOver', 'admin.crossSite.takeover', 'ADMIN').step.afterMs, s(240), s(360));
  });

  it('WL-12: Coherence in site 2 serves its federated copy: federation paused, nothing lost', () => {
    const paused = find(p, site, 'coherence', 'failed', 'coh.federationPaused', 'COH2');
    between(paused.step.afterMs, 0, s(2));
    expect(stepsOf(site, 'coherence', 'lost')).toEqual([]);
    expect(site.impacts.filter((i) => i.service === 'COH2')).toEqual([]);
  });
});

describe('S6 / WL-13 / WL-17: planned maintenance of site 1 (switchover by Site Guard, weblogic-maa)', () => {
  let p: Played;
  let maint: FaultReport;
  beforeAll(() => {
    p = playDemo('S6');
    maint = p.faults[0]!;
  });

  it('graceful stop: site 1\'s servers stop one by one and their sessions continue elsewhere; no session lost', () => {
    const moved = ['MS1', 'MS2'].map((server) => find(p, maint, 'sessions', 'tookOver', 'wl.sessions.takeover', server).step.t);
    expect(moved[0]).toBeLessThan(moved[1]!);
    expect(maint.lanes.flatMap((l) => l.steps).filter((st) => st.phase === 'lost')).toEqual([]);
    expect(maint.losses['sessionsLost'] ?? 0).toBe(0);
  });

  it('≈75 s of errors or slowness', () => {
    const from = Math.min(...maint.impacts.map((i) => i.fromMs)) - maint.atMs;
    const to = Math.max(...maint.impacts.map((i) => i.toMs!)) - maint.atMs;
    between(from, 0, s(1));
    between(to, s(60), s(90));
    between(maint.serviceRestoredMs!, s(60), s(90));
  });

  it('WL-13: a switchover, not a failover: the standby takes over, the old primary becomes a standby, RPO 0', () => {
    find(p, maint, 'database', 'decided', 'sg.switchover.decided');
    find(p, maint, 'database', 'tookOver', 'dg.primary.takeover', 'DB2');
    find(p, maint, 'database', 'completed', 'dg.becameStandby', 'DB1');
    expect(maint.rpoMs).toBe(0);
  });
});

describe('S7 / WL-10 / WL-12 / WL-17: network partition between the sites (weblogic-maa)', () => {
  let p: Played;
  let cut: FaultReport;
  let heal: FaultReport;
  beforeAll(() => {
    p = playDemo('S7');
    [cut, heal] = p.faults as [FaultReport, FaultReport];
  });

  it('each side marks the other failed (≤ 30 s)', () => {
    const dead = stepsOf(cut, 'servers', 'detected', 'member.dead');
    expect(new Set(dead.map((st) => st.subject))).toEqual(new Set(['MS1', 'MS2', 'MS3', 'MS4']));
    for (const st of dead) {
      expect(st.afterMs).toBeLessThanOrEqual(s(30) + rttOf(p, 'man'));
      expect(rootOf(p, st.eventId)?.id).toBe(cut.eventId);
    }
    // The verdicts come from the other side.
    const verdicts = [...p.events.values()].filter((e) => e.type === 'member.dead' && e.t >= cut.atMs && e.t < heal.atMs);
    for (const e of verdicts) expect(siteOf(p, e['observer'])).not.toBe(siteOf(p, e['peer']));
  });

  it('WL-17: site 2 loses the database: its transactions fail until the heal', () => {
    const failing = stepsOf(cut, 'database', 'failed', 'wl.txFailing');
    expect(new Set(failing.map((st) => st.subject))).toEqual(new Set(['MS3', 'MS4']));
    for (const st of failing) {
      expect(st.afterMs).toBeLessThanOrEqual(s(2));
      expect(rootOf(p, st.eventId)?.id).toBe(cut.eventId);
    }
    expect(cut.losses['txFailed']).toBeGreaterThan(0);
    expect(laneOf(cut, 'database')!.rtoMs).toBeNull();
    find(p, heal, 'database', 'restored', 'wl.txResumed', 'MS3');
  });

  it('WL-10: site 2\'s singleton services (JMS/JTA) move to site 1 after lease expiry (≈90 s) and fail back on the heal', () => {
    for (const server of ['MS3', 'MS4']) {
      find(p, cut, 'leasing', 'failed', 'wl.leaseLost', server);
      const moved = find(p, cut, 'jmsJta', 'tookOver', 'wl.service.migrated', server);
      between(moved.step.afterMs, s(80), s(100));
      expect(siteOf(p, moved.event['to'])).toBe('site1');
      const back = find(p, heal, 'jmsJta', 'failedBack', 'wl.service.failback', server);
      expect(laneOf(cut, 'jmsJta')!.steps).toContainEqual(expect.objectContaining({ eventId: back.step.eventId, credit: 'undoes' }));
    }
  });

  it('WL-12: federated Coherence pauses (no split brain) and converges on the heal', () => {
    find(p, cut, 'coherence', 'failed', 'coh.federationPaused');
    expect(stepsOf(cut, 'coherence', 'failed', 'coh.splitBrain')).toEqual([]);
    const converged = find(p, heal, 'coherence', 'converged', 'coh.converged');
    between(converged.step.afterMs, 0, s(5));
  });
});

describe('S7 / WL-10 / WL-12: network partition with consensus leasing and a stretched Coherence cluster (weblogic-mistakes)', () => {
  let p: Played;
  let cut: FaultReport;
  let heal: FaultReport;
  beforeAll(() => {
    p = playDemo('S7', 'S7mistakes');
    [cut, heal] = p.faults as [FaultReport, FaultReport];
  });

  it('each side marks the other failed (≤ 30 s)', () => {
    const dead = stepsOf(cut, 'sessions', 'detected', 'member.dead').concat(stepsOf(cut, 'servers', 'detected', 'member.dead'));
    const servers = dead.filter((st) => st.subject.startsWith('MS'));
    expect(new Set(servers.map((st) => st.subject))).toEqual(new Set(['MS1', 'MS2', 'MS3', 'MS4']));
    for (const st of servers) expect(st.afterMs).toBeLessThanOrEqual(s(30) + rttOf(p, 'man'));
  });

  it('WL-10: consensus leasing: only one side survives (site 2 fences itself, its reboots are refused) and a domain restart is required', () => {
    const fenced = stepsOf(cut, 'leasing', 'failed', 'wl.selfFenced');
    for (const st of fenced) expect(rootOf(p, st.eventId)?.id).toBe(cut.eventId);
    expect(new Set(fenced.map((st) => siteOf(p, st.subject)))).toEqual(new Set(['site2']));
    find(p, cut, 'leasing', 'blocked', 'wl.rebootRefused');
    find(p, heal, 'leasing', 'blocked', 'wl.domainRestartRequired');
    expect(laneOf(heal, 'leasing')!.rtoMs).toBeNull();
  });

  it('WL-12: a stretched Coherence cluster splits its brain; the writes of one side are discarded at the merge', () => {
    between(find(p, cut, 'coherence', 'failed', 'coh.splitBrain').step.afterMs, 0, s(5));
    find(p, heal, 'coherence', 'lost', 'coh.merged');
  });
});

describe('S8 / WL-3 / WL-15 / WL-16: the inter-site latency raised from 5 to 20 ms (weblogic-maa)', () => {
  let p: Played;
  let baseline: number;
  beforeAll(() => {
    p = playDemo('S8');
    baseline = JSON.parse(cli(['--template', 'weblogic-maa', '--sweep', '0:0:1', '--format', 'json'])).baselineThroughput;
  });

  // The throughput only falls when the RTT rises: its maximum is the 5 ms level, its last value the 20 ms one.
  it('WL-15: throughput 75 % of the 0 ms level at 20 ms', () => {
    expect(rttOf(p, 'man')).toBe(5);
    expect((p.metrics['throughput']!.last / baseline) * 100).toBeCloseTo(75, 0);
  });

  // DOMAIN.md's calibrated curve gives 92.3 % at 5 ms (Oracle measured 92 % at 6.5 ms): both sites wait for the SYNC
  // standby at commit, site 2 also for the remote database (kits/weblogic/throughput.ts).
  it('WL-15: throughput ≈92 % of the 0 ms level at 5 ms', () => {
    expect(Math.abs((p.metrics['throughput']!.max / baseline) * 100 - 92.3)).toBeLessThanOrEqual(1);
  });

  it('WL-3: an RTT beyond 10 ms is a finding at the moment it is set, credited to that change', () => {
    const rtt = p.faults[0]!;
    expect(rtt.findings).toEqual([expect.objectContaining({ type: 'wl.rttOutOfRange', lane: 'network', subject: 'man', afterMs: 0 })]);
    expect(rootOf(p, rtt.findings[0]!.eventId)?.id).toBe(rtt.eventId);
  });

  it('WL-3: raised in steps, the finding comes when the RTT passes 10 ms, not before', () => {
    const q = play('S8 steps', 'weblogic-maa', [
      { atMs: s(20), fault: { kind: 'setRtt', target: 'man', rttMs: 8 } },
      { atMs: s(40), fault: { kind: 'setRtt', target: 'man', rttMs: 12 } },
    ], '1m');
    const [eight, twelve] = q.faults;
    expect(eight!.findings).toEqual([]);
    expect(twelve!.findings).toEqual([expect.objectContaining({ type: 'wl.rttOutOfRange', afterMs: 0 })]);
  });

  it('WL-16: deployments take longer at 20 ms than at 5 ms', () => {
    const q = play('S8 deploy', 'weblogic-maa', [
      { atMs: s(20), fault: { kind: 'deploy', target: 'ADMIN' } },
      { atMs: s(60), fault: { kind: 'setRtt', target: 'man', rttMs: 20 } },
      { atMs: s(100), fault: { kind: 'deploy', target: 'ADMIN' } },
    ], '4m');
    const [before, , after] = q.faults;
    const took = (f: FaultReport) => find(q, f, 'deploy', 'completed', 'wl.deployed').step.afterMs;
    expect(took(after!)).toBeGreaterThan(took(before!));
  });
});
