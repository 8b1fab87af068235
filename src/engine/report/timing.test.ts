import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/run';
import { templateById } from '../../templates';
import { EVENT_META, NODE_KINDS } from '../kits/catalog';
import { timingsOf } from './timing';

describe('timing parameters of events', () => {
  it('OT-4: the Sync takeover of a real run names Takeover after = 10 s, its source and ID, and follows the design', () => {
    const design = templateById('ontime-minimal')!.design;
    const faults = [{ atMs: 30_000, fault: { kind: 'stopProcess' as const, target: 'OT1', process: 'ontime' } }];
    const takeover = runScenario(design, { faults, untilMs: 60_000 }).events.find((e) => e.type === 'sync.takeover')!;
    expect(timingsOf(takeover, design)).toEqual([{ param: 'takeoverAfterMs', node: 'OT2', value: 10_000, unit: 'ms', fromDesign: false, source: 'doc', ref: 'OT-4' }]);
    const tuned = { ...design, nodes: design.nodes.map((n) => (n.id === 'OT2' ? { ...n, params: { ...n.params, takeoverAfterMs: 20_000 } } : n)) };
    const later = runScenario(tuned, { faults, untilMs: 60_000 }).events.find((e) => e.type === 'sync.takeover')!;
    expect(timingsOf(later, tuned)[0]).toMatchObject({ value: 20_000, fromDesign: true });
  });

  it('every timing names a parameter some node kind has (no typo hides a "Why?")', () => {
    const known = new Set([...NODE_KINDS.values()].flatMap((k) => k.params.map((p) => p.key)));
    const unknown = [...EVENT_META].flatMap(([type, meta]) => (meta.timing ?? []).filter((t) => !known.has(t.param)).map((t) => `${type}: ${t.param}`));
    expect(unknown).toEqual([]);
  });
});
