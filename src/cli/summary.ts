import { type DesignDoc, type DesignFinding, type Fault, type RunResult, type Finding, type FaultReport, type ImpactInterval, type LaneReport, formatDuration } from '../engine';
import { sentenceMaker } from './eventLog';
import { text } from './english';

function namer(design: DesignDoc): (id: string) => string {
  const names = new Map<string, string>();
  for (const s of design.sites) names.set(s.id, s.name);
  for (const n of design.nodes) names.set(n.id, n.name);
  return (id) => id.split('+').map((part) => names.get(part) ?? part).join(' + ');
}

export function describeFault(fault: Fault, name: (id: string) => string): string {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fault)) {
    if (typeof value === 'string') params[key] = key === 'process' ? text(`process.${value}`).replace(/^process\./, '') : name(value);
    else if (Array.isArray(value)) params[key] = value.map((v) => name(String(v))).join(' + ');
    else params[key] = value;
  }
  return text(`fault.${fault.kind}`, params);
}

const ms = (v: number) => formatDuration(v);
const at = (v: number) => (v === 0 ? '0s' : ms(v));

function impactLine(i: ImpactInterval, faultAt: number, name: (id: string) => string): string {
  const end = i.toMs === null ? 'still at the end' : `+${at(i.toMs - faultAt)} (${ms(i.toMs - i.fromMs)})`;
  return `${name(i.service)} ${i.kind} from +${at(i.fromMs - faultAt)} to ${end}`;
}

const notBack = 'not back by the end of the run';

function laneLines(lane: LaneReport, sentence: Sentence): string[] {
  const back = lane.rtoMs === null ? notBack : lane.interrupted ? `back after ${at(lane.rtoMs)}` : 'not interrupted';
  const lines = [`    ${text(`report.lane.${lane.lane}`)}: ${back}`];
  for (const step of lane.steps) {
    const undoes = step.credit === 'undoes' ? ' (undoes this fault\'s takeover)' : '';
    lines.push(`      +${at(step.afterMs)} ${text(`report.phase.${step.phase}`)}: ${sentence(step.eventId)}${undoes}`);
  }
  return lines;
}

function findingLines(findings: readonly Finding[], sentence: Sentence, indent: string): string[] {
  return findings.map((f) => `${indent}+${at(f.afterMs)} ${text('report.phase.finding')}: ${sentence(f.eventId)}`);
}

/** An event of the run as a sentence, by id. */
type Sentence = (eventId: number) => string;

function faultBlock(f: FaultReport, name: (id: string) => string, sentence: Sentence): string[] {
  const lines = [`  at ${at(f.atMs)}: ${describeFault(f.fault, name)}`];
  const rto = f.rtoMs === null ? notBack : at(f.rtoMs);
  const headline = f.serviceRestoredMs === null ? notBack : at(f.serviceRestoredMs);
  lines.push(`    service back after ${headline} (RTO of every impact ${rto}); RPO ${f.rpoMs === 0 ? '0 (no data lost)' : ms(f.rpoMs)}`);
  if (f.impacts.length === 0) lines.push('    no service hurt');
  else f.impacts.forEach((i) => lines.push(`    ${impactLine(i, f.atMs, name)}`));
  const losses = Object.entries(f.losses).map(([key, n]) => `${key} +${round(n)}`);
  if (losses.length > 0) lines.push(`    losses until the next fault: ${losses.join(', ')}`);
  for (const lane of f.lanes) lines.push(...laneLines(lane, sentence));
  if (f.findings.length > 0) lines.push('    findings:', ...findingLines(f.findings, sentence, '      '));
  return lines;
}

function findingLine(f: DesignFinding): string {
  return `  ${f.severity.toUpperCase()} ${f.ref} ${text(f.messageKey, f.params)} [${f.nodes.join(', ')}]`;
}

/** The human summary printed by `npm run sim`. */
export function summaryText(design: DesignDoc, result: RunResult, findings: readonly DesignFinding[], wallMs: number): string {
  const name = namer(design);
  const { report } = result;
  const byId = new Map(result.events.map((e) => [e.id, e]));
  const say = sentenceMaker(design);
  const sentence: Sentence = (id) => {
    const event = byId.get(id);
    return event ? say(event) : `#${id}`;
  };
  const lines = [
    `Failover Lab: "${design.name}", seed ${result.seed}, ${ms(report.untilMs)} simulated in ${(wallMs / 1000).toFixed(2)} s`,
    `${report.eventCount} events, event-log hash ${result.eventHash}`,
  ];
  lines.push(findings.length === 0 ? 'Design checks: nothing to report' : 'Design checks:', ...findings.map(findingLine));
  lines.push(report.faults.length === 0 ? 'No faults injected (use --faults script.json).' : 'Faults:');
  for (const f of report.faults) lines.push(...faultBlock(f, name, sentence));
  if (report.findings.length > 0) lines.push('Findings no fault caused:', ...findingLines(report.findings, sentence, '  '));
  if (report.unattributed.length > 0) lines.push('Impacts before any fault:', ...report.unattributed.map((i) => `  ${impactLine(i, 0, name)}`));
  const metrics = Object.entries(report.metrics);
  if (metrics.length > 0) {
    lines.push('Metrics (min / mean / max):');
    for (const [key, m] of metrics) lines.push(`  ${key}: ${round(m.min)} / ${round(m.mean)} / ${round(m.max)}`);
  }
  return lines.join('\n');
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000);
