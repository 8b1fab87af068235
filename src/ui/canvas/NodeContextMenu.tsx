import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeView } from '../../engine';
import { useAppStore } from '../../state/store';
import { faultOptions, targetOf } from '../../commands/faults';
import { injectFault } from '../faults/inject';
import { actionLabel } from '../faults/label';
import { RttSlider } from '../faults/RttSlider';
import { nameLookup } from '../timeline/describeEvent';

const NO_VIEWS: Readonly<Record<string, NodeView>> = {};

/** The right-click menu of a node, a site or a link: the outages that can be injected on it now. */
export function NodeContextMenu() {
  const { t } = useTranslation();
  const menu = useAppStore((s) => s.contextMenu);
  const close = useAppStore((s) => s.openContextMenu);
  const design = useAppStore((s) => s.design);
  // Only while open: a closed menu must not re-render on every frame that changes a node.
  const nodeViews = useAppStore((s) => (s.contextMenu ? s.nodeViews : NO_VIEWS));
  const net = useAppStore((s) => s.net);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  const target = menu ? targetOf(design, menu.nodeId) : null;
  if (!menu || !target) return null;
  const options = faultOptions({ design, nodeViews, target, net });
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('action.menu', { node: nameLookup(design)(target.id) })}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(e) => e.key === 'Escape' && close(null)}
    >
      {options.length === 0 && <div className="muted menu-empty">{t('live.faults.none')}</div>}
      {options.map((option) => (
        <button
          key={option.id}
          type="button"
          role="menuitem"
          onClick={() => {
            injectFault(option.fault);
            close(null);
          }}
        >
          {actionLabel(t, option)}
        </button>
      ))}
      {target.type === 'link' && <RttSlider linkId={target.id} />}
    </div>
  );
}
