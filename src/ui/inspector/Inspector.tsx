import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { actionLabel } from '../faults/label';
import { nodeActions } from '../faults/nodeActions';
import { sendToSimulation } from '../sim/simBridge';

/** The selected node: what it is, its live state, and the outages that can be injected on it. */
export function Inspector() {
  const { t } = useTranslation();
  const selected = useAppStore((s) => s.selectedNodeId);
  const node = useAppStore((s) => s.design.nodes.find((n) => n.id === selected));
  const view = useAppStore((s) => (selected ? s.nodeViews[selected] : undefined));
  return (
    <section className="panel inspector" aria-label={t('panel.inspector')}>
      <h2>{t('panel.inspector')}</h2>
      {!node ? (
        <p className="muted">{t('inspector.empty')}</p>
      ) : (
        <>
          <h3>{node.name}</h3>
          <dl>
            <dt>{t('inspector.kind')}</dt>
            <dd>{t(`kind.${node.kind}`, { defaultValue: node.kind })}</dd>
            <dt>{t('inspector.status')}</dt>
            <dd>{view ? t(`status.${view.status}`) : '—'}</dd>
          </dl>
          <div role="group" aria-label={t('inspector.actions')} className="actions">
            {nodeActions(node, view).map((action) => (
              <button key={action.id} type="button" onClick={() => sendToSimulation({ type: 'inject', fault: action.fault })}>
                {actionLabel(t, action)}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
