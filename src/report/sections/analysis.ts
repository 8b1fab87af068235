import { type SweepCell } from '../../engine';
import { describeFault } from '../../ui/timeline/describeEvent';
import type { Ctx } from '../context';
import { badge, esc, section, table } from '../html';

function cell(ctx: Ctx, c: SweepCell | undefined): string {
  const { t, f } = ctx;
  if (!c || c.impactMs === 0) return c?.verdict ? badge('pass', t('drill.result.pass')) : '—';
  const text = [f.duration(c.impactMs), c.downUntilRepair ? t('drill.sweep.untilRepair') : '', c.relapsed ? t('drill.sweep.relapsed') : '', c.dataLostMs > 0 ? t('drill.sweep.lost', { lost: f.duration(c.dataLostMs) }) : ''].filter(Boolean).join(' ');
  const verdict = !c.verdict ? '' : c.verdict.pass ? ` ${badge('pass', t('drill.result.pass'))}` : ` ${badge('fail', t('drill.result.fail'))}`;
  return `${esc(text)}${verdict}`;
}

/** The single-failure matrix: failures (worst first) × services. */
function sweepHtml(ctx: Ctx): string {
  const m = ctx.input.analysis?.sweep;
  if (!m) return '';
  const { t, f } = ctx;
  const intro = t('drill.sweep.intro', { count: f.number(m.rows.length), seed: m.seed, warmup: f.duration(m.window.warmupMs), hold: f.duration(m.window.holdMs), settle: f.duration(m.window.settleMs) });
  const rows = m.rows.map((r) => [esc(describeFault(t, r.failure.fault, ctx.name)), ...m.services.map((s) => cell(ctx, r.cells[s]))]);
  return section('sweep', t('drill.section.sweep'), `<p>${esc(intro)}</p>\n${table([t('drill.sweep.failure'), ...m.services.map(ctx.name)], rows, 'matrix')}`, true);
}

/** Availability per service with its 95 % interval, and each component's share of the downtime. */
function availabilityHtml(ctx: Ctx): string {
  const r = ctx.input.analysis?.availability;
  if (!r) return '';
  const { t, f } = ctx;
  const intro = t('drill.availability.intro', { years: f.number(r.years), seed: r.seed, failures: f.number(r.failures), runs: f.number(r.engineRuns) });
  const rows = r.services.map((s) => [
    esc(ctx.name(s.service)),
    esc(f.percent(s.availability, 4)),
    esc(`${f.percent(s.ci95[0], 4)} – ${f.percent(s.ci95[1], 4)}`),
    esc(s.nines === null ? t('drill.availability.neverDown') : f.number(s.nines, 2)),
    esc(f.duration(Math.round(s.downtimeHoursPerYear * 3600) * 1000)),
    esc(f.number(s.outagesPerYear, 2)),
    esc(f.percent(s.analytic, 4)),
  ]);
  const why = r.services.map((s) => `<li><strong>${esc(ctx.name(s.service))}</strong>: ${esc(s.why.map((k) => t(k)).join(' '))}</li>`).join('');
  const crit = r.criticality.filter((c) => c.share > 0).map((c) => [esc(ctx.name(c.component)), esc(f.percent(c.share, 1))]);
  const body = [
    `<p>${esc(intro)}</p>`,
    table([t('drill.targets.service'), t('drill.availability.availability'), t('drill.availability.ci'), t('drill.availability.nines'), t('drill.availability.downtime'), t('drill.availability.outages'), t('drill.availability.analytic')], rows),
    `<ul>${why}</ul>`,
    crit.length > 0 ? `<h3>${esc(t('drill.availability.criticality'))}</h3>${table([t('drill.availability.component'), t('drill.availability.share')], crit)}` : '',
  ];
  return section('availability', t('drill.section.availability'), body.join('\n'), true);
}

/** The comparison with another design: the same failures and seed, in two columns, differences marked. */
function compareHtml(ctx: Ctx): string {
  const given = ctx.input.analysis?.comparison;
  if (!given) return '';
  const { t, f } = ctx;
  const c = given.result;
  const mark = (differs: boolean) => (differs ? badge('fail', t('drill.compare.differs')) : '');
  const summary = (s: (typeof c.services)[number]['a']) =>
    s ? esc(t('drill.compare.summary', { hurt: f.number(s.failuresHurting), repair: f.number(s.downUntilRepair), worst: f.duration(s.worstImpactMs), missed: f.number(s.targetsMissed), checked: f.number(s.targetsChecked) })) + (s.availability ? ` · ${esc(f.percent(s.availability.availability, 4))}` : '') : '—';
  const services = table([t('drill.targets.service'), `A: ${c.names[0]}`, `B: ${c.names[1]}`, ''], c.services.map((s) => [esc(ctx.name(s.service)), summary(s.a), summary(s.b), mark(s.differs)]));
  const side = (x: { worstImpactMs: number; missed: number } | undefined) => (x ? esc(`${f.duration(x.worstImpactMs)}${x.missed > 0 ? ` (${t('drill.compare.missed', { n: f.number(x.missed) })})` : ''}`) : esc(t('drill.compare.absent')));
  const failures = table([t('drill.sweep.failure'), 'A', 'B', ''], c.failures.map((r) => [esc(r.id), side(r.a), side(r.b), mark(r.differs)]));
  const findings = table([t('drill.checks.id'), t('drill.checks.finding'), 'A', 'B', ''], c.findings.map((r) => {
    const x = (r.a ?? r.b)!;
    return [esc(x.ref), esc(t(x.messageKey, x.params ?? {})), r.a ? '✓' : '—', r.b ? '✓' : '—', mark(r.differs)];
  }));
  const body = [`<p>${esc(t('drill.compare.intro', { a: c.names[0], b: c.names[1], seed: c.seed }))}</p>`, services, `<h3>${esc(t('drill.compare.failures'))}</h3>`, failures, `<h3>${esc(t('drill.section.checks'))}</h3>`, findings];
  return section('compare', t('drill.section.compare'), body.join('\n'), true);
}

/** The analyses that were computed, each in its own section (none when none was). */
export function analysisHtml(ctx: Ctx): string {
  return [sweepHtml(ctx), availabilityHtml(ctx), compareHtml(ctx)].filter(Boolean).join('\n');
}
