import type { DesignDoc, DesignNode } from '../design/schema';
import type { Fault } from '../faults/catalogue';
import { NODE_KINDS } from '../kits/catalog';

/**
 * Everything a run depends on except what can change while it runs (links' round trips, live parameters) and
 * what it never reads (layout, names): equal keys mean an edit the running world can take from this moment.
 */
function fixedKey(design: DesignDoc): string {
  return JSON.stringify([
    design.seed,
    design.sites.map((s) => s.id),
    design.links.map((l) => [l.id, l.a, l.b, l.jitterMs]),
    design.nodes.map((n) => [n.id, n.kind, n.siteId, fixedParams(n)]),
    design.relations,
    design.clusters.map((c) => [c.id, c.kind, c.members]),
  ]);
}

function liveKeys(node: DesignNode): ReadonlySet<string> {
  return new Set((NODE_KINDS.get(node.kind)?.params ?? []).filter((p) => p.live).map((p) => p.key));
}

/** A node's parameters that only a restart can change (in key order, so the order of a record does not count). */
function fixedParams(node: DesignNode): Array<[string, unknown]> {
  const live = liveKeys(node);
  return Object.keys(node.params)
    .filter((k) => !(live.has(k) && typeof node.params[k] === 'number'))
    .sort()
    .map((k) => [k, node.params[k]]);
}

/** The value a live parameter has in a design: set, or its kind's default. */
function valueOf(node: DesignNode, key: string): number | undefined {
  const set = node.params[key];
  if (typeof set === 'number') return set;
  return NODE_KINDS.get(node.kind)?.params.find((p) => p.key === key)?.default;
}

/**
 * What an edit of the design means for a run in progress (issue 17 §5): the faults that carry it out from now
 * — a link's new round trip as 'setRtt', live parameters as one 'setParams' per node — or null when the run
 * must restart from 0:00 (a node, link, relation or cluster added or removed, a parameter the kit fixes at
 * install, a link's jitter, the seed). An edit the run does not see (layout, names) gives no fault.
 * `running` is the design the run simulates now (the loaded one with the live edits so far), `loaded` the one
 * the run was loaded with.
 */
export function liveEdits(running: DesignDoc, edited: DesignDoc, loaded: DesignDoc = running): Fault[] | null {
  if (fixedKey(running) !== fixedKey(edited)) return null;
  const faults: Fault[] = [];
  running.links.forEach((before, i) => {
    const after = edited.links[i]!;
    if (after.rttMs !== before.rttMs) faults.push({ kind: 'setRtt', target: after.id, rttMs: after.rttMs });
  });
  running.nodes.forEach((before, i) => {
    const after = edited.nodes[i]!;
    const params: Record<string, number> = {};
    for (const key of liveKeys(after)) {
      const value = valueOf(after, key);
      // Also what still differs from the loaded design: after a jump back in time an injection drops the later
      // changes, and this one must bring every parameter to what the user sees.
      const loadedNode = loaded.nodes[i];
      const differs = value !== valueOf(before, key) || (loadedNode !== undefined && value !== valueOf(loadedNode, key));
      if (value !== undefined && differs) params[key] = value;
    }
    if (Object.keys(params).length > 0) faults.push({ kind: 'setParams', target: after.id, params });
  });
  return faults;
}
