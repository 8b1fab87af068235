import type { DesignDoc } from '../design/schema';
import { NODE_KINDS } from '../kits/catalog';
import { KITS } from '../kits/registry';
import { failureId, type FailureCase } from './failureCase';
import type { Fault } from '../faults/catalogue';

function single(fault: Fault, repairs: Fault[], disruption: FailureCase['disruption'], components: string[]): FailureCase {
  return { id: failureId(fault), fault, repairs, disruption, components };
}

/** Each process stopped and crashed, the host crashed, and (with several processes) the node's maintenance. */
function nodeFailures(design: DesignDoc): FailureCase[] {
  const out: FailureCase[] = [];
  for (const node of design.nodes) {
    const processes = NODE_KINDS.get(node.kind)?.processes ?? [];
    // A node without processes (a client population) is load, not a component that fails.
    if (processes.length === 0) continue;
    for (const process of processes) {
      const start: Fault = { kind: 'startProcess', target: node.id, process };
      out.push(single({ kind: 'stopProcess', target: node.id, process }, [start], 'process', [node.id]));
      out.push(single({ kind: 'crashProcess', target: node.id, process }, [start], 'process', [node.id]));
    }
    out.push(single({ kind: 'crashHost', target: node.id }, [{ kind: 'recoverHost', target: node.id }], 'server', [node.id]));
    // With one process the node's maintenance is that process's graceful stop, already listed.
    if (processes.length > 1) out.push(single({ kind: 'maintenance', target: node.id }, [{ kind: 'recover', target: node.id }], 'maintenance', [node.id]));
  }
  return out;
}

/** Each site that holds a node going down, each inter-site link cut, and each pair of linked sites partitioned. */
function networkFailures(design: DesignDoc): FailureCase[] {
  const out: FailureCase[] = [];
  for (const site of design.sites) {
    if (!design.nodes.some((n) => n.siteId === site.id)) continue;
    out.push(single({ kind: 'siteDown', target: site.id }, [{ kind: 'siteUp', target: site.id }], 'site', [site.id]));
  }
  for (const link of design.links) {
    out.push(single({ kind: 'linkDown', target: link.id }, [{ kind: 'linkUp', target: link.id }], 'network', [link.id]));
    const id = `sweep-${link.id}`;
    out.push(single({ kind: 'partition', target: id, from: [link.a], to: [link.b] }, [{ kind: 'heal', target: id }], 'network', [link.id]));
  }
  return out;
}

/**
 * Every single failure the design can suffer (issue 14.2): the generic ones from the node kinds' processes,
 * the sites and the links, then each kit's own (Kit.failureModes). Ids are unique (the first listing wins).
 */
export function singleFailures(design: DesignDoc): FailureCase[] {
  const all = [...nodeFailures(design), ...networkFailures(design), ...KITS.flatMap((k) => k.failureModes?.(design) ?? [])];
  const seen = new Set<string>();
  return all.filter((f) => !seen.has(f.id) && Boolean(seen.add(f.id)));
}

/** How many pairs `pairFailures` lists: the UI asks before it starts that many runs. */
export const pairCount = (singles: number): number => (singles * (singles - 1)) / 2;

/**
 * Every pair of single failures at the same moment (the optional N+2 sweep): each pair once, in the order of
 * `singleFailures`; both are repaired together. A pair takes the first failure's kind of disruption.
 */
export function pairFailures(design: DesignDoc): FailureCase[] {
  const singles = singleFailures(design);
  const out: FailureCase[] = [];
  singles.forEach((a, i) => {
    for (const b of singles.slice(i + 1)) {
      out.push({ id: `${a.id} & ${b.id}`, fault: a.fault, also: [b.fault], repairs: [...a.repairs, ...b.repairs], disruption: a.disruption, components: [...new Set([...a.components, ...b.components])] });
    }
  });
  return out;
}
