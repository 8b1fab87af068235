import { useMemo, useState } from 'react';
import { Zap } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { FAULT_COMMANDS, faultOptions, targetOf } from './commands';
import { injectFault } from './inject';
import { actionLabel } from './label';
import { RttSlider } from './RttSlider';

function shortcutOf(optionId: string): string | undefined {
  return FAULT_COMMANDS.find((c) => optionId === c.id || optionId.startsWith(`${c.id}:`))?.shortcut?.toUpperCase();
}

/**
 * The fault toolbar: pick what to break (the selected node by default: a node, a site or a link) and inject
 * any outage the registry offers on it. Shortcuts are shown and announced.
 */
export function FaultToolbar() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const nodeViews = useAppStore((s) => s.nodeViews);
  const selected = useAppStore((s) => s.selectedNodeId);
  const select = useAppStore((s) => s.select);
  const script = useAppStore((s) => s.script);
  // Whole seconds are enough to know what is down; the toolbar need not re-render on every frame.
  const second = useAppStore((s) => Math.floor(s.timeMs / 1000));
  const [picked, setPicked] = useState<string | null>(null);
  // Selecting a node on the canvas makes it the target; the picker can point elsewhere until the next selection.
  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    setPicked(null);
  }
  const targetId = picked ?? selected;
  const target = targetOf(design, targetId);
  const timeMs = Math.max(second * 1000, script[script.length - 1]?.atMs ?? 0);
  const options = useMemo(() => (target ? faultOptions({ design, nodeViews, target, script, timeMs }) : []), [design, nodeViews, target, script, timeMs]);
  return (
    <div className="fault-toolbar" role="toolbar" aria-label={t('live.faults.toolbar')}>
      <Zap size={16} aria-hidden="true" className="fault-icon" />
      <label>
        {t('live.faults.target')}
        <select
          value={target?.id ?? ''}
          onChange={(e) => {
            const id = e.target.value || null;
            setPicked(id);
            // Picking a node here selects it too: the inspector and the keyboard shortcuts follow.
            if (id && design.nodes.some((n) => n.id === id)) {
              setLastSelected(id);
              select(id);
            }
          }}
        >
          <option value="">{t('live.faults.pick')}</option>
          <optgroup label={t('live.faults.nodes')}>
            {design.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </optgroup>
          {design.sites.length > 0 && (
            <optgroup label={t('live.faults.sites')}>
              {design.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
          {design.links.length > 0 && (
            <optgroup label={t('live.faults.links')}>
              {design.links.map((l) => (
                <option key={l.id} value={l.id}>
                  {`${design.sites.find((s) => s.id === l.a)?.name ?? l.a} ↔ ${design.sites.find((s) => s.id === l.b)?.name ?? l.b}`}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <div className="fault-buttons">
        {!target && <span className="muted">{t('live.faults.hint')}</span>}
        {target && options.length === 0 && <span className="muted">{t('live.faults.none')}</span>}
        {options.map((option) => {
          const key = shortcutOf(option.id);
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
