import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates';
import { compareDesigns } from './compare';
import type { FailureWindow } from './sweep';

const window: FailureWindow = { warmupMs: 30_000, holdMs: 300_000, settleMs: 120_000 };
const p1 = templateById('ontime-p1-colocated')!.design;
const p3 = templateById('ontime-p3-fault-tolerant')!.design;

describe('compare two designs (issue 14.4)', () => {
  it('P1 vs P3: same seed, each design\'s failures; the services, failures and design checks that differ are marked', () => {
    const c = compareDesigns(p1, p3, { window, years: 5 });
    expect(c.names).toEqual([p1.name, p3.name]);
    expect(c.matrices[0].seed).toBe(c.matrices[1].seed);
    // P3 has mail servers of its own (their Sync is a service); P1 keeps mail on the OnTime servers.
    const ms1 = c.services.find((s) => s.service === 'MS1');
    expect(ms1).toMatchObject({ differs: true });
    expect(ms1!.a).toBeUndefined();
    expect(ms1!.b!.availability!.availability).toBeGreaterThan(0.99);
    // Failures only one design can suffer are rows with one side; the load balancer's crash is in both.
    const onlyP3 = c.failures.find((f) => f.id === 'crashHost:MS1')!;
    expect(onlyP3.differs).toBe(true);
    expect(onlyP3.a).toBeUndefined();
    const lb = c.failures.find((f) => f.id === 'crashHost:LB')!;
    expect(lb.a!.worstImpactMs).toBeGreaterThan(0);
    expect(lb.b!.worstImpactMs).toBeGreaterThan(0);
    for (const f of c.findings) expect(f.differs).toBe(!(f.a && f.b));
    // Takeover lanes per failure, from the engine's report: OT1's crash hands REST over in both designs alike; the
    // mail DBs it held are a lane only in P1 (P3 keeps mail on mail servers of its own), so the row differs.
    const ot1 = c.failures.find((f) => f.id === 'crashHost:OT1')!;
    const rest = ot1.lanes.find((l) => l.lane === 'rest')!;
    expect(rest.a).toBeGreaterThan(0);
    expect(rest).toMatchObject({ b: rest.a, differs: false });
    const mailDb = ot1.lanes.find((l) => l.lane === 'mailDb')!;
    expect(mailDb.a).toBeGreaterThan(0);
    expect(mailDb).toMatchObject({ differs: true });
    expect(mailDb.b).toBeUndefined();
    expect(ot1.differs).toBe(true);
    // The matrices carry the same lanes (the sweep's rows).
    expect(c.matrices[0].rows.find((r) => r.failure.id === 'crashHost:OT1')!.lanes).toContainEqual({ lane: 'rest', rtoMs: rest.a });
  }, 120_000);

  it('a design compared with itself differs nowhere', () => {
    const c = compareDesigns(p1, p1, { window });
    expect(c.services.length).toBeGreaterThan(0);
    expect([...c.services, ...c.failures, ...c.findings].every((row) => !row.differs)).toBe(true);
  }, 120_000);
});
