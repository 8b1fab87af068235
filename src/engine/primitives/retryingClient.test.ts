import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { MAIL_DB_RETRY, RetryingClient, type RequestResult } from './retryingClient';

function setup() {
  const world = new World(
    buildDesign({
      sites: ['dc1', 'dc2'],
      links: [['dc1', 'dc2', 20]],
      nodes: [
        { id: 'OT1', kind: 'ontimeServer', siteId: 'dc1' },
        { id: 'MS1', kind: 'mailServer', siteId: 'dc1' },
        { id: 'MS2', kind: 'mailServer', siteId: 'dc2' },
      ],
    }),
    1,
  );
  const up = new Map([
    ['MS1', true],
    ['MS2', true],
  ]);
  const client = new RetryingClient(world.kernel, world.network, 'OT1', ['MS1', 'MS2'], (t) => up.get(t) ?? false, MAIL_DB_RETRY);
  const results: RequestResult[] = [];
  const send = () => client.request((r) => results.push(r));
  return { world, up, client, results, send };
}

describe('retrying client', () => {
  it('answers from the home target when it serves', () => {
    const { world, results, send } = setup();
    send();
    world.kernel.runUntil(1000);
    expect(results).toEqual([{ ok: true, target: 'MS1', attempts: 1, elapsedMs: 0 }]);
  });

  it('OT-6: retries 3 × 5 s on the home server, then fails over to the replica on the cluster mate', () => {
    const { world, up, client, results, send } = setup();
    up.set('MS1', false);
    send();
    world.kernel.runUntil(120_000);
    // 4 attempts × 5 s timeout + 3 × 5 s delay = 35 s, then one cross-site round trip of 20 ms.
    expect(results).toEqual([{ ok: true, target: 'MS2', attempts: 5, elapsedMs: 35_020 }]);
    expect(client.current).toBe('MS2');
    expect(world.kernel.drainEvents().find((e) => e.type === 'client.failover')).toMatchObject({ client: 'OT1', from: 'MS1', to: 'MS2' });
  });

  it('OT-6: stays on the replica until told to fail back home', () => {
    const { world, up, client, results, send } = setup();
    up.set('MS1', false);
    send();
    world.kernel.runUntil(60_000);
    up.set('MS1', true);
    send();
    world.kernel.runUntil(61_000);
    expect(results[1]).toMatchObject({ target: 'MS2', attempts: 1 });
    client.failback();
    send();
    world.kernel.runUntil(62_000);
    expect(results[2]).toMatchObject({ target: 'MS1', ok: true });
  });

  it('OT-6: fails when no replica can answer either (broken Domino failover)', () => {
    const { world, up, results, send } = setup();
    up.set('MS1', false);
    up.set('MS2', false);
    send();
    world.kernel.runUntil(200_000);
    // 2 targets × (4 attempts × 5 s timeout + 3 × 5 s delay); no delay before moving to the next target.
    expect(results).toEqual([{ ok: false, target: 'MS2', attempts: 8, elapsedMs: 70_000 }]);
    expect(world.kernel.drainEvents().filter((e) => e.type === 'client.failed')).toHaveLength(1);
  });

  it('a partition makes attempts time out like a dead server', () => {
    const { world, results, send } = setup();
    world.network.partition(['dc1'], ['dc2']);
    world.network.setHostUp('MS1', false);
    send();
    world.kernel.runUntil(200_000);
    expect(results[0]).toMatchObject({ ok: false });
  });
});
