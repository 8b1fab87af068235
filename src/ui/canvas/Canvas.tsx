import { useCallback, useMemo } from 'react';
import { Background, Controls, ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { designToEdges, designToNodes, liveEdges, type FlowNode } from './flow';
import { ServerNode } from './ServerNode';
import { SiteNode } from './SiteNode';
import { NodeContextMenu } from './NodeContextMenu';

// Module scope: a new nodeTypes object per render would remount every node.
const nodeTypes = { server: ServerNode, site: SiteNode };

export function Canvas() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const relations = useAppStore((s) => s.relations);
  const select = useAppStore((s) => s.select);
  const openContextMenu = useAppStore((s) => s.openContextMenu);

  const nodes = useMemo(() => designToNodes(design), [design]);
  const staticEdges = useMemo(() => designToEdges(design), [design]);
  const edges = useMemo(() => [...staticEdges, ...liveEdges(relations)], [staticEdges, relations]);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_e, node) => select(node.type === 'server' ? node.id : null), [select]);
  const onNodeContextMenu: NodeMouseHandler<FlowNode> = useCallback(
    (event, node) => {
      if (node.type !== 'server') return;
      event.preventDefault();
      select(node.id);
      openContextMenu({ nodeId: node.id, x: event.clientX, y: event.clientY });
    },
    [select, openContextMenu],
  );
  const onPaneClick = useCallback(() => {
    openContextMenu(null);
    select(null);
  }, [openContextMenu, select]);

  return (
    <section className="canvas" aria-label={t('panel.canvas')}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onNodeContextMenu={onNodeContextMenu}
        onPaneClick={onPaneClick}
        nodesDraggable={false}
        fitView
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
      <NodeContextMenu />
    </section>
  );
}
