import type { FaultReport, LaneReport, LaneStep, Phase } from '../../engine';
import { describeFault } from '../../ui/timeline/describeEvent';
import { describeTimings } from '../../ui/timeline/timings';
import type { Ctx } from '../context';
import { badge, esc, section, table } from '../html';
import { faultVerdicts, type ServiceVerdict } from '../verdicts';

/** The phases the lane table shows as columns: when it was detected, taken over, failed back. */
const COLUMNS: readonly Phase[] = ['failed', 'detected', 'tookOver', 'failedBack'];

function laneRow(ctx: Ctx, lane: LaneReport): string[] {
  const { t, f } = ctx;
  const at = (phase: Phase) => (lane.firstMs[phase] === undefined ? '—' : f.after(lane.firstMs[phase]!));
  const back = lane.rtoMs === null ? badge('fail', t('drill.fault.notBack')) : lane.interrupted ? esc(f.duration(lane.rtoMs)) : esc(t('drill.fault.notInterrupted'));
  return [esc(t(`report.lane.${lane.lane}`)), ...COLUMNS.map((p) => esc(at(p))), back];
}

function verdictCells(ctx: Ctx, v: ServiceVerdict): string[] {
  const { t, f } = ctx;
  const r = v.recovery;
  const recovered = r.recoveredMs === null ? t('drill.fault.notBack') : f.duration(r.recoveredMs);
  const target = v.verdict ? `${f.duration(v.verdict.target.rtoMs)} / ${f.duration(v.verdict.target.rpoMs)}` : '—';
  const result = !v.verdict
    ? badge('none', t('drill.result.noTarget'))
    : v.verdict.pass
      ? badge('pass', t('drill.result.pass'))
      : `${badge('fail', t('drill.result.fail'))} ${esc(v.verdict.misses.map((m) => t(`analysis.miss.${m}`)).join(t('drill.listJoin')))}`;
  return [esc(ctx.name(v.service)), esc(f.duration(r.impactMs)), esc(recovered), esc(f.duration(v.dataLostMs)), esc(target), result];
}

/** One key event: when, what, the event that caused it, and the parameters that timed it. */
function stepItem(ctx: Ctx, step: LaneStep | { afterMs: number; eventId: number; phase: Phase; credit?: string }): string {
  const { t, f } = ctx;
  const event = ctx.event(step.eventId);
  if (!event) return '';
  const cause = event.cause === null ? undefined : ctx.event(event.cause);
  const why = describeTimings(t, event, ctx.design);
  const parts = [
    `<span class="when">${esc(f.after(step.afterMs))}</span> <span class="phase">${esc(t(`report.phase.${step.phase}`))}</span> ${esc(ctx.sentence(event))}`,
    step.credit === 'undoes' ? ` <small>${esc(t('drill.fault.undoes'))}</small>` : '',
    cause ? `<br><small class="cause">${esc(t('drill.fault.because', { id: cause.id, cause: ctx.sentence(cause) }))}</small>` : '',
    why.length > 0 ? `<br><small class="why">${esc(t('drill.fault.timedBy', { params: why.join(t('drill.listJoin')) }))}</small>` : '',
  ];
  return `<li>${parts.join('')}</li>`;
}

function faultBlock(ctx: Ctx, fault: FaultReport, index: number): string {
  const { t, f, design, input } = ctx;
  const title = t('drill.fault.heading', { n: index + 1, at: f.after(fault.atMs), fault: describeFault(t, fault.fault, ctx.name) });
  const back = fault.serviceRestoredMs === null ? t('drill.fault.notBack') : f.duration(fault.serviceRestoredMs);
  const rto = fault.rtoMs === null ? t('drill.fault.notBack') : f.duration(fault.rtoMs);
  const summary = t('drill.fault.summary', { back, rto, rpo: f.duration(fault.rpoMs) });
  const hurt = fault.servicesHurt.length === 0 ? t('drill.fault.noHurt') : t('drill.fault.hurt', { services: fault.servicesHurt.map(ctx.name).join(t('drill.listJoin')) });
  const losses = Object.entries(fault.losses).map(([key, n]) => `${t(`live.chart.${key}`)} ${f.number(n, 0)}`);
  const verdicts = faultVerdicts(design, input.run.report, fault);
  const parts = [
    `<article class="fault" id="fault-${index + 1}">`,
    `<h3>${esc(title)}</h3>`,
    `<p class="headline">${esc(summary)}</p>`,
    `<p>${esc(hurt)}${losses.length > 0 ? ` ${esc(t('drill.fault.losses', { losses: losses.join(t('drill.listJoin')) }))}` : ''}</p>`,
  ];
  if (verdicts.length > 0) {
    parts.push(`<h4>${esc(t('drill.fault.targetsTitle'))}</h4>`);
    parts.push(table([t('drill.targets.service'), t('drill.fault.impaired'), t('drill.fault.recovered'), t('drill.fault.dataLost'), t('drill.fault.target'), t('drill.fault.result')], verdicts.map((v) => verdictCells(ctx, v)), 'verdicts'));
  }
  if (fault.lanes.length > 0) {
    parts.push(`<h4>${esc(t('drill.fault.lanesTitle'))}</h4>`);
    parts.push(table([t('drill.fault.lane'), ...COLUMNS.map((p) => t(`report.phase.${p}`)), t('drill.fault.backAfter')], fault.lanes.map((l) => laneRow(ctx, l)), 'lanes'));
    parts.push(`<h4>${esc(t('drill.fault.keyEvents'))}</h4>`);
    for (const lane of fault.lanes) parts.push(`<p class="lane-name">${esc(t(`report.lane.${lane.lane}`))}</p><ul class="steps">${lane.steps.map((s) => stepItem(ctx, s)).join('')}</ul>`);
  }
  if (fault.findings.length > 0) {
    parts.push(`<h4>${esc(t('drill.fault.findings'))}</h4>`, `<ul class="steps">${fault.findings.map((x) => stepItem(ctx, { ...x, phase: 'finding' })).join('')}</ul>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** Each fault of the script: what it hurt, the targets, the lanes, the key events with their causes. */
export function faultsHtml(ctx: Ctx): string {
  const { t } = ctx;
  const { report } = ctx.input.run;
  if (report.faults.length === 0) return section('faults', t('drill.section.faults'), `<p>${esc(t('drill.cover.noFaults'))}</p>`, true);
  const extra = report.findings.length === 0 ? '' : `<h3>${esc(t('drill.fault.runFindings'))}</h3><ul class="steps">${report.findings.map((x) => stepItem(ctx, { ...x, phase: 'finding' })).join('')}</ul>`;
  return section('faults', t('drill.section.faults'), report.faults.map((fault, i) => faultBlock(ctx, fault, i)).join('\n') + extra, true);
}
