import type { DesignDoc, DesignFinding, Fault } from '../engine';
import type { RunResult } from '../engine/sim/run';
import type { FaultReport, ImpactInterval } from '../engine/report/report';
import { formatDuration } from '../engine/faults/duration';
import { resources } from '../i18n/resources';

type Dict = { [key: string]: string | Dict };
const EN = resources.en.translation as Dict;

/** An English string of the app's dictionary, `{{param}}`s filled in (the CLI speaks English only). */
function text(key: string, params: Record<string, unknown> = {}): string {
  let node: string | Dict | undefined = EN;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? name));
}

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

function faultBlock(f: FaultReport, name: (id: string) => string): string[] {
  const lines = [`  at ${at(f.atMs)}: ${describeFault(f.fault, name)}`];
  if (f.impacts.length === 0) lines.push('    no service hurt');
  else f.impacts.forEach((i) => lines.push(`    ${impactLine(i, f.atMs, name)}`));
  const losses = Object.entries(f.losses).map(([key, n]) => `${key} +${round(n)}`);
  if (losses.length > 0) lines.push(`    losses until the next fault: ${losses.join(', ')}`);
  lines.push(`    RTO ${f.rtoMs === null ? 'not restored by the end of the run' : at(f.rtoMs)}; RPO ${f.rpoMs === 0 ? '0 (no data lost)' : ms(f.rpoMs)}`);
  for (const step of f.timeline) lines.push(`    +${at(step.afterMs)} ${step.phase}: ${step.type} (${name(step.subject)})`);
  return lines;
}

function findingLine(f: DesignFinding): string {
  return `  ${f.severity.toUpperCase()} ${f.ref} ${text(f.messageKey, f.params)} [${f.nodes.join(', ')}]`;
}

/** The human summary printed by `npm run sim`. */
export function summaryText(design: DesignDoc, result: RunResult, findings: readonly DesignFinding[], wallMs: number): string {
  const name = namer(design);
  const { report } = result;
  const lines = [
    `Failover Lab: "${design.name}", seed ${result.seed}, ${ms(report.untilMs)} simulated in ${(wallMs / 1000).toFixed(2)} s`,
    `${report.eventCount} events, event-log hash ${result.eventHash}`,
  ];
  lines.push(findings.length === 0 ? 'Design checks: nothing to report' : 'Design checks:', ...findings.map(findingLine));
  lines.push(report.faults.length === 0 ? 'No faults injected (use --faults script.json).' : 'Faults:');
  for (const f of report.faults) lines.push(...faultBlock(f, name));
  if (report.unattributed.length > 0) lines.push('Impacts before any fault:', ...report.unattributed.map((i) => `  ${impactLine(i, 0, name)}`));
  const metrics = Object.entries(report.metrics);
  if (metrics.length > 0) {
    lines.push('Metrics (min / mean / max):');
    for (const [key, m] of metrics) lines.push(`  ${key}: ${round(m.min)} / ${round(m.mean)} / ${round(m.max)}`);
  }
  return lines.join('\n');
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000);
