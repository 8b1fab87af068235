import type { DesignDoc } from '../../engine';
import type { FaultCommand, FaultContext, FaultOption } from './commands';
import { cutId, linkState, netStateAt } from './netState';

function net(ctx: FaultContext) {
  return netStateAt(ctx.script ?? [], ctx.timeMs ?? Number.POSITIVE_INFINITY);
}

function siteName(design: DesignDoc, id: string): string {
  return design.sites.find((s) => s.id === id)?.name ?? id;
}

function linkOf(ctx: FaultContext) {
  return ctx.target?.type === 'link' ? ctx.design.links.find((l) => l.id === ctx.target!.id) : undefined;
}

function siteOf(ctx: FaultContext): string | undefined {
  return ctx.target?.type === 'site' && ctx.design.sites.some((s) => s.id === ctx.target!.id) ? ctx.target.id : undefined;
}

/** The other sites a site has links to. */
function neighbours(design: DesignDoc, site: string): string[] {
  return design.links.flatMap((l) => (l.a === site ? [l.b] : l.b === site ? [l.a] : []));
}

const option = (id: string, labelKey: string, fault: FaultOption['fault'], params?: FaultOption['params']): FaultOption => ({ id, labelKey, fault, ...(params ? { params } : {}) });

/** Sites and the links between them: power, partitions (also one-way), link cuts and heals. */
export const NET_COMMANDS: readonly FaultCommand[] = [
  {
    id: 'fault.siteDown',
    labelKey: 'live.cmd.siteDown',
    shortcut: 'd',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && !net(ctx).downSites.has(site) ? [option('fault.siteDown', 'live.cmd.siteDown', { kind: 'siteDown', target: site })] : [];
    },
  },
  {
    id: 'fault.siteUp',
    labelKey: 'live.cmd.siteUp',
    shortcut: 'u',
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && net(ctx).downSites.has(site) ? [option('fault.siteUp', 'live.cmd.siteUp', { kind: 'siteUp', target: site })] : [];
    },
  },
  {
    id: 'fault.isolateSite',
    labelKey: 'live.cmd.isolateSite',
    shortcut: 'p',
    options: (ctx) => {
      const site = siteOf(ctx);
      const others = site ? neighbours(ctx.design, site) : [];
      if (!site || others.length === 0 || net(ctx).partitions.has(cutId(site))) return [];
      return [option('fault.isolateSite', 'live.cmd.isolateSite', { kind: 'partition', target: cutId(site), from: [site], to: others })];
    },
  },
  {
    id: 'fault.partition',
    labelKey: 'live.cmd.partition',
    options: (ctx) => {
      const link = linkOf(ctx);
      if (!link || linkState(ctx.design, net(ctx), link.id) !== 'up') return [];
      const names = { a: siteName(ctx.design, link.a), b: siteName(ctx.design, link.b) };
      return [
        option('fault.partition', 'live.cmd.partition', { kind: 'partition', target: cutId(link.id), from: [link.a], to: [link.b] }, names),
        option('fault.partition:ab', 'live.cmd.partitionOneWay', { kind: 'partition', target: cutId(link.id), from: [link.a], to: [link.b], oneWay: true }, names),
        option('fault.partition:ba', 'live.cmd.partitionOneWay', { kind: 'partition', target: cutId(link.id), from: [link.b], to: [link.a], oneWay: true }, { a: names.b, b: names.a }),
      ];
    },
  },
  {
    id: 'fault.heal',
    labelKey: 'live.cmd.heal',
    shortcut: 'h',
    options: (ctx) => {
      const id = linkOf(ctx)?.id ?? siteOf(ctx);
      return id && net(ctx).partitions.has(cutId(id)) ? [option('fault.heal', 'live.cmd.heal', { kind: 'heal', target: cutId(id) })] : [];
    },
  },
  {
    id: 'fault.linkDown',
    labelKey: 'live.cmd.linkDown',
    options: (ctx) => {
      const link = linkOf(ctx);
      if (!link) return [];
      return net(ctx).downLinks.has(link.id)
        ? [option('fault.linkUp', 'live.cmd.linkUp', { kind: 'linkUp', target: link.id })]
        : [option('fault.linkDown', 'live.cmd.linkDown', { kind: 'linkDown', target: link.id })];
    },
  },
];
