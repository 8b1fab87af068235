import type { SimEventType } from '../events';
import type { EventMeta } from '../report/contract';
import { ENGINE_EVENT_META } from '../report/engineEventMeta';
import type { KindCatalog } from '../design/kindCatalog';
import type { ClusterKindSpec, KitInfo, NodeKindSpec, RelationKindSpec } from './kit';
import { ONTIME_EVENT_META } from './ontime/eventMeta';
import { ontimeKitInfo } from './ontime/info';
import { WEBLOGIC_EVENT_META } from './weblogic/eventMeta';
import { weblogicKitInfo } from './weblogic/info';

/**
 * What every kit says about its system without running it: the kinds, the meaning of events, the design checks,
 * the operator actions. This is the part of the kits the page needs at start (palette, inspector, checks,
 * timeline); the models the simulation installs are in registry.ts, which only the workers' code reaches, so
 * that they stay out of the page's first download (bench row 5). A new kit is one entry here and one there
 * (a test keeps the two lists in step).
 */
export const KIT_INFOS: readonly KitInfo[] = [ontimeKitInfo, weblogicKitInfo];

export const NODE_KINDS: ReadonlyMap<string, NodeKindSpec> = new Map(KIT_INFOS.flatMap((k) => k.nodeKinds.map((s) => [s.kind, s] as const)));
export const RELATION_KINDS: ReadonlyMap<string, RelationKindSpec> = new Map(KIT_INFOS.flatMap((k) => k.relationKinds.map((s) => [s.kind, s] as const)));
export const CLUSTER_KINDS: ReadonlyMap<string, ClusterKindSpec> = new Map(KIT_INFOS.flatMap((k) => k.clusterKinds.map((s) => [s.kind, s] as const)));

/** The kinds of every registered kit, as the document format takes them to validate a design (documents.ts). */
export const KIND_CATALOG: KindCatalog = { nodeKinds: NODE_KINDS, relationKinds: RELATION_KINDS, clusterKinds: CLUSTER_KINDS };

/**
 * The meaning of every event type for the report: the engine's table and each kit's. Each table is typed over
 * its owner's event union (a missing entry does not compile); the check below also fails to compile when an
 * event union is added to SimEvent without its owner's table being merged here.
 */
export const EVENT_META: ReadonlyMap<string, EventMeta> = new Map(
  [ENGINE_EVENT_META, ...KIT_INFOS.map((k) => k.eventMeta)].flatMap((table) => Object.entries(table) as Array<[string, EventMeta]>),
);
type Declared = keyof typeof ENGINE_EVENT_META | keyof typeof ONTIME_EVENT_META | keyof typeof WEBLOGIC_EVENT_META;
const everyTypeDeclared: [SimEventType] extends [Declared] ? true : never = true;
void everyTypeDeclared;

const NO_META: EventMeta = {};

/** The metadata of an event type ({} for a type no table knows: events of a test kit). */
export function metaOf(type: string): EventMeta {
  return EVENT_META.get(type) ?? NO_META;
}
/** Per fault kind a kit carries out itself, the node kinds that can take it (Kit.faultTargets). */
export const FAULT_TARGET_KINDS: ReadonlyMap<string, readonly string[]> = new Map(KIT_INFOS.flatMap((k) => Object.entries(k.faultTargets ?? {})));

/** The cluster kinds that take every one of `nodeKinds` as a member (what a selection of servers can be grouped into). */
export function clusterKindsFor(nodeKinds: readonly string[]): string[] {
  return [...CLUSTER_KINDS.values()].filter((c) => nodeKinds.every((k) => c.members.includes(k))).map((c) => c.kind);
}
