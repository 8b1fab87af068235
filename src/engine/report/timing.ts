import type { DesignDoc, DesignNode } from '../design/schema';
import type { SimEvent } from '../events';
import { metaOf, NODE_KINDS } from '../kits/catalog';
import type { ParamSpec } from '../params';
import type { TimingRef } from './contract';

/** A parameter that decided when an event happened, with the value the design gave it (for "Why?"). */
export interface ParamTiming {
  param: string;
  /** The node whose parameter it is. */
  node: string;
  value: number;
  unit: ParamSpec['unit'];
  /** Whether the design sets it or the kind's default applies. */
  fromDesign: boolean;
  /** Where the default comes from (doc = a seed document, vendor, model = our estimate). */
  source: ParamSpec['source'];
  /** The DOMAIN.md behaviour, when known (e.g. "OT-4"). */
  ref?: string;
}

function nodeFor(ref: TimingRef, event: SimEvent, design: DesignDoc): DesignNode | undefined {
  if (typeof ref.node === 'object') {
    const kind = ref.node.kind;
    return design.nodes.find((n) => n.kind === kind);
  }
  const id = (event as unknown as Record<string, unknown>)[ref.node];
  return typeof id === 'string' ? design.nodes.find((n) => n.id === id) : undefined;
}

/**
 * The parameters that decided when `event` happened (its metadata's `timing`), each with its value in
 * `design`, unit and source. A reference whose node does not exist or whose kind has no such parameter is
 * left out: an engine event shared by kits names the parameters of each kind that can emit it.
 */
export function timingsOf(event: SimEvent, design: DesignDoc): ParamTiming[] {
  const out: ParamTiming[] = [];
  for (const ref of metaOf(event.type).timing ?? []) {
    const node = nodeFor(ref, event, design);
    const spec = node === undefined ? undefined : NODE_KINDS.get(node.kind)?.params.find((p) => p.key === ref.param);
    if (node === undefined || spec === undefined) continue;
    const set = node.params[spec.key];
    const refId = ref.ref ?? spec.ref;
    out.push({
      param: spec.key,
      node: node.id,
      value: typeof set === 'number' ? set : spec.default,
      unit: spec.unit,
      fromDesign: typeof set === 'number',
      source: spec.source,
      ...(refId === undefined ? {} : { ref: refId }),
    });
  }
  return out;
}
