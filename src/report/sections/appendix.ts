import { NODE_KINDS } from '../../engine';
import { paramNameKey, unitKey } from '../../ui/inspector/paramLabels';
import type { Ctx } from '../context';
import { esc, section, table } from '../html';

/** A parameter set to something other than its kind's default: the numbers a change board asks about. */
interface ChangedParam {
  node: string;
  key: string;
  value: string;
  defaultValue: string;
  source: string;
  ref: string;
}

function changedParams(ctx: Ctx): ChangedParam[] {
  const { t, f, design } = ctx;
  const out: ChangedParam[] = [];
  for (const node of design.nodes) {
    const kind = NODE_KINDS.get(node.kind);
    for (const [key, value] of Object.entries(node.params)) {
      const spec = kind?.params.find((p) => p.key === key);
      const choice = kind?.choices?.find((c) => c.key === key);
      const unit = (n: number) => (spec && spec.unit === 'ms' ? f.duration(n) : `${f.number(n)} ${spec ? t(unitKey(spec.unit)) : ''}`.trim());
      if (spec && typeof value === 'number' && value !== spec.default) {
        out.push({ node: node.name, key, value: unit(value), defaultValue: unit(spec.default), source: t(`editor.source.${spec.source}`), ref: spec.ref ?? '' });
      } else if (choice && String(value) !== choice.default) {
        out.push({ node: node.name, key, value: String(value), defaultValue: choice.default, source: '—', ref: choice.ref ?? '' });
      } else if (!spec && !choice) {
        // Not a parameter of the kind (an older file's setting the engine ignores): listed so nothing is hidden.
        out.push({ node: node.name, key, value: Array.isArray(value) ? value.join(', ') : String(value), defaultValue: '—', source: t('drill.appendix.unknownParam'), ref: '' });
      }
    }
  }
  return out;
}

/** The parameters that differ from their defaults, with their sources; then the whole event log. */
export function appendixHtml(ctx: Ctx): string {
  const { t, f, input } = ctx;
  const params = changedParams(ctx);
  const paramTable = params.length === 0
    ? `<p>${esc(t('drill.appendix.allDefaults'))}</p>`
    : table(
        [t('drill.appendix.node'), t('drill.appendix.param'), t('drill.appendix.value'), t('drill.appendix.default'), t('drill.appendix.source'), t('drill.appendix.ref')],
        params.map((p) => [esc(p.node), esc(t(paramNameKey(p.key), { defaultValue: p.key })), esc(p.value), esc(p.defaultValue), esc(p.source), esc(p.ref)]),
      );
  const events = table(
    [t('drill.appendix.time'), '#', t('drill.appendix.event'), t('drill.appendix.cause')],
    input.run.events.map((e) => [esc(f.clock(e.t)), esc(String(e.id)), `${esc(ctx.sentence(e))} <small>${esc(e.type)}</small>`, e.cause === null ? '' : `#${e.cause}`]),
    'events',
  );
  const body = [`<h3>${esc(t('drill.appendix.params'))}</h3>`, paramTable, `<h3>${esc(t('drill.appendix.events', { count: f.number(input.run.events.length) }))}</h3>`, events];
  return section('appendix', t('drill.section.appendix'), body.join('\n'), true);
}
