/** The public API of the engine: everything the worker, the UI, the CLI and the tests may use. */
export { Simulation, METRIC_INTERVAL_MS, replay, type Frame, type SimulationOptions, type TimedFault } from './sim/simulation';
export type { NodeView, NodeStatus, Note, RelationView, MetricSample } from './sim/view';
export { sampleRecords, concatSamples, EMPTY_SAMPLES, type SampleBlock, type SampleRow } from './sim/samples';
export type { World } from './sim/world';
export { ClaimRegistry } from './sim/claims';
export type { SimEvent, SimEventType, ProcessState } from './events';
export { idsOf } from './events';
export { faultSchema, faultSubject, FAULT_KINDS, type Fault, type FaultKind } from './faults/catalogue';
export { SCHEMA_VERSION, type DesignDoc, type DesignNode, type DesignSite, type DesignLink, type DesignRelation, type DesignCluster } from './design/schema';
export { validateDesign, formatIssue, type DesignIssue, type DesignResult } from './design/validate';
export { repairStoredDesign, type Repaired } from './design/repair';
export { buildDesign, type DesignSketch, type NodeSketch } from './design/build';
export type { ParamSpec } from './params';
export { ONTIME_SERVER_PARAMS } from './kits/ontime/params';
export type { Kit, NodeKindSpec, RelationKindSpec, ClusterKindSpec, DesignFinding, Severity, KindGroup } from './kits/kit';
export { KITS, NODE_KINDS, RELATION_KINDS, CLUSTER_KINDS, clusterKindsFor } from './kits/registry';
export { checkDesign } from './report/checks';
export type { Invariant } from './invariants/invariant';
export { InvariantViolation } from './invariants/invariant';
export { BUILTIN_INVARIANTS } from './invariants/builtin';
// Building blocks for kits.
export { Network, SAME_SITE_RTT_MS, type Partition } from './network/network';
export { SimProcess, type ProcessTiming } from './primitives/process';
export { Membership, type MembershipTiming, type MembershipHandlers } from './primitives/membership';
export { Assignment, timingFromBeats, type AssignmentOptions } from './primitives/assignment';
export { RestartManager, NODE_MANAGER_POLICY, type RestartPolicy } from './primitives/restartManager';
export { LoadBalancer, OTD_HEALTH_CHECK, processMember, type HealthCheckTiming, type Routing, type LbMember, type Route } from './primitives/loadBalancer';
export { RetryingClient, MAIL_DB_RETRY, type RetryPolicy, type RequestResult } from './primitives/retryingClient';
export { Workload, evaluate as evaluateWorkload, WORKLOAD_TICK_MS, type WorkloadSpec, type WorkloadStats, type RequestPath } from './primitives/workload';
// The live view (issue 7): fault scripts as files, the report's takeover phases, the WebLogic RTT sweep.
export { validateFaultScript, FAULT_SCRIPT_VERSION, type FaultScript, type ScriptResult } from './faults/script';
export type { EventMeta, EventMetaTable, Lane, Phase, TimelinePhase, TimingRef } from './report/contract';
export { EVENT_META, metaOf } from './kits/registry';
export { timingsOf, type ParamTiming } from './report/timing';
export type { RunReport, FaultReport, LaneReport, LaneStep, Finding } from './report/report';
export { SUPPORTED_RTT_MS } from './kits/weblogic/throughput';
export { rttSweep, DEFAULT_SWEEP_RTTS_MS, type RttSweep, type RttSweepPoint } from './sim/sweep';
export { restUrlTargets } from './kits/ontime/operator';
