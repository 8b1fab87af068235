import { createElement } from 'react';
import type { TFunction } from 'i18next';
import {
  Building2,
  CalendarClock,
  Cloud,
  Database,
  Eye,
  Globe,
  HardDrive,
  Layers,
  Mail,
  Route,
  Scale,
  Server,
  ServerCog,
  ShieldCheck,
  Users,
  Wrench,
  type LucideIcon,
} from 'lucide-react';
import { NODE_KINDS, type KindGroup, type NodeKindSpec } from '../../engine';

/** The icon of each node kind the kits define (and of a site); a kind without one gets a plain server. */
export const KIND_ICONS: Readonly<Record<string, LucideIcon>> = {
  site: Building2,
  loadBalancer: Scale,
  clients: Users,
  ontimeServer: CalendarClock,
  mailServer: Mail,
  dominoServer: Server,
  webOnlyServer: Globe,
  otd: Route,
  glb: Cloud,
  wlsServer: ServerCog,
  wlsAdmin: Wrench,
  oracleDb: Database,
  dgObserver: Eye,
  siteGuard: ShieldCheck,
  coherence: Layers,
  storage: HardDrive,
};

export function kindIcon(kind: string): LucideIcon {
  return KIND_ICONS[kind] ?? Server;
}

/** "webOnlyServer" → "Web only server": readable even before a translator has named a new kind. */
export function humanize(kind: string): string {
  const words = kind.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A relation kind's words ("syncs"): a kit's `relationKind.<kind>`, else the editor's, else the kind itself. */
export function relationKindLabel(t: TFunction, kind: string): string {
  return t(`relationKind.${kind}`, { defaultValue: t(`editor.relationKind.${kind}`, { defaultValue: kind }) });
}

export function clusterKindLabel(t: TFunction, kind: string): string {
  return t(`clusterKind.${kind}`, { defaultValue: t(`editor.clusterKind.${kind}`, { defaultValue: humanize(kind) }) });
}

/** A kind's name: the kit's own `kind.<kind>` string, else the humanised kind. */
export function kindLabel(t: TFunction, kind: string): string {
  return t(`kind.${kind}`, { defaultValue: humanize(kind) });
}

export const PALETTE_GROUPS: readonly KindGroup[] = ['network', 'ontime', 'weblogic'];

/** The engine's node kinds of a palette group, in registry order. */
export function kindsOfGroup(group: KindGroup): NodeKindSpec[] {
  return [...NODE_KINDS.values()].filter((k) => k.group === group);
}

/** The icon of a kind as an element (decorative: the name is always next to it). */
export function KindIcon({ kind, size = 16 }: { kind: string; size?: number }) {
  return createElement(kindIcon(kind), { size, 'aria-hidden': true });
}
