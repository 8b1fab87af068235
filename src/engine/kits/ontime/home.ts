import type { HomeState } from '../kit';
import type { OnTimeRuntime } from './runtime';
import type { ParamRef } from './context';
import { systemOf } from './topology';
import { DOMINO_PARAMS as D, LOAD_BALANCER_PARAMS as L, MAIL_SERVER_PARAMS as M, ONTIME_SERVER_PARAMS as P } from './params';

/**
 * Liveness (DOMAIN.md OT-4, OT-5, OT-6, OT-1): once every fault has healed, every process runs, every mail
 * server is synced by its owner again, OnTime reads every mail DB at its home server, and every load balancer
 * routes to all its members. Nothing here needs an operator.
 */
export function onTimeHomeState(rt: OnTimeRuntime): HomeState {
  const { ctx, sync, mailDb, rest } = rt;
  const away: string[] = [];
  for (const node of ctx.world.nodes.keys()) {
    for (const p of ctx.world.processesOn(node)) if (!p.isRunning) away.push(`${p.name} on ${node} is ${p.state}`);
  }
  const net = ctx.world.network;
  // An OnTime system spread over sites the design never linked is partitioned for good: both sides act on their
  // own (as the single-syncer invariant allows), so its mail servers have no home to return to; nor has a mail
  // server its owner has no path to (its mail DBs stay broken for OnTime, as the design decides).
  const splitByDesign = (owner: string) => systemOf(ctx.topo, owner).taskServers.some((s) => net.rttMs(owner, s) === undefined || net.rttMs(s, owner) === undefined);
  for (const [mail, owner] of ctx.topo.owner) {
    if (splitByDesign(owner) || net.rttMs(owner, mail) === undefined) continue;
    const syncer = sync.syncer.get(mail);
    if (syncer !== owner) away.push(`${mail} is synced by ${syncer ?? 'nobody'}, not its owner ${owner}`);
    const st = mailDb.state.get(mail);
    if (st && (st.broken || st.target !== st.home)) away.push(`mail DBs of ${mail} are ${st.broken ? 'broken' : `on ${st.target}`}, not at home`);
  }
  for (const [lb, balancer] of rest.lbs) {
    // A member in a site the balancer has no path to is down for it by design.
    for (const m of ctx.topo.routes.get(lb) ?? []) if (!balancer.isMarkedUp(m) && net.roundTripMs(lb, m) !== undefined) away.push(`${lb} has ${m} marked down`);
  }
  return { away, operatorNeeded: [] };
}

/**
 * The longest the way home may take, from the design's parameters, steps in series: Domino then the task boot,
 * the cluster notices the owner again and waits its failback delay, OnTime probes the home mail server after
 * its retries, the balancer's health checks mark members up, one more Sync pass.
 */
export function onTimeConvergenceBoundMs(rt: OnTimeRuntime): number {
  const nodes = [...rt.ctx.world.nodes.keys()];
  const max = (ref: ParamRef) => Math.max(0, ...nodes.map((n) => rt.ctx.num(n, ref)));
  const boot = max(D.dominoStartMs) + max(P.taskStartMs);
  const failback = max(P.takeoverAfterMs) + max(P.failbackDelayMs) + max(P.heartbeatIntervalMs);
  const mail = max(M.mailDbAttempts) * (max(M.mailDbRetryDelayMs) + max(D.connectTimeoutMs)) + max(M.clusterProbeMs);
  const lb = (max(L.successesToMarkUp) + 1) * max(L.healthCheckIntervalMs) + max(L.healthCheckTimeoutMs);
  return boot + failback + mail + lb + max(P.syncIntervalMs);
}
