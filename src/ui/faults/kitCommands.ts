import type { FaultCommand, FaultContext } from './commands';

/**
 * The WebLogic kit's own operations (a whole site's planned maintenance, zero-downtime patching, a deployment),
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
];
