import type { Invariant } from '../../invariants/invariant';
import type { World } from '../../sim/world';
import { weblogicModelOf } from './model';

/**
 * The kit's own invariants (checked after every event in tests). The generic ones (one primary database,
 * session copies on two servers) are fed through claims in views.ts.
 */
export function weblogicInvariants(world: World): Invariant[] {
  return [
    {
      id: 'wl-fenced-services',
      ref: 'WL-10',
      description: 'a running server hosts singleton services only while it holds its lease',
      check() {
        const m = weblogicModelOf(world);
        if (!m) return null;
        for (const s of m.services.services) {
          if (s.host !== undefined && m.servers.isUp(s.host) && !m.leasing.held(s.host)) return `${s.id} runs on ${s.host}, which has no lease`;
        }
        return null;
      },
    },
    {
      id: 'wl-singleton-once',
      ref: 'WL-9',
      description: 'no two servers run the same JMS/JTA service (a migration waits for fencing)',
      check() {
        const m = weblogicModelOf(world);
        if (!m) return null;
        for (const s of m.services.services) {
          if (s.host !== undefined && s.host !== s.home && m.servers.isUp(s.home) && m.leasing.held(s.home)) return `${s.id} runs on ${s.host} while ${s.home} still holds its lease`;
        }
        return null;
      },
    },
  ];
}
