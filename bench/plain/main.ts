/**
 * The renderer's ceiling (bench row 3, "vs plain React Flow"): a plain React Flow 12 canvas with the benchmark
 * design's node and edge counts, built-in node and edge types, whose every node label changes 10 times a second,
 * like a simple live view would. No store, no worker, no custom nodes: what React Flow itself costs here.
 * The elements are handed over by the benchmark in `window.__PLAIN_FLOW__` before the page boots.
 */
import { createElement as h, StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Background, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface PlainFlow {
  nodes: Node[];
  edges: Edge[];
}

const LABEL_INTERVAL_MS = 100;
const input = (window as unknown as { __PLAIN_FLOW__?: PlainFlow }).__PLAIN_FLOW__ ?? { nodes: [], edges: [] };

function PlainFlowPage() {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), LABEL_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
  // Every server node gets a new data object each tick: its label shows the tick.
  const nodes = useMemo(
    () => input.nodes.map((n) => (n.type === 'default' ? { ...n, data: { label: `${String(n.data.label)} · ${tick % 100}` } } : n)),
    [tick],
  );
  return h(ReactFlow, { nodes, edges: input.edges, fitView: true, minZoom: 0.1, proOptions: { hideAttribution: true } }, h(Background));
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(PlainFlowPage)));
