import { clusterKindsFor, type DesignCluster, type DesignDoc, type DesignNode } from '../../../engine';
import { absolutePosition, contains, NODE_SIZE, type Point, type Rect } from './geometry';

/** A server and a cluster: who joined, left, or was refused. */
export interface MemberMove {
  node: string;
  cluster: string;
}

export interface DropOutcome {
  design: DesignDoc;
  joined: MemberMove[];
  left: MemberMove[];
  /** Dropped into the frame of a cluster whose kind does not take it (and into no frame that does). */
  refused: MemberMove[];
}

export interface DroppedServers {
  /** Servers the user moved themselves (not carried along by a moved site). */
  servers: readonly string[];
  /**
   * The design before the move: a server already inside a frame it is not a member of (drawn there, or refused
   * before) joins nothing and is not refused again when it is nudged within it. Absent: every server is new there.
   */
  before?: DesignDoc;
  /** Sites moved in the same gesture: their servers move with them and keep their memberships. */
  sites?: readonly string[];
}

/**
 * Cluster membership after servers were dropped (draw.io containers): a server dropped inside a cluster's frame
 * joins it when the cluster's kind takes the server's kind (the registry's rule, `clusterKindsFor`, the one the
 * inspector offers); a member dropped outside its cluster's frame leaves it. Frames are where they were drawn before
 * the drop (`frames`, by cluster id); `after` is the design with the servers already at their new places. A cluster
 * whose members all moved moves along and keeps them; a server never joins a second cluster of a kind it stays in,
 * and only a server that enters a frame joins it (or is refused).
 */
export function dropIntoClusters(after: DesignDoc, frames: ReadonlyMap<string, Rect>, dropped: DroppedServers): DropOutcome {
  const movedSites = new Set(dropped.sites ?? []);
  const moving = new Set([...dropped.servers, ...after.nodes.filter((n) => n.siteId !== undefined && movedSites.has(n.siteId)).map((n) => n.id)]);
  const wholeMoves = (c: DesignCluster) => c.members.every((m) => moving.has(m));
  const byId = new Map(after.nodes.map((n) => [n.id, n]));
  const joined: MemberMove[] = [];
  const left: MemberMove[] = [];
  const refused: MemberMove[] = [];
  const centreOf = (design: DesignDoc, node: DesignNode) => {
    const corner = absolutePosition(design, node);
    return { x: corner.x + NODE_SIZE.width / 2, y: corner.y + NODE_SIZE.height / 2 };
  };
  const framed = (c: DesignCluster, p: Point | undefined) => {
    const frame = frames.get(c.id);
    return p !== undefined && frame !== undefined && contains(frame, p);
  };
  for (const id of dropped.servers) {
    const node = byId.get(id);
    if (!node) continue;
    const centre = centreOf(after, node);
    const old = dropped.before?.nodes.find((n) => n.id === id);
    const from = old && dropped.before ? centreOf(dropped.before, old) : undefined;
    const inFrame = (c: DesignCluster) => framed(c, centre);
    const own = after.clusters.filter((c) => c.members.includes(id) && !wholeMoves(c));
    for (const c of own) if (!inFrame(c)) left.push({ node: id, cluster: c.id });
    const keptKinds = new Set(after.clusters.filter((c) => c.members.includes(id) && !left.some((l) => l.node === id && l.cluster === c.id)).map((c) => c.kind));
    const under = after.clusters.filter((c) => !c.members.includes(id) && !wholeMoves(c) && inFrame(c) && !framed(c, from) && !keptKinds.has(c.kind));
    const fitting = new Set(clusterKindsFor([node.kind]));
    const takers = under.filter((c) => fitting.has(c.kind)).filter((c, i, all) => all.findIndex((o) => o.kind === c.kind) === i);
    if (takers.length > 0) joined.push(...takers.map((c) => ({ node: id, cluster: c.id })));
    else if (under.length > 0) refused.push({ node: id, cluster: under[0]!.id });
  }
  if (joined.length === 0 && left.length === 0) return { design: after, joined, left, refused };
  const clusters = after.clusters
    .map((c) => {
      const leaving = new Set(left.filter((l) => l.cluster === c.id).map((l) => l.node));
      const joining = joined.filter((j) => j.cluster === c.id).map((j) => j.node);
      if (leaving.size === 0 && joining.length === 0) return c;
      return { ...c, members: [...c.members.filter((m) => !leaving.has(m)), ...joining] };
    })
    .filter((c) => c.members.length > 0);
  return { design: { ...after, clusters }, joined, left, refused };
}
