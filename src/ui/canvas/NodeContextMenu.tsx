import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { nodeActions } from '../faults/nodeActions';
import { sendToSimulation } from '../sim/simBridge';

/** The right-click menu of a node: the outages that can be injected on it now. */
export function NodeContextMenu() {
  const { t } = useTranslation();
  const menu = useAppStore((s) => s.contextMenu);
  const close = useAppStore((s) => s.openContextMenu);
  const node = useAppStore((s) => (menu ? s.design.nodes.find((n) => n.id === menu.nodeId) : undefined));
  const view = useAppStore((s) => (menu ? s.nodeViews[menu.nodeId] : undefined));
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [menu]);

  if (!menu || !node) return null;
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('action.menu', { node: node.name })}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(e) => e.key === 'Escape' && close(null)}
    >
      {nodeActions(node, view).map((action) => (
        <button
          key={action.id}
          type="button"
          role="menuitem"
          onClick={() => {
            sendToSimulation({ type: 'inject', fault: action.fault });
            close(null);
          }}
        >
          {t(action.labelKey)}
        </button>
      ))}
    </div>
  );
}
