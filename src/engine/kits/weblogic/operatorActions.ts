import type { DesignDoc } from '../../design/schema';
import { looksUp, type NodeView } from '../../sim/view';
import type { ActionTarget, OperatorAction } from '../kit';

/**
 * The WebLogic operator's own actions (a Data Guard switchover, a whole site's planned maintenance, zero-downtime
 * patching and a deployment, restarting the Admin Server in another site, reinstating an old primary database),
 * offered by the UI's fault commands beside the generic ones (Kit.operatorActions).
 */

type Views = Readonly<Record<string, NodeView>>;

function nodeOfKind(target: ActionTarget, design: DesignDoc, kind: string) {
  const node = target.type === 'node' ? design.nodes.find((n) => n.id === target.id) : undefined;
  return node?.kind === kind ? node : undefined;
}

/** The node's view says it is down (failed, stopped or without power), as the canvas shows it. */
const shownDown = (views: Views, id: string) => ['failed', 'stopped'].includes(views[id]?.status ?? '') || views[id]?.hostUp === false;

export const WEBLOGIC_OPERATOR_ACTIONS: readonly OperatorAction[] = [
  {
    // WL-14: a planned Data Guard switchover (servers ride through it with the recommended leasing settings).
    id: 'fault.dbSwitchover',
    labelKey: 'live.cmd.dbSwitchover',
    shortcut: 'w',
    options: (target, design, views) => {
      const db = nodeOfKind(target, design, 'oracleDb');
      return db && looksUp(views[db.id]) ? [{ id: 'fault.dbSwitchover', fault: { kind: 'dbSwitchover', target: db.id }, labelKey: 'live.cmd.dbSwitchover' }] : [];
    },
  },
  {
    // Table 6-2 "maintenance outage": a whole site's planned maintenance, where there is a WebLogic domain to move.
    id: 'fault.siteMaintenance',
    labelKey: 'netcmd.siteMaintenance',
    options: (target, design) => {
      const site = target.type === 'site' ? design.sites.find((s) => s.id === target.id) : undefined;
      const hasWeblogic = design.nodes.some((n) => n.kind === 'wlsServer');
      return site && hasWeblogic ? [{ id: 'fault.siteMaintenance', fault: { kind: 'maintenance', target: site.id }, labelKey: 'netcmd.siteMaintenance' }] : [];
    },
  },
  {
    // WL-11 zero-downtime patching, and a deployment (WL-16).
    id: 'fault.zdtRollout',
    labelKey: 'netcmd.zdtRollout',
    options: (target, design) => {
      const admin = nodeOfKind(target, design, 'wlsAdmin');
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
    options: (target, design, views) => {
      const admin = nodeOfKind(target, design, 'wlsAdmin');
      if (!admin || !shownDown(views, admin.id)) return [];
      return design.sites
        .filter((site) => site.id !== admin.siteId)
        .map((site) => ({ id: `fault.restartAdminServer:${site.id}`, fault: { kind: 'restartAdminServer', target: admin.id, site: site.id }, labelKey: 'netcmd.restartAdminServer', params: { site: site.name } }));
    },
  },
  {
    // WL-13: an old primary left behind by a failover waits for the operator to reinstate it (the kit's own note says so).
    id: 'fault.reinstateDatabase',
    labelKey: 'netcmd.reinstateDatabase',
    options: (target, design, views) => {
      const db = nodeOfKind(target, design, 'oracleDb');
      const waiting = db !== undefined && views[db.id]?.notes.some((n) => n.key === 'wl.note.dbReinstateRequired');
      return db && waiting ? [{ id: 'fault.reinstateDatabase', fault: { kind: 'reinstateDatabase', target: db.id }, labelKey: 'netcmd.reinstateDatabase' }] : [];
    },
  },
];
