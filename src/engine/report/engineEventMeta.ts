import type { EngineEventFields } from '../events';
import type { EventMetaTable } from './contract';

/**
 * The meaning of the engine's own events (see contract.ts). Echoes of a fault (a host or site going down, a
 * partition, an RTT change) have no lane: they are the fault itself, not a function it touched. Membership
 * verdicts are shared by the kits, so they join the lane of what they cause (OnTime Sync, WebLogic sessions…).
 */
export const ENGINE_EVENT_META = {
  'run.started': {},
  'fault.injected': {},
  'process.state': {},
  'host.state': {},
  'member.dead': {
    lane: { fromEffectsElse: 'servers' },
    phase: 'detected',
    key: true,
    // OnTime: the observer declares a silent peer dead after takeoverAfterMs (OT-4); WebLogic: missed heartbeats.
    timing: [
      { param: 'takeoverAfterMs', node: 'observer' },
      { param: 'heartbeatIntervalMs', node: 'peer' },
      { param: 'missedHeartbeats', node: 'peer' },
    ],
  },
  'member.alive': { lane: { fromEffectsElse: 'servers' }, phase: 'restored' },
  'site.down': {},
  'site.up': {},
  'link.down': {},
  'link.up': {},
  'link.rtt': {},
  'node.params': {},
  'net.partitioned': {},
  'net.healed': {},
  'fault.unsupported': {},
  'restart.attempt': { lane: 'servers', phase: 'progress' },
  'restart.exhausted': { lane: 'servers', phase: 'blocked', key: true },
  // The LB stops routing to the member: from here on its requests are answered by the others (OT-1).
  'lb.markedDown': {
    lane: 'rest',
    phase: 'detected',
    key: true,
    userVisible: true,
    restoresLane: true,
    timing: [
      { param: 'healthCheckIntervalMs', node: 'lb' },
      { param: 'failuresToMarkDown', node: 'lb' },
    ],
  },
  'lb.markedUp': {
    lane: 'rest',
    phase: 'restored',
    timing: [
      { param: 'healthCheckIntervalMs', node: 'lb' },
      { param: 'successesToMarkUp', node: 'lb' },
    ],
  },
  'client.failover': { lane: 'rest', phase: 'tookOver', key: true, userVisible: true, timing: [{ param: 'requestTimeoutMs', node: 'client' }] },
  'client.failed': { lane: 'rest', phase: 'orphaned', userVisible: true },
  'service.unavailable': {},
  'service.degraded': {},
  'service.stale': {},
  'service.restored': {},
  'data.lost': {},
  'assignment.takeover': { lane: 'servers', phase: 'tookOver' },
  'assignment.failback': { lane: 'servers', phase: 'failedBack' },
} as const satisfies EventMetaTable<EngineEventFields>;
