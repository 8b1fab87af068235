import type { DesignNode, Fault, NodeView } from '../../engine';

export interface NodeAction {
  id: string;
  /** i18n key of the label. */
  labelKey: string;
  fault: Fault;
}

/**
 * The outages a user can inject on a node, given its kind and live state. One registry for the context menu,
 * the inspector and the tests, so they always offer the same thing.
 */
export function nodeActions(node: DesignNode, view: NodeView | undefined): NodeAction[] {
  const actions: NodeAction[] = [];
  const hostDown = view?.hostUp === false;
  if (node.kind === 'ontimeServer') {
    const taskDown = view?.notes.some((n) => n.key === 'note.taskStopped') ?? false;
    actions.push(
      taskDown
        ? { id: 'startTask', labelKey: 'action.startTask', fault: { kind: 'startProcess', target: node.id, process: 'ontime' } }
        : { id: 'stopTask', labelKey: 'action.stopTask', fault: { kind: 'stopProcess', target: node.id, process: 'ontime' } },
    );
  }
  if (node.kind !== 'clients') {
    actions.push(
      hostDown
        ? { id: 'recoverHost', labelKey: 'action.recoverHost', fault: { kind: 'recoverHost', target: node.id } }
        : { id: 'crashHost', labelKey: 'action.crashHost', fault: { kind: 'crashHost', target: node.id } },
    );
  }
  return actions;
}
