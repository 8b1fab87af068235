import { useCallback, useMemo } from 'react';
import { Background, Controls, ReactFlow, type EdgeMouseHandler, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { designToEdges, designToNodes, type FlowNode } from './flow';
import { LiveEdge } from './live/LiveEdge';
import { liveEdges, withLiveEdges } from './live/liveEdges';
import { ServerNode } from './ServerNode';
import { SiteNode } from './SiteNode';
import { NodeContextMenu } from './NodeContextMenu';

// Module scope: a new nodeTypes object per render would remount every node.
const nodeTypes = { server: ServerNode, site: SiteNode };
const edgeTypes = { live: LiveEdge };

export function Canvas() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const relations = useAppStore((s) => s.relations);
  const select = useAppStore((s) => s.select);
  const openContextMenu = useAppStore((s) => s.openContextMenu);

  const nodes = useMemo(() => designToNodes(design), [design]);
  const staticEdges = useMemo(() => designToEdges(design), [design]);
  const edges = useMemo(() => [...withLiveEdges(design, staticEdges), ...liveEdges(relations)], [design, staticEdges, relations]);

  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((_e, node) => select(node.type === 'server' ? node.id : null), [select]);
  const onNodeContextMenu: NodeMouseHandler<FlowNode> = useCallback(
    (event, node) => {
      event.preventDefault();
      if (node.type === 'server') select(node.id);
      openContextMenu({ nodeId: node.id, x: event.clientX, y: event.clientY });
    },
    [select, openContextMenu],
  );
  // Links between sites carry faults too (cut, partition, RTT): the menu resolves the id.
  const onEdgeContextMenu: EdgeMouseHandler = useCallback(
    (event, edge) => {
      if (!design.links.some((l) => l.id === edge.id)) return;
      event.preventDefault();
      openContextMenu({ nodeId: edge.id, x: event.clientX, y: event.clientY });
    },
    [design, openContextMenu],
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
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
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
