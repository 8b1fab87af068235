import type { RelationView } from '../../sim/view';
import type { Invariant } from '../../invariants/invariant';
import type { OnTimeRuntime } from './runtime';

/**
 * Safety rules of the OnTime world that must hold after every event (DESIGN.md habit 3). Each returns a
 * sentence per violation; tests run them after every kernel step and print the seed on failure.
 */
export function onTimeViolations(rt: OnTimeRuntime, relations?: ReadonlyMap<string, RelationView>): string[] {
  const out: string[] = [];
  const { topo } = rt.ctx;
  for (const [mail, owner] of topo.owner) {
    const syncer = rt.sync.syncer.get(mail);
    // OT-10 / OT-4: exactly one syncer, and only the owner or a member of the owner's OnTime cluster.
    if (syncer === undefined) out.push(`${mail} has no syncer`);
    else if (syncer !== owner && !rt.takeover.peers(owner).includes(syncer)) out.push(`${mail} is synced by ${syncer}, outside ${owner}'s OnTime cluster`);
    if (relations === undefined) continue;
    const rel = relations.get(`sync:${mail}`);
    if (rel?.from !== syncer) out.push(`sync:${mail} is drawn from ${rel?.from} but ${syncer} syncs it`);
    if (rel?.active && syncer !== undefined && !rt.ctx.taskActive(syncer)) out.push(`sync:${mail} is drawn active but ${syncer}'s task is not working`);
  }
  for (const [mail, st] of rt.mailDb.state) {
    // OT-6: OnTime only ever uses the home server or a replica holder of the same Domino cluster.
    if (st.target !== st.home && !rt.mailDb.replicas(mail).includes(st.target)) out.push(`${mail}'s mail DBs used on ${st.target}, which holds no replica`);
  }
  for (const [server, version] of rt.configDb.version) {
    if (version > rt.configDb.latestVersion(server)) out.push(`${server} holds ConfigDB version ${version}, newer than any change`);
  }
  return out;
}

/** The same rules as engine invariants (Kit.invariants), checked after every event by `checkInvariants` runs. */
export function onTimeInvariants(rt: OnTimeRuntime): Invariant[] {
  return [
    {
      id: 'ontime-consistent',
      ref: 'OT-10',
      description: 'each mail server has one syncer from its owner\'s OnTime cluster; mail DBs only used at home or on a replica holder',
      check: () => onTimeViolations(rt)[0] ?? null,
    },
  ];
}
