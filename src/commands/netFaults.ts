import { EMPTY_NET, type DesignDoc } from '../engine';
import type { FaultCommand, FaultContext, FaultOption } from './faults';

/** The partition id the UI uses for cutting one link or isolating one site (so that healing it heals exactly that cut). */
export const cutId = (id: string) => `cut-${id}`;

const net = (ctx: FaultContext) => ctx.net ?? EMPTY_NET;
const hasPartition = (ctx: FaultContext, id: string) => net(ctx).partitions.some((p) => p.id === id);
const siteDown = (ctx: FaultContext, site: string) => net(ctx).downSites.includes(site);

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

/** A link whose traffic flows both ways now (no partition, not cut): it can be partitioned. */
function upLink(ctx: FaultContext) {
  const link = linkOf(ctx);
  return link && (net(ctx).links[link.id]?.traffic ?? 'up') === 'up' ? link : undefined;
}

function names(design: DesignDoc, a: string, b: string) {
  return { a: siteName(design, a), b: siteName(design, b) };
}

/** The keyboard and menu change a link's RTT in steps of this size, within the slider's range. */
export const RTT_STEP_MS = 5;
export const RTT_MAX_MS = 50;

function rttCommand(id: string, labelKey: string, key: string, deltaMs: number): FaultCommand {
  return {
    id,
    labelKey,
    keys: [key],
    context: ['link'],
    options: (ctx) => {
      const link = linkOf(ctx);
      if (!link) return [];
      const now = net(ctx).links[link.id]?.rttMs ?? link.rttMs;
      const rttMs = Math.min(RTT_MAX_MS, Math.max(0, Math.round((now + deltaMs) / RTT_STEP_MS) * RTT_STEP_MS));
      return rttMs === now ? [] : [option(id, labelKey, { kind: 'setRtt', target: link.id, rttMs }, { rtt: rttMs })];
    },
  };
}

const option = (id: string, labelKey: string, fault: FaultOption['fault'], params?: FaultOption['params']): FaultOption => ({ id, labelKey, fault, ...(params ? { params } : {}) });

/** Sites and the links between them: power, partitions (also one-way), link cuts and heals. */
export const NET_COMMANDS: readonly FaultCommand[] = [
  {
    id: 'fault.siteDown',
    labelKey: 'live.cmd.siteDown',
    keys: ['D'],
    context: ['site'],
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && !siteDown(ctx, site) ? [option('fault.siteDown', 'live.cmd.siteDown', { kind: 'siteDown', target: site })] : [];
    },
  },
  {
    id: 'fault.siteUp',
    labelKey: 'live.cmd.siteUp',
    keys: ['U'],
    context: ['site'],
    options: (ctx) => {
      const site = siteOf(ctx);
      return site && siteDown(ctx, site) ? [option('fault.siteUp', 'live.cmd.siteUp', { kind: 'siteUp', target: site })] : [];
    },
  },
  {
    id: 'fault.isolateSite',
    labelKey: 'live.cmd.isolateSite',
    keys: ['P'],
    context: ['site'],
    options: (ctx) => {
      const site = siteOf(ctx);
      const others = site ? neighbours(ctx.design, site) : [];
      if (!site || others.length === 0 || hasPartition(ctx, cutId(site))) return [];
      return [option('fault.isolateSite', 'live.cmd.isolateSite', { kind: 'partition', target: cutId(site), from: [site], to: others })];
    },
  },
  {
    id: 'fault.partition',
    labelKey: 'live.cmd.partition',
    keys: ['P'],
    context: ['link'],
    options: (ctx) => {
      const link = upLink(ctx);
      if (!link) return [];
      return [option('fault.partition', 'live.cmd.partition', { kind: 'partition', target: cutId(link.id), from: [link.a], to: [link.b] }, names(ctx.design, link.a, link.b))];
    },
  },
  {
    // One direction only: what the keyboard picks is the first, from the link's first site.
    id: 'fault.partitionOneWay',
    labelKey: 'live.cmd.partitionOneWay',
    keys: ['O'],
    context: ['link'],
    options: (ctx) => {
      const link = upLink(ctx);
      if (!link) return [];
      const oneWay = (from: string, to: string) =>
        option(`fault.partitionOneWay:${from}`, 'live.cmd.partitionOneWay', { kind: 'partition', target: cutId(link.id), from: [from], to: [to], oneWay: true }, names(ctx.design, from, to));
      return [oneWay(link.a, link.b), oneWay(link.b, link.a)];
    },
  },
  {
    id: 'fault.heal',
    labelKey: 'live.cmd.heal',
    keys: ['H'],
    context: ['site', 'link'],
    options: (ctx) => {
      const id = linkOf(ctx)?.id ?? siteOf(ctx);
      return id && hasPartition(ctx, cutId(id)) ? [option('fault.heal', 'live.cmd.heal', { kind: 'heal', target: cutId(id) })] : [];
    },
  },
  {
    id: 'fault.linkDown',
    labelKey: 'live.cmd.linkDown',
    keys: ['C'],
    context: ['link'],
    options: (ctx) => {
      const link = linkOf(ctx);
      return link && !net(ctx).links[link.id]?.down ? [option('fault.linkDown', 'live.cmd.linkDown', { kind: 'linkDown', target: link.id })] : [];
    },
  },
  {
    id: 'fault.linkUp',
    labelKey: 'live.cmd.linkUp',
    keys: ['U'],
    context: ['link'],
    options: (ctx) => {
      const link = linkOf(ctx);
      return link && net(ctx).links[link.id]?.down === true ? [option('fault.linkUp', 'live.cmd.linkUp', { kind: 'linkUp', target: link.id })] : [];
    },
  },
  rttCommand('fault.rttUp', 'live.cmd.rttUp', ']', +RTT_STEP_MS),
  rttCommand('fault.rttDown', 'live.cmd.rttDown', '[', -RTT_STEP_MS),
];
