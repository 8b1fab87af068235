import { createElement } from 'react';
import type { TFunction } from 'i18next';
import {
  Archive,
  Boxes,
  Building2,
  CalendarClock,
  Cloud,
  Database,
  DatabaseBackup,
  Globe,
  HardDrive,
  Inbox,
  Layers,
  Mail,
  Network,
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

/**
 * Icons by kind, including kinds the OnTime and WebLogic kits are expected to add; a kind nobody foresaw still
 * gets an icon chosen from words in its name, then a plain server.
 */
const ICONS: Record<string, LucideIcon> = {
  site: Building2,
  loadBalancer: Scale,
  clients: Users,
  ontimeServer: CalendarClock,
  mailServer: Mail,
  dominoServer: Server,
  webOnlyServer: Globe,
  mailCluster: Boxes,
  managedServer: ServerCog,
  adminServer: Wrench,
  nodeManager: Wrench,
  trafficDirector: Route,
  otd: Route,
  globalLoadBalancer: Cloud,
  dns: Cloud,
  database: Database,
  oracleDatabase: Database,
  dataGuardStandby: DatabaseBackup,
  standbyDatabase: DatabaseBackup,
  coherence: Layers,
  coherenceCluster: Layers,
  sharedStorage: HardDrive,
  storage: HardDrive,
  jmsStore: Inbox,
  tlogStore: Archive,
  siteGuard: ShieldCheck,
};

const ICON_WORDS: ReadonlyArray<[RegExp, LucideIcon]> = [
  [/database|db$/i, Database],
  [/storage|store/i, HardDrive],
  [/balancer|director|router/i, Scale],
  [/mail/i, Mail],
  [/client|user/i, Users],
  [/network|link/i, Network],
  [/cluster|coherence/i, Layers],
];

export function kindIcon(kind: string): LucideIcon {
  return ICONS[kind] ?? ICON_WORDS.find(([re]) => re.test(kind))?.[1] ?? Server;
}

/** "webOnlyServer" → "Web only server": readable even before a translator has named a new kind. */
export function humanize(kind: string): string {
  const words = kind.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A kind's name: the kit's own `kind.<kind>` string, else the editor's foreseen name, else the humanised kind. */
export function kindLabel(t: TFunction, kind: string): string {
  return t(`kind.${kind}`, { defaultValue: t(`editor.kindFallback.${kind}`, { defaultValue: humanize(kind) }) });
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
