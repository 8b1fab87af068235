import type { ClusterKindSpec, Kit, NodeKindSpec, RelationKindSpec } from './kit';
import { ontimeKit } from './ontime/kit';
import { weblogicKit } from './weblogic/kit';

/** Every kit the engine simulates. A new kit is one entry here. */
export const KITS: readonly Kit[] = [ontimeKit, weblogicKit];

export const NODE_KINDS: ReadonlyMap<string, NodeKindSpec> = new Map(KITS.flatMap((k) => k.nodeKinds.map((s) => [s.kind, s] as const)));
export const RELATION_KINDS: ReadonlyMap<string, RelationKindSpec> = new Map(KITS.flatMap((k) => k.relationKinds.map((s) => [s.kind, s] as const)));
export const CLUSTER_KINDS: ReadonlyMap<string, ClusterKindSpec> = new Map(KITS.flatMap((k) => k.clusterKinds.map((s) => [s.kind, s] as const)));

/** Per fault kind a kit carries out itself, the node kinds that can take it (Kit.faultTargets). */
export const FAULT_TARGET_KINDS: ReadonlyMap<string, readonly string[]> = new Map(KITS.flatMap((k) => Object.entries(k.faultTargets ?? {})));

/** The cluster kinds that take every one of `nodeKinds` as a member (what a selection of servers can be grouped into). */
export function clusterKindsFor(nodeKinds: readonly string[]): string[] {
  return [...CLUSTER_KINDS.values()].filter((c) => nodeKinds.every((k) => c.members.includes(k))).map((c) => c.kind);
}
