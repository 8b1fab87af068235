import { describe, expect, it } from 'vitest';
import { Simulation } from '../sim/simulation';
import { World } from '../sim/world';
import type { RelationView } from '../sim/view';
import type { TimedFault } from '../sim/simulation';
import { TEMPLATES } from '../../templates';
import { Membership, publishHeartbeats, MAX_HEARTBEAT_MEMBERS } from './membership';

const design = (id: string) => TEMPLATES.find((t) => t.id === id)!.design;

/** The heartbeat relations of a run at each of `times`, as "a~b" → active. */
function heartbeatsAt(id: string, faults: TimedFault[], times: number[]): Array<Record<string, boolean>> {
  const sim = new Simulation(design(id));
  for (const f of faults) sim.scheduleFault(f.atMs, f.fault);
  return times.map((t) => {
    sim.runUntil(t);
    const out: Record<string, boolean> = {};
    for (const r of sim.state.relationViews().values()) if (r.kind === 'heartbeat') out[r.id.slice('heartbeat:'.length)] = r.active;
    return out;
  });
}

describe('membership publishes heartbeat relations (issue 7: heartbeats on the canvas)', () => {
  it('OnTime cluster: OT1 ~ OT2 heartbeats are heard, missed while OT1 is down, heard again when it is back', () => {
    const [before, down, back] = heartbeatsAt('ontime-p2-load-sharing', [
      { atMs: 20_000, fault: { kind: 'crashHost', target: 'OT1' } },
      { atMs: 40_000, fault: { kind: 'recoverHost', target: 'OT1' } },
    ], [10_000, 25_000, 300_000]);
    expect(before).toEqual({ 'OT1~OT2': true });
    expect(down).toEqual({ 'OT1~OT2': false });
    expect(back).toEqual({ 'OT1~OT2': true });
  });

  it('WebLogic cluster of 4: every pair; a partition between the sites misses only the cross-site heartbeats', () => {
    const [before, cut] = heartbeatsAt('weblogic-maa', [{ atMs: 20_000, fault: { kind: 'partition', from: ['site1'], to: ['site2'] } }], [10_000, 60_000]);
    expect(Object.keys(before!)).toHaveLength(6);
    expect(Object.values(before!).every(Boolean)).toBe(true);
    expect(cut).toMatchObject({ 'MS1~MS2': true, 'MS3~MS4': true, 'MS1~MS3': false, 'MS2~MS4': false });
  });

  it(`a cluster of more than ${MAX_HEARTBEAT_MEMBERS} members publishes none (too many edges to read)`, () => {
    const world = new World(design('ontime-minimal'), 1);
    const count = (n: number) => {
      const members = Array.from({ length: n }, (_, i) => world.addProcess('OT1', `p${n}-${i}`, { bootMs: 0, drainMs: 0 }));
      const published: RelationView[] = [];
      publishHeartbeats(new Membership(world.kernel, world.network, members, { heartbeatIntervalMs: 1000, deadAfterMs: 3000 }), (r) => published.push(r));
      return published.length;
    };
    expect(count(MAX_HEARTBEAT_MEMBERS)).toBe((MAX_HEARTBEAT_MEMBERS * (MAX_HEARTBEAT_MEMBERS - 1)) / 2);
    expect(count(MAX_HEARTBEAT_MEMBERS + 1)).toBe(0);
  });
});
