import { describe, expect, it } from 'vitest';
import { buildDesign } from '../testing/designs';
import { World } from '../sim/world';
import { RestartManager, NODE_MANAGER_POLICY } from './restartManager';

function setup(policy = NODE_MANAGER_POLICY) {
  const world = new World(buildDesign({ sites: ['dc1'], nodes: [{ id: 'MS1', kind: 'mailServer', siteId: 'dc1' }] }), 1);
  const server = world.addProcess('MS1', 'server', { bootMs: 60_000, drainMs: 5000 });
  server.bootInstantly();
  const manager = new RestartManager(world.kernel, world.network, server, policy);
  return { world, server, manager };
}

describe('restart manager', () => {
  it('S3: restarts a crashed server; the restart is caused by the crash and the server boots again', () => {
    const { world, server } = setup();
    server.crash();
    world.kernel.runUntil(1000);
    expect(server.state).toBe('starting');
    world.kernel.runUntil(61_000);
    expect(server.state).toBe('running');
    const events = world.kernel.drainEvents();
    const crash = events.find((e) => e.type === 'process.state' && e.to === 'crashed')!;
    expect(events.find((e) => e.type === 'restart.attempt')).toMatchObject({ cause: crash.id, attempt: 1, maxRestarts: 2 });
  });

  it('gives up after 2 restarts within an hour (Node Manager default), and restarts again once the hour has passed', () => {
    const { world, server, manager } = setup();
    const crashAt = (t: number) => {
      world.kernel.runUntil(t);
      server.crash();
    };
    crashAt(100_000);
    crashAt(200_000);
    crashAt(300_000);
    world.kernel.runUntil(400_000);
    expect(server.state).toBe('crashed');
    const events = world.kernel.drainEvents();
    expect(events.filter((e) => e.type === 'restart.attempt')).toHaveLength(2);
    expect(events.find((e) => e.type === 'restart.exhausted')).toMatchObject({ maxRestarts: 2, intervalMs: 3_600_000 });
    expect(manager.restartsInWindow).toBe(2);
    world.kernel.runUntil(100_000 + 3_600_000);
    server.start();
    world.kernel.runUntil(3_800_000);
    server.crash();
    world.kernel.runUntil(3_800_001);
    expect(server.state).toBe('starting');
  });

  it('does not undo a graceful stop, waits the restart delay, and does nothing while the host has no power', () => {
    const { world, server } = setup({ maxRestarts: 3, intervalMs: 60_000, restartDelayMs: 10_000 });
    server.stop();
    world.kernel.runUntil(30_000);
    expect(server.state).toBe('stopped');
    server.start();
    world.kernel.runUntil(100_000);
    server.crash();
    world.kernel.runUntil(109_999);
    expect(server.state).toBe('crashed');
    world.kernel.runUntil(110_000);
    expect(server.state).toBe('starting');
    world.kernel.runUntil(200_000);
    world.crashHost('MS1');
    world.kernel.runUntil(300_000);
    expect(server.state).toBe('crashed');
  });
});
