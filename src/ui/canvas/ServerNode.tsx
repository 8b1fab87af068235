import { memo } from 'react';
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import type { ServerFlowNode } from './flow';
import { STATUS_ICONS } from './icons';
import { kindIcon } from '../palette/kinds';
import { selectNoDetail } from './overview';
import { useSpotlit } from '../presenter/useSpotlit';
import { CanvasIcon } from './CanvasIcon';

/**
 * A server on the canvas. It subscribes to its own live view only, so a frame that changes one node
 * re-renders one node. State is shown by colour and by an icon and a word.
 */
export const ServerNode = memo(function ServerNode({ id, data }: NodeProps<ServerFlowNode>) {
  const { t } = useTranslation();
  // Zoomed out to an overview, only the state is drawn: a change of notes alone does not re-render the node.
  const noDetail = useStore(selectNoDetail);
  const status = useAppStore((s) => s.nodeViews[id]?.status ?? 'running');
  const notes = useAppStore((s) => (noDetail ? undefined : s.nodeViews[id]?.notes));
  // A boolean selector: picking an event in the timeline re-renders only the nodes it involves.
  const highlighted = useAppStore((s) => s.focus?.nodes.includes(id) ?? false);
  const spotlit = useSpotlit(id);

  return (
    <div className={`server-node status-${status}${highlighted ? ' highlighted' : ''}${spotlit ? ' spotlit' : ''}`} data-status={status} data-highlighted={highlighted || undefined}>
      <Handle type="target" position={Position.Top} aria-label={t('editor.flow.handleTop', { name: data.name })} />
      <div className="server-head">
        <CanvasIcon icon={kindIcon(data.kind)} className="kind-icon" size={16} />
        <span className="server-name">{data.name}</span>
      </div>
      <div className="server-kind">{t(`kind.${data.kind}`, { defaultValue: data.kind })}</div>
      <div className="server-status" role="status">
        <CanvasIcon icon={STATUS_ICONS[status]} size={13} className={`status-icon icon-${status}`} /> {t(`status.${status}`)}
      </div>
      {highlighted && <div className="involved">{t('live.node.involved')}</div>}
      {notes?.map((note, i) => (
        <div key={i} className="server-note">
          {t(note.key, note.params)}
        </div>
      ))}
      <Handle type="source" position={Position.Bottom} aria-label={t('editor.flow.handleBottom', { name: data.name })} />
    </div>
  );
});
