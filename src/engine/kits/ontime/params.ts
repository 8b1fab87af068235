import type { ParamSpec } from '../../params';

/** OnTime server parameters (DOMAIN.md §1 defaults). */
export const ONTIME_SERVER_PARAMS = {
  takeoverAfterMs: { key: 'takeoverAfterMs', default: 10_000, unit: 'ms', min: 1000, max: 600_000, source: 'doc', ref: 'OT-4' },
  failbackDelayMs: { key: 'failbackDelayMs', default: 10_000, unit: 'ms', min: 0, max: 600_000, source: 'model', ref: 'OT-5' },
  heartbeatIntervalMs: { key: 'heartbeatIntervalMs', default: 1000, unit: 'ms', min: 100, max: 60_000, source: 'model', ref: 'OT-4' },
  syncIntervalMs: { key: 'syncIntervalMs', default: 5000, unit: 'ms', min: 500, max: 600_000, source: 'model' },
  taskStartMs: { key: 'taskStartMs', default: 5000, unit: 'ms', min: 0, max: 600_000, source: 'model' },
} as const satisfies Record<string, ParamSpec>;
