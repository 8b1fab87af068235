import type { Ctx } from '../context';
import { designSvg } from '../designSvg';
import { badge, esc, section, table } from '../html';
import { checkDesign } from '../../engine';

/** The design picture, its links and its recovery targets. */
export function designHtml(ctx: Ctx): string {
  const { t, f, design } = ctx;
  const links = design.links.length === 0 ? '' : table(
    [t('drill.design.link'), t('drill.design.rttCol'), t('drill.design.jitter')],
    design.links.map((l) => [esc(`${ctx.name(l.a)} ↔ ${ctx.name(l.b)}`), esc(f.duration(l.rttMs)), esc(f.duration(l.jitterMs))]),
  );
  const targets = design.targets ?? [];
  const targetTable = targets.length === 0
    ? `<p>${esc(t('drill.design.noTargets'))}</p>`
    : table(
        [t('drill.targets.service'), t('drill.targets.disruption'), t('drill.targets.rto'), t('drill.targets.rpo')],
        targets.map((x) => [esc(x.service === '*' ? t('drill.targets.every') : ctx.name(x.service)), esc(x.disruption ? t(`drill.disruption.${x.disruption}`) : t('drill.targets.any')), esc(f.duration(x.rtoMs)), esc(f.duration(x.rpoMs))]),
      );
  const counts = t('drill.design.counts', { sites: f.number(design.sites.length), nodes: f.number(design.nodes.length), clusters: f.number(design.clusters.length), links: f.number(design.links.length) });
  return section('design', t('drill.section.design'), [`<figure class="design">${designSvg(design, t, f)}</figure>`, `<p>${esc(counts)}</p>`, links, `<h3>${esc(t('drill.design.targets'))}</h3>`, targetTable].join('\n'), true);
}

/** Every design check that found something, with its behaviour ID, the nodes and the fix. */
export function checksHtml(ctx: Ctx): string {
  const { t } = ctx;
  const findings = checkDesign(ctx.design);
  const body = findings.length === 0
    ? `<p>${badge('pass', t('drill.checks.clean'))} ${esc(t('drill.checks.none'))}</p>`
    : table(
        [t('drill.checks.severity'), t('drill.checks.id'), t('drill.checks.finding'), t('drill.checks.fix'), t('drill.checks.nodes')],
        findings.map((x) => [
          badge(x.severity === 'info' ? 'none' : 'fail', t(`drill.severity.${x.severity}`)),
          `<strong>${esc(x.ref)}</strong><br><small>${esc(x.checkId)}</small>`,
          esc(t(x.messageKey, x.params ?? {})),
          esc(t(x.fixKey, x.params ?? {})),
          esc(x.nodes.map(ctx.name).join(', ')),
        ]),
        'checks',
      );
  return section('checks', t('drill.section.checks'), body);
}
