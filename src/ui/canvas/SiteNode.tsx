import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps, type ResizeParams } from '@xyflow/react';
import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { edit } from '../editor/actions';
import { resizeSite } from '../editor/model/edits';
import type { SiteFlowNode } from './flow';
import { useSpotlit } from '../presenter/useSpotlit';

/**
 * A site (data centre): a container. Its title bar is the handle to select and move it; its body lets clicks and
 * box selection through to the canvas, so the servers inside stay easy to reach. Handles on its sides draw network
 * links to other sites.
 */
export const SiteNode = memo(function SiteNode({ id, data, selected }: NodeProps<SiteFlowNode>) {
  const { t } = useTranslation();
  const spotlit = useSpotlit(id);
  const onResizeEnd = (_e: unknown, p: ResizeParams) => edit((d) => resizeSite(d, id, p));
  return (
    <div className={`site-node${data.dropTarget ? ' drop-target' : ''}${selected ? ' selected' : ''}${spotlit ? ' spotlit' : ''}`}>
      <NodeResizer isVisible={selected && !data.locked} minWidth={200} minHeight={140} onResizeEnd={onResizeEnd} />
      <div className="site-header" title={t('editor.site.dragHint')}>
        <Building2 size={14} aria-hidden="true" /> <span className="site-name">{data.name}</span>
        {data.dropTarget && <span className="site-drop-hint">{t('editor.site.dropHere')}</span>}
      </div>
      <Handle type="source" position={Position.Right} id="right" className="site-handle" aria-label={t('editor.site.linkHandle', { site: data.name })} />
      <Handle type="source" position={Position.Left} id="left" className="site-handle" aria-label={t('editor.site.linkHandle', { site: data.name })} />
    </div>
  );
});
