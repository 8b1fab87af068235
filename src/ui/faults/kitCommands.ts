import type { FaultCommand, FaultContext } from '../../commands/faults';

/**
 * The WebLogic kit's own operations (a whole site's planned maintenance, zero-downtime patching, a deployment,
 * the operator restarting the Admin Server in another site or reinstating an old primary database),
 * next to the generic node, site and link commands: part of the one registry (commands.ts), so menus, toolbar,
 * keyboard and tests offer them alike.
 */

function siteOf(ctx: FaultContext) {
  return ctx.target?.type === 'site' ? ctx.design.sites.find((s) => s.id === ctx.target!.id) : undefined;
}

function nodeOfKind(ctx: FaultContext, kind: string) {
  const node = ctx.target?.type === 'node' ? ctx.design.nodes.find((n) => n.id === ctx.target!.id) : undefined;
  return node?.kind === kind ? node : undefined;
}

const hasWeblogic = (ctx: FaultContext) => ctx.design.nodes.some((n) => n.kind === 'wlsServer');

/** The node's view says it is down (failed or stopped), as the canvas shows it. */
const shownDown = (ctx: FaultContext, id: string) => ['failed', 'stopped'].includes(ctx.nodeViews[id]?.status ?? '') || ctx.nodeViews[id]?.hostUp === false;

export const KIT_COMMANDS: readonly FaultCommand[] = [
  {
    id: 'fault.siteMaintenance',
    labelKey: 'netcmd.siteMaintenance',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && hasWeblogic(ctx) ? [{ id: 'fault.siteMaintenance', fault: { kind: 'maintenance', target: site.id }, labelKey: 'netcmd.siteMaintenance' }] : [];
    },
  },
  {
    id: 'fault.zdtRollout',
    labelKey: 'netcmd.zdtRollout',
    options: (ctx) => {
      const admin = nodeOfKind(ctx, 'wlsAdmin');
      if (!admin) return [];
      return [
        { id: 'fault.zdtRollout', fault: { kind: 'zdtRollout', target: admin.id }, labelKey: 'netcmd.zdtRollout' },
        { id: 'fault.zdtRollout:deploy', fault: { kind: 'deploy', target: admin.id }, labelKey: 'netcmd.deploy' },
      ];
    },
  },
  {
    // WL-6: restarting the Admin Server in another site is the operator's decision, offered while it is down.
    id: 'fault.restartAdminServer',
    labelKey: 'netcmd.restartAdminServer',
    options: (ctx) => {
      const admin = nodeOfKind(ctx, 'wlsAdmin');
      if (!admin || !shownDown(ctx, admin.id)) return [];
      return ctx.design.sites
        .filter((site) => site.id !== admin.siteId)
        .map((site) => ({ id: `fault.restartAdminServer:${site.id}`, fault: { kind: 'restartAdminServer', target: admin.id, site: site.id }, labelKey: 'netcmd.restartAdminServer', params: { site: site.name } }));
    },
  },
  {
    // WL-13: an old primary left behind by a failover waits for the operator to reinstate it.
    id: 'fault.reinstateDatabase',
    labelKey: 'netcmd.reinstateDatabase',
    options: (ctx) => {
      const db = nodeOfKind(ctx, 'oracleDb');
      const waiting = db !== undefined && ctx.nodeViews[db.id]?.notes.some((n) => n.key === 'wl.note.dbReinstateRequired');
      return db && waiting ? [{ id: 'fault.reinstateDatabase', fault: { kind: 'reinstateDatabase', target: db.id }, labelKey: 'netcmd.reinstateDatabase' }] : [];
    },
  },
];
