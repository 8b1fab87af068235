import { memo, useMemo } from 'react';
import { Zap } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { type DesignDoc, type NodeView, idTable } from '../../engine';
import { faultTarget, targetOf, type FaultContext, type FaultOption } from '../../commands/faults';
import { COMMANDS } from '../../commands/registry';
import { select } from '../../state/editorView';
import { injectFault } from './inject';
import { actionLabel } from './label';
import { RttSlider } from './RttSlider';
import { nameLookup } from '../timeline/describeEvent';

const NO_VIEWS: Readonly<Record<string, NodeView>> = idTable();

/**
 * Every option on the target, each with the key that injects it: only the first option of a command is the one its
 * key means (one process per command, so a key never names two buttons; a one-way partition: the first direction).
 */
function keyedOptions(ctx: FaultContext): { option: FaultOption; key: string | undefined }[] {
  return COMMANDS.flatMap((c) => (c.options?.(ctx) ?? []).map((option, i) => ({ option, key: i === 0 ? c.keys[0] : undefined })));
}

/**
 * Picking a target selects it, as a click on the canvas would: it is highlighted, the inspector shows it and
 * the keyboard shortcuts act on it.
 */
function pickTarget(design: DesignDoc, id: string | null): void {
  const link = id !== null && design.links.some((l) => l.id === id);
  select(id === null || link ? [] : [id], link ? [id!] : []);
}

/** One group of targets in the picker (nothing when the design has none of that kind). */
function TargetGroup({ label, ids, name }: { label: string; ids: readonly string[]; name: (id: string) => string }) {
  if (ids.length === 0) return null;
  return (
    <optgroup label={label}>
      {ids.map((id) => (
        <option key={id} value={id}>
          {name(id)}
        </option>
      ))}
    </optgroup>
  );
}

/** The targets to pick from: every node, site and link. Memoised: a large design has a thousand of them. */
const TargetOptions = memo(function TargetOptions({ design }: { design: DesignDoc }) {
  const { t } = useTranslation();
  // The same names as the event sentences (a link reads "Site 1 ↔ Site 2").
  const name = useMemo(() => nameLookup(design), [design]);
  return (
    <>
      <TargetGroup label={t('live.faults.nodes')} ids={design.nodes.map((n) => n.id)} name={name} />
      <TargetGroup label={t('live.faults.sites')} ids={design.sites.map((s) => s.id)} name={name} />
      <TargetGroup label={t('live.faults.links')} ids={design.links.map((l) => l.id)} name={name} />
    </>
  );
});

/**
 * The fault toolbar: pick what to break (the selected node by default: a node, a site or a link) and inject
 * any outage the registry offers on it. Shortcuts are shown and announced.
 */
export function FaultToolbar() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  // A new object only when the network changed: the toolbar need not re-render on every frame.
  const net = useAppStore((s) => s.net);
  // A string selector: the toolbar re-renders only when the target changes, not on every selection change.
  const targetId = useAppStore((s) => faultTarget(s.design, s.selection)?.id ?? null);
  const target = targetOf(design, targetId);
  // Without a target nothing here depends on the nodes' state: no re-render on every frame.
  const nodeViews = useAppStore((s) => (targetId ? s.nodeViews : NO_VIEWS));
  const options = useMemo(() => (target ? keyedOptions({ design, nodeViews, target, net }) : []), [design, nodeViews, target, net]);
  return (
    <div className="fault-toolbar" role="toolbar" aria-label={t('live.faults.toolbar')}>
      <Zap size={16} aria-hidden="true" className="fault-icon" />
      <label>
        {t('live.faults.target')}
        <select
          value={target?.id ?? ''}
          onChange={(e) => pickTarget(design, e.target.value || null)}
        >
          <option value="">{t('live.faults.pick')}</option>
          <TargetOptions design={design} />
        </select>
      </label>
      <div className="fault-buttons">
        {!target && <span className="muted">{t('live.faults.hint')}</span>}
        {target && options.length === 0 && <span className="muted">{t('live.faults.none')}</span>}
        {options.map(({ option, key }) => {
          return (
            <button key={option.id} type="button" aria-keyshortcuts={key} onClick={() => injectFault(option.fault)} title={key ? t('live.faults.shortcut', { key }) : undefined}>
              {actionLabel(t, option)}
              {key && <kbd aria-hidden="true">{key}</kbd>}
            </button>
          );
        })}
        {target?.type === 'link' && <RttSlider linkId={target.id} />}
      </div>
    </div>
  );
}
