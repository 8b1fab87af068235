/** The public API of the engine: everything the worker, the UI, the CLI and the tests may use. */
export { Simulation, METRIC_INTERVAL_MS, type Frame, type SimulationOptions } from './sim/simulation';
export type { NodeView, NodeStatus, Note, RelationView, MetricSample } from './sim/view';
export type { SimEvent, SimEventType, ProcessState } from './events';
export { idsOf } from './events';
export type { Fault, FaultKind } from './faults/catalogue';
export { SCHEMA_VERSION, type DesignDoc, type DesignNode, type DesignSite, type DesignLink, type DesignRelation, type DesignCluster } from './design/schema';
export { validateDesign, formatIssue, type DesignIssue, type DesignResult } from './design/validate';
export type { ParamSpec } from './params';
export { ONTIME_SERVER_PARAMS } from './kits/ontime/params';
export type { Kit, NodeKindSpec, RelationKindSpec, DesignFinding, Severity, KindGroup } from './kits/kit';
export { KITS, NODE_KINDS, RELATION_KINDS } from './kits/registry';
export { checkDesign } from './report/checks';
