import { SCHEMA_VERSION, type DesignDoc, type DesignNode, type Fault, type NodeView, idTable } from '../../engine';
import { faultOptions } from '../../commands/faults';

export interface NodeAction {
  id: string;
  /** i18n key of the label. */
  labelKey: string;
  /** Interpolation values of the label (`process` is translated by the caller: see `actionLabel`). */
  params?: Record<string, string | number>;
  fault: Fault;
}

/**
 * The outages a user can inject on a node, given its kind and live state: the fault command registry's options
 * for that node, for callers (the inspector) that only know one node.
 */
export function nodeActions(node: DesignNode, view: NodeView | undefined, design?: DesignDoc): NodeAction[] {
  const doc = design ?? { schemaVersion: SCHEMA_VERSION, name: '', seed: 0, sites: [], links: [], nodes: [node], relations: [], clusters: [] };
  return faultOptions({ design: doc, nodeViews: idTable<NodeView>(view ? { [node.id]: view } : {}), target: { type: 'node', id: node.id } });
}
