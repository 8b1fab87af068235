import { useCallback, useMemo, type DragEvent } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useStore,
  type EdgeMouseHandler,
  type NodeMouseHandler,
  type ReactFlowInstance,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslation } from 'react-i18next';
import { relationKindLabel } from '../palette/kinds';
import { useAppStore } from '../../state/store';
import { selectSyncing } from '../../state/simSlice';
import { saveView } from '../../state/persistence/session';
import { SITE_KIND } from '../editor/actions';
import { flowInstance, setFlowInstance } from '../editor/flowRef';
import { GRID, NODE_SIZE } from '../editor/model/geometry';
import { PALETTE_MIME } from '../palette/PaletteItem';
import { addPaletteItem } from '../palette/paletteActions';
import { flowAriaLabels } from './ariaLabels';
import { ClusterNode } from './ClusterNode';
import { designToEdges, designToNodes, type FlowNode } from './flow';
import { LiveEdge } from './live/LiveEdge';
import { LabelSpreader } from './live/LabelSpreader';
import { PresenterCamera } from '../presenter/PresenterCamera';
import { liveEdges, withLiveEdges } from './live/liveEdges';
import { nameLookup } from '../timeline/describeEvent';
import { NodeContextMenu } from './NodeContextMenu';
import { ServerNode } from './ServerNode';
import { SiteNode } from './SiteNode';
import { useConnect } from './useConnect';
import { useNodeChanges, withLocal } from './useNodeChanges';
import { useRestoreView } from './useRestoreView';
import { useStableElements } from './stableNodes';
import { LARGE_DESIGN_NODES } from './largeDesign';
import { selectOverview } from './overview';
import { select as selectItems } from '../../state/editorView';

// Module scope: a new nodeTypes object per render would remount every node.
const nodeTypes = { server: ServerNode, site: SiteNode, cluster: ClusterNode };
const edgeTypes = { live: LiveEdge };
const SNAP: [number, number] = [GRID, GRID];
const PAN_BUTTONS = [1, 2];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const onInit = (flow: ReactFlowInstance<FlowNode>) => setFlowInstance(flow);
const onMoveEnd = (_e: unknown, v: Viewport) => saveView({ x: v.x, y: v.y, zoom: v.zoom });

/** The design canvas: edit by dragging, connecting and selecting; the live simulation state is drawn on it. */
export function Canvas() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const relationShape = useAppStore((s) => s.relationShape);
  const openContextMenu = useAppStore((s) => s.openContextMenu);
  const selectedNodes = useAppStore((s) => s.selection.nodes);
  const selectedEdges = useAppStore((s) => s.selection.edges);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const showMinimap = useAppStore((s) => s.showMinimap);
  const readOnly = useAppStore((s) => s.readOnly);
  const initialView = useAppStore((s) => s.initialView);
  const overview = useStore(selectOverview);
  const syncing = useAppStore(selectSyncing);
  const changes = useNodeChanges();
  const connect = useConnect();
  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  useRestoreView();

  const baseNodes = useMemo(
    () => designToNodes(design, { selected: new Set(selectedNodes), dropTarget: changes.dropTarget, locked: readOnly }),
    [design, selectedNodes, changes.dropTarget, readOnly],
  );
  const nodes = useStableElements(useMemo(() => withLocal(baseNodes, changes.local, design), [baseNodes, changes.local, design]));
  const relationLabel = useCallback((kind: string, from: string, to: string) => t('editor.relation.label', { kind: relationKindLabel(t, kind), from, to }), [t]);
  const staticEdges = useMemo(
    () =>
      designToEdges(design, {
        selected: new Set(selectedEdges),
        linkLabel: (rttMs, jitterMs) => t(jitterMs > 0 ? 'editor.link.labelJitter' : 'editor.link.label', { rttMs, jitterMs }),
        relationLabel,
      }),
    [design, selectedEdges, t, relationLabel],
  );
  // Live relations name their ends by id: the accessible name says the nodes' names, as the static edges do.
  const liveLabel = useMemo(() => {
    const name = nameLookup(design);
    return (kind: string, from: string, to: string) => relationLabel(kind, name(from), name(to));
  }, [design, relationLabel]);
  const staticLive = useMemo(() => withLiveEdges(design, staticEdges), [design, staticEdges]);
  // Rebuilt only when relations appear or move (relationShape): a lag or a stopped flow is drawn by the edge itself.
  const live = useMemo(() => liveEdges(useAppStore.getState().relations, liveLabel), [relationShape, liveLabel]); // eslint-disable-line react-hooks/exhaustive-deps
  const edges = useMemo(() => [...staticLive, ...live], [staticLive, live]);

  // The selection is what the inspector, the fault toolbar and the fault keys act on (React Flow selects on click).
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback((e, node) => {
    // A plain click on one item of a multi-selection selects just that item (as in Figma and draw.io).
    const plain = !e.shiftKey && !e.metaKey && !e.ctrlKey;
    if (plain && useAppStore.getState().selection.nodes.length > 1) selectItems([node.id]);
  }, []);
  const onNodeContextMenu: NodeMouseHandler<FlowNode> = useCallback(
    (event, node) => {
      if (node.type === 'cluster') return;
      event.preventDefault();
      // The menu acts on the node right-clicked: it becomes the selection unless it is already part of it.
      if (!useAppStore.getState().selection.nodes.includes(node.id)) selectItems([node.id]);
      openContextMenu({ nodeId: node.id, x: event.clientX, y: event.clientY });
    },
    [openContextMenu],
  );
  // Links between sites carry faults too (cut, partition, RTT): the menu resolves the id.
  const onEdgeContextMenu: EdgeMouseHandler = useCallback(
    (event, edge) => {
      if (!design.links.some((l) => l.id === edge.id)) return;
      event.preventDefault();
      selectItems([], [edge.id]);
      openContextMenu({ nodeId: edge.id, x: event.clientX, y: event.clientY });
    },
    [design, openContextMenu],
  );
  const onPaneClick = useCallback(() => openContextMenu(null), [openContextMenu]);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!kind) return;
      e.preventDefault();
      const flow = flowInstance();
      if (!flow) return;
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const offset = kind === SITE_KIND ? { x: 20, y: 16 } : { x: NODE_SIZE.width / 2, y: NODE_SIZE.height / 2 };
      addPaletteItem(kind, { x: at.x - offset.x, y: at.y - offset.y }, t, true);
    },
    [t],
  );

  return (
    <section className={`canvas${readOnly ? ' read-only' : ''}${overview ? ' overview' : ''}`} aria-label={t('panel.canvas')} aria-busy={syncing} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={onInit}
        onNodesChange={changes.onNodesChange}
        onEdgesChange={changes.onEdgesChange}
        onNodeDragStart={changes.onNodeDragStart}
        onNodeDrag={changes.onNodeDrag}
        onNodeDragStop={changes.onNodeDragStop}
        onConnect={connect.onConnect}
        onConnectEnd={connect.onConnectEnd}
        isValidConnection={connect.isValidConnection}
        onNodeClick={onNodeClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneClick={onPaneClick}
        onMoveEnd={onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={28}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={PAN_BUTTONS}
        // Space is play/pause (the simulation's shortcut): it must not also turn the left button into panning.
        panActivationKeyCode={null}
        multiSelectionKeyCode={MULTI_KEYS}
        deleteKeyCode={null}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        {...(initialView ? { defaultViewport: initialView } : { fitView: true })}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
        onlyRenderVisibleElements={design.nodes.length >= LARGE_DESIGN_NODES}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={GRID} />
        <Controls showInteractive={false} />
        <LabelSpreader />
        <PresenterCamera />
        {showMinimap && <MiniMap pannable zoomable ariaLabel={t('editor.minimap')} />}
      </ReactFlow>
      <NodeContextMenu />
    </section>
  );
}
