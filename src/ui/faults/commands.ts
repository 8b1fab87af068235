import { NODE_KINDS, type DesignDoc, type Fault, type NodeView } from '../../engine';

/** What a fault command acts on: a node, a site or a link between sites. */
export type Target = { type: 'node'; id: string } | { type: 'site'; id: string } | { type: 'link'; id: string };

export interface FaultContext {
  design: DesignDoc;
  nodeViews: Readonly<Record<string, NodeView>>;
  target: Target | null;
}

/** One concrete thing a command would inject on the target (a command on a node with two processes has two). */
export interface FaultOption {
  /** Unique within the target: `<command id>` or `<command id>:<process>`. */
  id: string;
  fault: Fault;
  labelKey: string;
  /** Interpolation values; `process` is a process name the UI translates (`process.<name>`). */
  params?: Record<string, string | number>;
}

/**
 * A fault command: id, label, keyboard shortcut and what it injects on a target. The one registry behind the
 * context menus, the fault toolbar, the inspector, the keyboard and the tests (Excalidraw's actions registry).
 */
export interface FaultCommand {
  id: string;
  labelKey: string;
  /** `KeyboardEvent.key`, lower case, acting on the selected node (or its site). */
  shortcut?: string;
  options(ctx: FaultContext): FaultOption[];
}

function nodeOf(ctx: FaultContext) {
  return ctx.target?.type === 'node' ? ctx.design.nodes.find((n) => n.id === ctx.target!.id) : undefined;
}

function processesOf(kind: string): readonly string[] {
  return NODE_KINDS.get(kind)?.processes ?? [];
}

/** The node's processes run (as far as the canvas tells): its host is up and it is not shown failed or stopped. */
function looksUp(view: NodeView | undefined): boolean {
  return view === undefined || (view.hostUp && view.status !== 'failed' && view.status !== 'stopped');
}

function processOptions(ctx: FaultContext, command: string, labelKey: string, make: (target: string, process: string) => Fault, when: (v: NodeView | undefined) => boolean): FaultOption[] {
  const node = nodeOf(ctx);
  if (!node || !when(ctx.nodeViews[node.id])) return [];
  return processesOf(node.kind).map((process) => ({ id: `${command}:${process}`, fault: make(node.id, process), labelKey, params: { process } }));
}

const hostUp = (v: NodeView | undefined) => v?.hostUp !== false;

export const FAULT_COMMANDS: readonly FaultCommand[] = [
  {
    id: 'fault.stopProcess',
    labelKey: 'live.cmd.stopProcess',
    shortcut: 's',
    options: (ctx) => processOptions(ctx, 'fault.stopProcess', 'live.cmd.stopProcess', (target, process) => ({ kind: 'stopProcess', target, process }), looksUp),
  },
  {
    id: 'fault.crashProcess',
    labelKey: 'live.cmd.crashProcess',
    shortcut: 'k',
    options: (ctx) => processOptions(ctx, 'fault.crashProcess', 'live.cmd.crashProcess', (target, process) => ({ kind: 'crashProcess', target, process }), looksUp),
  },
  {
    id: 'fault.startProcess',
    labelKey: 'live.cmd.startProcess',
    shortcut: 'r',
    options: (ctx) =>
      processOptions(ctx, 'fault.startProcess', 'live.cmd.startProcess', (target, process) => ({ kind: 'startProcess', target, process }), (v) => hostUp(v) && !looksUp(v)),
  },
  {
    id: 'fault.crashHost',
    labelKey: 'live.cmd.crashHost',
    shortcut: 'x',
    options: (ctx) => {
      const node = nodeOf(ctx);
      if (!node || processesOf(node.kind).length === 0 || !hostUp(ctx.nodeViews[node.id])) return [];
      return [{ id: 'fault.crashHost', fault: { kind: 'crashHost', target: node.id }, labelKey: 'live.cmd.crashHost' }];
    },
  },
  {
    id: 'fault.recoverHost',
    labelKey: 'live.cmd.recoverHost',
    shortcut: 'r',
    options: (ctx) => {
      const node = nodeOf(ctx);
      if (!node || hostUp(ctx.nodeViews[node.id])) return [];
      return [{ id: 'fault.recoverHost', fault: { kind: 'recoverHost', target: node.id }, labelKey: 'live.cmd.recoverHost' }];
    },
  },
];

/** Every option the registry offers on the context's target, in registry order. */
export function faultOptions(ctx: FaultContext): FaultOption[] {
  return FAULT_COMMANDS.flatMap((c) => c.options(ctx));
}

/** The option a keyboard shortcut triggers on the context's target (the first that applies), if any. */
export function optionForShortcut(ctx: FaultContext, key: string): FaultOption | undefined {
  for (const command of FAULT_COMMANDS) {
    if (command.shortcut !== key) continue;
    const first = command.options(ctx)[0];
    if (first) return first;
  }
  return undefined;
}

/** The target a keyboard shortcut acts on: the selected node, else nothing. */
export function targetOf(design: DesignDoc, id: string | null): Target | null {
  if (!id) return null;
  if (design.nodes.some((n) => n.id === id)) return { type: 'node', id };
  if (design.sites.some((s) => s.id === id)) return { type: 'site', id };
  if (design.links.some((l) => l.id === id)) return { type: 'link', id };
  return null;
}
