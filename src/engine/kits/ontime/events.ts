/**
 * The events of the OnTime kit (merged into the engine's SimEvent union; DOMAIN.md §1). Each has a sentence
 * `event.<type>` in src/i18n; its meaning for the report is in eventMeta.ts.
 */
export type OntimeEventFields =
  // OnTime cluster (OT-4, OT-5): a live member syncs a dead member's mail servers, and gives them back.
  | { type: 'sync.takeover'; mailServer: string; from: string; to: string }
  | { type: 'sync.failback'; mailServer: string; from: string; to: string }
  | { type: 'sync.orphaned'; mailServer: string; owner: string }
  // Sync stops with its syncer, mail DB access fails over (OT-6), ConfigDB replicates (OT-11).
  | { type: 'sync.stopped'; mailServer: string; syncer: string }
  | { type: 'maildb.unreachable'; mailServer: string; target: string; by: string; attempt: number; attempts: number }
  // The replica on a cluster mate takes over.
  | { type: 'maildb.takeover'; mailServer: string; from: string; to: string; by: string }
  | { type: 'maildb.broken'; mailServer: string; home: string; by: string }
  | { type: 'maildb.failback'; mailServer: string; from: string; to: string; by: string }
  /** OT-6: mail DBs that had no replica to fail over to (broken) are reachable at home again: no failback. */
  | { type: 'maildb.restored'; mailServer: string; home: string; by: string }
  | { type: 'configdb.changed'; setting: string; version: number }
  | { type: 'configdb.replicated'; from: string; to: string; version: number }
  | { type: 'rest.urlChanged'; clients: string; from: string; to: string };
