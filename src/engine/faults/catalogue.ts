import { z } from '../zod';

const id = z.string().min(1).max(64);
const ids = z.array(id).min(1).max(100);

/**
 * The outages (and repairs) a user or a fault script can inject. `target` is a design node id unless the
 * kind says otherwise (a site id, a link id, a partition id); `process` names one process on that node (e.g.
 * "ontime" for the OnTime task). Validated with zod because fault scripts come from files.
 */
export const faultSchema = z.discriminatedUnion('kind', [
  /** Graceful stop of one process (it drains, then stops). */
  z.object({ kind: z.literal('stopProcess'), target: id, process: id }),
  z.object({ kind: z.literal('startProcess'), target: id, process: id }),
  /** The process dies at once (kill -9, a JVM crash). */
  z.object({ kind: z.literal('crashProcess'), target: id, process: id }),
  /** Power failure of a host: every process on it crashes. */
  z.object({ kind: z.literal('crashHost'), target: id }),
  /** Power back on: the host's processes boot. */
  z.object({ kind: z.literal('recoverHost'), target: id }),
  /** Power failure of every host of a site (target = site id). */
  z.object({ kind: z.literal('siteDown'), target: id }),
  z.object({ kind: z.literal('siteUp'), target: id }),
  /** Cuts traffic from the sites `from` to the sites `to` (and back unless `oneWay`); target = a partition id to heal it by. */
  z.object({ kind: z.literal('partition'), target: id.optional(), from: ids, to: ids, oneWay: z.boolean().optional() }),
  /** Heals one partition (target = its id) or, without a target, all of them. */
  z.object({ kind: z.literal('heal'), target: id.optional() }),
  /** Cuts a link between two sites (target = link id); linkUp restores it. */
  z.object({ kind: z.literal('linkDown'), target: id }),
  z.object({ kind: z.literal('linkUp'), target: id }),
  /** Changes a link's round-trip time while running (S8). */
  z.object({ kind: z.literal('setRtt'), target: id, rttMs: z.number().min(0).max(1000) }),
  /** Planned maintenance: graceful stop of one process, or of every process of the node (S6). */
  z.object({ kind: z.literal('maintenance'), target: id, process: id.optional() }),
  /** Planned database role switch (Data Guard); handled by the kit that models the database. */
  z.object({ kind: z.literal('dbSwitchover'), target: id }),
  /** Operator action (OT-2): point a client population's REST URL at another node (a load balancer or a server). */
  z.object({ kind: z.literal('changeRestUrl'), target: id, to: id }),
  /** Zero-downtime patching of a WebLogic domain (target = its Admin Server); handled by the WebLogic kit (WL-11). */
  z.object({ kind: z.literal('zdtRollout'), target: id }),
  /** Deploys an application to a WebLogic domain (target = its Admin Server); handled by the WebLogic kit (WL-16). */
  z.object({ kind: z.literal('deploy'), target: id }),
  /** Operator action (WL-13): reinstate an old Data Guard primary left behind by a failover, as a standby (target = the database). */
  z.object({ kind: z.literal('reinstateDatabase'), target: id }),
  /**
   * Operator action (WL-6): restart the Administration Server (target) in another site (`site`, default: the site
   * of its mirrored domain directory), running there `responseMs` after the order (default: its cross-site
   * failover estimate, ≈ 5 min).
   */
  z.object({ kind: z.literal('restartAdminServer'), target: id, site: id.optional(), responseMs: z.number().int().min(0).max(86_400_000).optional() }),
  /**
   * Changes numeric parameters of a node while running (target = node id), from this moment on: what the UI
   * injects when a parameter is edited during a live run. Only the parameters the node's kind declares live
   * (`NodeKindSpec.liveParams`: read where they are used, not fixed at install) take effect; see liveEdits.ts.
   */
  z.object({ kind: z.literal('setParams'), target: id, params: z.record(id, z.number()) }),
  /** Brings a node back: power on if needed, then start every process that is stopped or crashed. */
  z.object({ kind: z.literal('recover'), target: id }),
]);

export type Fault = z.infer<typeof faultSchema>;
export type FaultKind = Fault['kind'];

export const FAULT_KINDS: readonly FaultKind[] = faultSchema.options.map((o) => o.shape.kind.value);

/** The id a fault is about: the subject of its 'fault.injected' event. */
export function faultSubject(fault: Fault): string {
  if (fault.target !== undefined) return fault.target;
  if (fault.kind === 'partition') return `${fault.from.join('+')}|${fault.to.join('+')}`;
  return '';
}
