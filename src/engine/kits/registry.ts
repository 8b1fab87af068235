import type { Kit, NodeKindSpec, RelationKindSpec } from './kit';
import { ontimeKit } from './ontime/kit';
import { weblogicKit } from './weblogic/kit';

/** Every kit the engine simulates. A new kit is one entry here. */
export const KITS: readonly Kit[] = [ontimeKit, weblogicKit];

export const NODE_KINDS: ReadonlyMap<string, NodeKindSpec> = new Map(KITS.flatMap((k) => k.nodeKinds.map((s) => [s.kind, s] as const)));
export const RELATION_KINDS: ReadonlyMap<string, RelationKindSpec> = new Map(KITS.flatMap((k) => k.relationKinds.map((s) => [s.kind, s] as const)));
