import type { XYPosition } from '@xyflow/react';
import type { DesignDoc } from '../../engine';
import { dropIntoClusters, type DropOutcome } from '../editor/model/clusterDrop';
import type { Rect } from '../editor/model/geometry';
import { clusterNodes, type ClusterFlowNode } from './flow';

const PREFIX = 'cluster:';

/** Each cluster's frame as drawn on the canvas, by cluster id: what a dropped server lands in or leaves. */
export function clusterFrames(design: DesignDoc): Map<string, Rect> {
  return new Map(clusterNodes(design).map((n) => [n.id.slice(PREFIX.length), { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }]));
}

/** The design as it would be if the servers and sites being dragged were dropped where they are now. */
function draggedDesign(design: DesignDoc, moving: Record<string, XYPosition>): DesignDoc {
  return {
    ...design,
    sites: design.sites.map((s) => (moving[s.id] ? { ...s, position: moving[s.id] } : s)),
    nodes: design.nodes.map((n) => (moving[n.id] ? { ...n, position: moving[n.id]! } : n)),
  };
}

/** What dropping the dragged servers here would do to the clusters (positions of servers in a site are relative to it). */
export function previewDrop(design: DesignDoc, moving: Record<string, XYPosition>): DropOutcome {
  const sites = design.sites.filter((s) => moving[s.id]).map((s) => s.id);
  const movedSites = new Set(sites);
  const servers = design.nodes.filter((n) => moving[n.id] && !(n.siteId !== undefined && movedSites.has(n.siteId))).map((n) => n.id);
  return dropIntoClusters(draggedDesign(design, moving), clusterFrames(design), { servers, sites, before: design });
}

/**
 * Cluster outlines while servers are dragged: drawn as the drop would leave them, so a frame reaches out to take
 * a server in, lets go of a member dragged out of it, and says so when it would refuse the server under the pointer.
 */
export function previewOutlines(design: DesignDoc, moving: Record<string, XYPosition>): Map<string, ClusterFlowNode> {
  const outcome = previewDrop(design, moving);
  const joining = new Set(outcome.joined.map((j) => PREFIX + j.cluster));
  const refusing = new Set(outcome.refused.map((r) => PREFIX + r.cluster));
  const outlines = new Map(clusterNodes(outcome.design).map((n) => [n.id, n]));
  for (const [id, n] of outlines) {
    const drop = joining.has(id) ? 'join' : refusing.has(id) ? 'refuse' : undefined;
    if (drop) outlines.set(id, { ...n, data: { ...n.data, drop } });
  }
  return outlines;
}
