/**
 * Point 4 of issue 18: the renderer's ceiling beside our running view. A plain React Flow page (bench/plain) gets
 * the same nodes (sites, cluster outlines, servers) and edges (links, design relations, the live relations of the
 * run's first frame) as the app shows for the design, and changes every server's label 10 times a second.
 */
import type { Browser } from '@playwright/test';
import type { Edge, Node } from '@xyflow/react';
import { Simulation, type DesignDoc } from '../../src/engine';
import { designToEdges, designToNodes } from '../../src/ui/canvas/flow';
import { KEEP_NAMES_SHIM } from './app';
import { measureFramesWithBusy, type FrameWindow } from './probes';

/** Where the page is built, under the preview's root (bench/plain/vite.config.ts says the same). */
export const PLAIN_FLOW_DIR = 'plain-flow';

interface PlainFlow {
  nodes: Node[];
  edges: Edge[];
}

/** The design as plain React Flow elements: built-in `group` and `default` nodes, default edges. */
export function plainFlowElements(design: DesignDoc): PlainFlow {
  const label = () => '';
  const nodes = designToNodes(design).map((n) => {
    if (n.type === 'server') return { id: n.id, type: 'default', position: n.position, data: { label: n.data.name }, ...(n.parentId ? { parentId: n.parentId } : {}) };
    return { id: n.id, type: 'group', position: n.position, data: {}, style: n.style, width: n.width, height: n.height, zIndex: n.zIndex, selectable: false };
  });
  const designEdges = designToEdges(design, { selected: new Set(), linkLabel: (rtt) => `RTT ${rtt} ms`, relationLabel: label });
  const live = new Simulation(design).drainFrame(true).relations;
  const edges = [
    ...designEdges.map((e) => ({ id: e.id, source: e.source, target: e.target, ...(e.label ? { label: e.label } : {}) })),
    ...live.map((r) => ({ id: `live:${r.id}`, source: r.from, target: r.to })),
  ];
  return { nodes: nodes as Node[], edges: edges as Edge[] };
}

export interface PlainMeasure {
  windows: FrameWindow[];
  nodes: number;
  edges: number;
}

/** Opens the plain page with `design`'s elements in a fresh context and measures `runs` windows of `windowMs`. */
export async function measurePlainFlow(browser: Browser, baseUrl: string, design: DesignDoc, runs: number, windowMs: number, settleMs: number): Promise<PlainMeasure> {
  const elements = plainFlowElements(design);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: baseUrl });
  try {
    await context.addInitScript(KEEP_NAMES_SHIM);
    const page = await context.newPage();
    await page.addInitScript((flow) => {
      (window as unknown as { __PLAIN_FLOW__: unknown }).__PLAIN_FLOW__ = flow;
    }, elements);
    await page.goto(`/${PLAIN_FLOW_DIR}/index.html`);
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, elements.nodes.length, { timeout: 90_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const windows: FrameWindow[] = [];
    for (let i = 0; i < runs; i++) {
      await page.waitForTimeout(settleMs);
      windows.push(await measureFramesWithBusy(page, cdp, windowMs));
    }
    return { windows, nodes: elements.nodes.length, edges: elements.edges.length };
  } finally {
    await context.close();
  }
}
