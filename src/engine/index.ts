/**
 * The public API of the engine: everything the worker, the UI, the state, the commands and the CLI may use (and
 * their tests). A lint rule (eslint.config.js, "engine only through its public API") refuses any deeper import
 * from outside src/engine, so what is not exported here is the engine's own business.
 */
export { Simulation, METRIC_INTERVAL_MS, replay, type Frame, type SimulationOptions, type TimedFault } from './sim/simulation';
export { liveEdits } from './sim/liveEdits';
export { EMPTY_NET } from './sim/view';
export { looksUp, type NodeView, type NodeStatus, type Note, type RelationView, type MetricSample, type NetView, type LinkView, type LinkTraffic, type PartitionView } from './sim/view';
export { sampleRecords, concatSamples, downsample, EMPTY_SAMPLES, type SampleBlock, type SampleRow } from './sim/samples';
export type { World } from './sim/world';
export { ClaimRegistry } from './sim/claims';
export type { SimEvent, SimEventType, ProcessState } from './events';
export { idsOf } from './events';
export { faultSchema, faultSubject, FAULT_KINDS, type Fault, type FaultKind } from './faults/catalogue';
export { SCHEMA_VERSION, storySchema, storyStepSchema, type DesignDoc, type DesignNode, type DesignSite, type DesignLink, type DesignRelation, type DesignCluster, type Story, type StoryStep, type Bilingual } from './design/schema';
export { formatIssue, type DesignIssue, type DesignResult } from './design/validate';
export type { Repaired } from './design/repair';
export type { KindCatalog } from './design/kindCatalog';
export { validateDesign, repairStoredDesign, storyIssuesOn } from './documents';
export { parseJsonText, withoutBom, type JsonTextResult } from './design/jsonText';
export { designJsonSchemaText, faultScriptJsonSchemaText } from './jsonSchema';
export { idTable } from './idTable';
export { runScenario, type RunOptions, type RunResult } from './sim/run';
export { hashEvents } from './sim/eventHash';
export { parseDuration, formatDuration, DURATION_HINT, MAX_DURATION_TEXT } from './faults/duration';
export { isWholeUnit, type ParamSpec } from './params';
export type { Kit, KitInfo, NodeKindSpec, RelationKindSpec, ClusterKindSpec, DesignFinding, Severity, KindGroup, OperatorAction, OperatorOption, ActionTarget } from './kits/kit';
export { KITS } from './kits/registry';
export { KIT_INFOS, NODE_KINDS, RELATION_KINDS, CLUSTER_KINDS, clusterKindsFor } from './kits/catalog';
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
export { EVENT_META, metaOf } from './kits/catalog';
export { timingsOf, type ParamTiming } from './report/timing';
export type { RunReport, FaultReport, LaneReport, LaneStep, Finding, ImpactInterval } from './report/report';
export { faultLanes, type FaultLanes } from './report/faultLanes';
export { restores } from './report/lanes';
export { DISRUPTING_PHASES, RESTORING_PHASES } from './report/contract';
export { SUPPORTED_RTT_MS } from './kits/weblogic/throughput';
export { rttSweep, type RttSweep, type RttSweepPoint } from './sim/sweep';
export { DEFAULT_SWEEP_RTTS_MS } from './sim/sweepRtts';
// Analyses (issue 13): recovery per single failure, availability, comparison of two designs.
export { singleFailures } from './analysis/failures';
export { sweepFailures, type SweepCell, type SweepMatrix } from './analysis/sweep';
export { availability, type AvailabilityResult } from './analysis/availability';
export { compareDesigns, type Comparison, type ServiceSummary } from './analysis/compare';
export type { Progress } from './analysis/progress';
export { serviceOutcomes, type ServiceOutcome, type ServiceInterval } from './analysis/outcome';
export { recoveryOf, type Recovery } from './analysis/recovery';
export { disruptionOf, evaluateRecovery, targetFor, type Verdict } from './analysis/targets';
// Analyses as jobs of independent runs (issue 14: the app's worker pool and the CLI's threads), and what the UI shows of them.
export { DISRUPTION_KINDS, type DisruptionKind, type RecoveryTarget } from './design/schema';
export { analysisText } from './analysis/analysisText';
export { runTask, planJob, runJobSerial, requestKey, type AnalysisJob, type AnalysisRequest, type AnalysisResult, type AnalysisTask, type TaskResult } from './analysis/jobs';
export { AnalysisCancelled } from './analysis/progress';
export { pairCount, pairFailures } from './analysis/failures';
export type { FailureCase } from './analysis/failureCase';
export type { FailureWindow, SweepRow } from './analysis/sweep';
export { componentsOf, faultsOf, type Component, type ComponentElement, type ServiceAvailability } from './analysis/availability';
export { LINK_RELIABILITY, SITE_RELIABILITY, type ElementReliability } from './kits/reliability';
// Lessons (issue 15 §3): predict-then-reveal questions checked against a run, variants drawn from the student's seed.
export { validateLesson, prepareLesson, designFor, type LessonResult, type PreparedLesson, type PreparedStep, type PreparedQuestion } from './lessons/lesson';
export { checkAnswer, parseAnswerNumber, type AnswerVerdict } from './lessons/answer';
export { LESSON_TYPE, LESSON_VERSION, type LessonFile, type AnswerSpec, type Measure } from './lessons/schema';
export { pickVariant, type Variant, type PlaceholderValues } from './lessons/variant';
export type { MeasuredValue } from './lessons/measures';
