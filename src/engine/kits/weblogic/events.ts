/**
 * The events of the WebLogic MAA kit (merged into the engine's SimEvent union). Each has a sentence
 * `event.<type>` in src/i18n/parts/weblogic.ts; ids in string fields become names there.
 */
export type WeblogicEventFields =
  | { type: 'wl.sessions.takeover'; server: string; to: string; count: number }
  | { type: 'wl.sessionsRereplicated'; server: string; from: string; to: string; count: number }
  | { type: 'wl.sessionsRereplicatedCrossSite'; server: string; from: string; to: string; count: number }
  | { type: 'wl.sessionsLost'; server: string; secondary: string; count: number }
  | { type: 'wl.leaseLost'; server: string; reason: 'dbUnreachable' | 'noQuorum' }
  | { type: 'wl.leaseRegained'; server: string }
  | { type: 'wl.selfFenced'; server: string }
  | { type: 'wl.rebootRefused'; server: string }
  | { type: 'wl.domainRestartRequired'; count: number }
  | { type: 'wl.serviceDeactivated'; service: string; server: string }
  | { type: 'wl.service.migrated'; service: string; from: string; to: string; delayMs: number }
  | { type: 'wl.server.migrated'; service: string; from: string; to: string; delayMs: number }
  | { type: 'wl.serviceStranded'; service: string; server: string }
  | { type: 'wl.serviceVipInvalid'; service: string; server: string }
  | { type: 'wl.service.failback'; service: string; from: string; to: string }
  | { type: 'wl.txInDoubt'; server: string; count: number }
  | { type: 'wl.txRecovered'; server: string; by: string; count: number }
  | { type: 'wl.txFailing'; server: string; db: string }
  | { type: 'wl.txResumed'; server: string; failed: number }
  | { type: 'wl.bootSlow'; server: string; extraMs: number }
  | { type: 'wl.deployed'; durationMs: number; rttMs: number }
  | { type: 'wl.rttOutOfRange'; rttMs: number }
  | { type: 'dg.primary.detected'; observer: string; db: string }
  | { type: 'dg.failoverStarted'; db: string; by: string }
  | { type: 'dg.switchoverStarted'; db: string; by: string }
  | { type: 'dg.primary.takeover'; db: string }
  | { type: 'dg.becameStandby'; db: string }
  | { type: 'dg.primaryShutdown'; db: string }
  | { type: 'dg.poolsReconnected'; db: string }
  | { type: 'sg.failover.decided'; db: string }
  | { type: 'sg.switchover.decided'; db: string }
  | { type: 'glb.siteWithdrawn'; glb: string; site: string }
  | { type: 'glb.clientsMoved'; glb: string; fromSite: string; toSite: string }
  | { type: 'glb.clientsReturned'; glb: string; fromSite: string; toSite: string }
  | { type: 'admin.down.detected'; admin: string }
  | { type: 'admin.inSite.takeover'; admin: string }
  | { type: 'admin.crossSite.takeover'; admin: string; host: string; address: string }
  | { type: 'admin.cannotRestart'; admin: string }
  | { type: 'coh.splitBrain'; cluster: string; a: string; b: string }
  | { type: 'coh.merged'; cluster: string; discardedMs: number }
  | { type: 'coh.federationPaused'; from: string; to: string }
  | { type: 'coh.converged'; from: string; to: string; backlogMs: number }
  | { type: 'zdt.started'; servers: number }
  | { type: 'zdt.nodePatched'; server: string }
  | { type: 'zdt.completed'; servers: number }
  | { type: 'zdt.failed'; server: string }
  | { type: 'zdt.rolledBack'; servers: number }
  | { type: 'zdt.halted'; server: string };
