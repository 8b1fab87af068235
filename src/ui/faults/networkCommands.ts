import type { FaultCommand, FaultContext, FaultOption } from './commands';

/**
 * Fault commands on sites and links (power failure of a site, partition and heal, RTT) and the WebLogic kit's
 * own operations (database switchover, site maintenance, ZDT rollout, deployment). Part of the one registry
 * (commands.ts), so menus, toolbar and tests offer them alike.
 */

function siteOf(ctx: FaultContext) {
  return ctx.target?.type === 'site' ? ctx.design.sites.find((s) => s.id === ctx.target!.id) : undefined;
}

function linkOf(ctx: FaultContext) {
  return ctx.target?.type === 'link' ? ctx.design.links.find((l) => l.id === ctx.target!.id) : undefined;
}

function nodeOfKind(ctx: FaultContext, kind: string) {
  const node = ctx.target?.type === 'node' ? ctx.design.nodes.find((n) => n.id === ctx.target!.id) : undefined;
  return node?.kind === kind ? node : undefined;
}

const hasWeblogic = (ctx: FaultContext) => ctx.design.nodes.some((n) => n.kind === 'wlsServer');

/** The RTTs offered for a link: the metro reference, the supported limit (WL-3) and Figure 6-1's 20 ms. */
const RTT_CHOICES_MS = [5, 10, 20];

export const NETWORK_COMMANDS: readonly FaultCommand[] = [
  {
    id: 'fault.siteDown',
    labelKey: 'netcmd.siteDown',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site ? [{ id: 'fault.siteDown', fault: { kind: 'siteDown', target: site.id }, labelKey: 'netcmd.siteDown' }] : [];
    },
  },
  {
    id: 'fault.siteUp',
    labelKey: 'netcmd.siteUp',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site ? [{ id: 'fault.siteUp', fault: { kind: 'siteUp', target: site.id }, labelKey: 'netcmd.siteUp' }] : [];
    },
  },
  {
    id: 'fault.siteMaintenance',
    labelKey: 'netcmd.siteMaintenance',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && hasWeblogic(ctx) ? [{ id: 'fault.siteMaintenance', fault: { kind: 'maintenance', target: site.id }, labelKey: 'netcmd.siteMaintenance' }] : [];
    },
  },
  {
    id: 'fault.partition',
    labelKey: 'netcmd.partition',
    options: (ctx) => {
      const link = linkOf(ctx);
      if (!link) return [];
      const id = `cut-${link.id}`;
      return [
        { id: 'fault.partition', fault: { kind: 'partition', target: id, from: [link.a], to: [link.b] }, labelKey: 'netcmd.partition' },
        { id: 'fault.partition:heal', fault: { kind: 'heal', target: id }, labelKey: 'netcmd.heal' },
      ];
    },
  },
  {
    id: 'fault.setRtt',
    labelKey: 'netcmd.setRtt',
    options: (ctx) => {
      const link = linkOf(ctx);
      return link ? RTT_CHOICES_MS.map((rttMs): FaultOption => ({ id: `fault.setRtt:${rttMs}`, fault: { kind: 'setRtt', target: link.id, rttMs }, labelKey: 'netcmd.setRtt', params: { rttMs } })) : [];
    },
  },
  {
    id: 'fault.dbSwitchover',
    labelKey: 'netcmd.dbSwitchover',
    options: (ctx) => {
      const db = nodeOfKind(ctx, 'oracleDb');
      return db ? [{ id: 'fault.dbSwitchover', fault: { kind: 'dbSwitchover', target: db.id }, labelKey: 'netcmd.dbSwitchover' }] : [];
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
];
