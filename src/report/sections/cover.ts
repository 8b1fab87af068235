import { describeFault } from '../../ui/timeline/describeEvent';
import type { Ctx } from '../context';
import { esc } from '../html';
import { drillVerdict } from '../verdicts';

/** The one-paragraph verdict: were the targets met, and if not, which recoveries missed and why. */
export function verdictText(ctx: Ctx): { tone: 'pass' | 'fail' | 'none'; text: string } {
  const { t, f, design, input } = ctx;
  const v = drillVerdict(design, input.run.report);
  if (v.faults === 0) return { tone: 'none', text: t('drill.verdict.noFaults') };
  const worst = v.worstRecoveredMs === null ? t('drill.verdict.worstNever') : f.duration(v.worstRecoveredMs);
  const measured = t('drill.verdict.measured', { faults: f.number(v.faults), worst });
  if (v.judged === 0) return { tone: 'none', text: `${measured} ${t('drill.verdict.noTargets')}` };
  if (v.missed.length === 0) return { tone: 'pass', text: `${measured} ${t('drill.verdict.met', { count: f.number(v.judged) })}` };
  const list = v.missed.map((m) => t('drill.verdict.missItem', { fault: `F${m.faultIndex + 1}`, service: ctx.name(m.service), why: m.verdict.misses.map((x) => t(`analysis.miss.${x}`)).join(t('drill.listJoin')) }));
  return { tone: 'fail', text: `${measured} ${t('drill.verdict.missed', { missed: f.number(v.missed.length), count: f.number(v.judged), list: list.join(t('drill.listJoin')) })}` };
}

/** The cover: what was drilled, when, how to reproduce it, and the verdict. */
export function coverHtml(ctx: Ctx): string {
  const { t, f, design, input } = ctx;
  const { run } = input;
  const verdict = verdictText(ctx);
  const faults = input.faults.map((x, i) => `<li>F${i + 1} ${esc(f.after(x.atMs))}: ${esc(describeFault(t, x.fault, ctx.name))}</li>`).join('');
  const rows: Array<[string, string]> = [
    [t('drill.cover.design'), esc(design.name)],
    [t('drill.cover.seed'), esc(String(run.seed))],
    [t('drill.cover.version'), esc(input.appVersion)],
    [t('drill.cover.window'), esc(f.duration(run.report.untilMs))],
    [t('drill.cover.events'), esc(t('drill.cover.eventsValue', { count: f.number(run.report.eventCount), hash: run.eventHash }))],
  ];
  return [
    '<header class="cover">',
    `<p class="kicker">${esc(t('app.title'))}</p>`,
    `<h1>${esc(t('drill.title'))}</h1>`,
    `<p class="design-name">${esc(design.name)}</p>`,
    design.description ? `<p class="description">${esc(design.description)}</p>` : '',
    // The date is the one line that differs between two reports of the same run: keep it on a line of its own.
    `<p class="date">${esc(t('drill.cover.date', { date: f.date(input.date, input.timeZone) }))}</p>`,
    `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<h2>${esc(t('drill.cover.faults'))}</h2>`,
    input.faults.length === 0 ? `<p>${esc(t('drill.cover.noFaults'))}</p>` : `<ol class="script">${faults}</ol>`,
    `<h2>${esc(t('drill.cover.verdict'))}</h2>`,
    `<p class="verdict ${verdict.tone}">${esc(verdict.text)}</p>`,
    `<p class="note">${esc(t('drill.cover.about'))}</p>`,
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}
