import { NODE_KINDS, looksUp, type DesignDoc, type Fault, type NodeView } from '../../engine';
import type { ScriptEntry } from '../../worker/script';
import { KIT_COMMANDS } from './kitCommands';
import { NET_COMMANDS } from './netCommands';

/** What a fault command acts on: a node, a site or a link between sites. */
export type Target = { type: 'node'; id: string } | { type: 'site'; id: string } | { type: 'link'; id: string };

export interface FaultContext {
  design: DesignDoc;
  nodeViews: Readonly<Record<string, NodeView>>;
  target: Target | null;
  /** The faults so far and the current time: what is down on the network now (sites, partitions, links). */
  script?: readonly ScriptEntry[];
  timeMs?: number;
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

function processOptions(ctx: FaultContext, command: string, labelKey: string, make: (target: string, process: string) => Fault, when: (v: NodeView | undefined) => boolean): FaultOption[] {
  const node = nodeOf(ctx);
  if (!node || !when(ctx.nodeViews[node.id])) return [];
  return processesOf(node.kind).map((process) => ({ id: `${command}:${process}`, fault: make(node.id, process), labelKey, params: { process } }));
}

const hostUp = (v: NodeView | undefined) => v?.hostUp !== false;

const NODE_COMMANDS: readonly FaultCommand[] = [
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
  {
    id: 'fault.maintenance',
    labelKey: 'live.cmd.maintenance',
    shortcut: 'm',
    options: (ctx) => {
      const node = nodeOf(ctx);
      if (!node || processesOf(node.kind).length === 0 || !looksUp(ctx.nodeViews[node.id])) return [];
      return [{ id: 'fault.maintenance', fault: { kind: 'maintenance', target: node.id }, labelKey: 'live.cmd.maintenance' }];
    },
  },
];

/** Node commands first, then sites and links, then each kit's operator actions: the order of every menu and of the toolbar. */
export const FAULT_COMMANDS: readonly FaultCommand[] = [...NODE_COMMANDS, ...NET_COMMANDS, ...KIT_COMMANDS];

/** Every option the registry offers on the context's target, in registry order. */
export function faultOptions(ctx: FaultContext): FaultOption[] {
  return FAULT_COMMANDS.flatMap((c) => c.options(ctx));
}

/**
 * The option a keyboard shortcut triggers on the selected node, if any. Process commands act on the node's
 * last process: kinds list the platform first and the application on top (Domino, then the OnTime task), and
 * the application is what a user means. Site commands act on the node's site; other commands with several
 * options (a one-way partition) take the first.
 */
export function optionForShortcut(ctx: FaultContext, key: string): FaultOption | undefined {
  const node = nodeOf(ctx);
  const site = node?.siteId ? { ...ctx, target: { type: 'site' as const, id: node.siteId } } : undefined;
  for (const command of FAULT_COMMANDS) {
    if (command.shortcut !== key) continue;
    const options = [...command.options(ctx), ...(site ? command.options(site) : [])];
    const pick = options.filter((o) => o.params?.process !== undefined).pop() ?? options[0];
    if (pick) return pick;
  }
  return undefined;
}

/**
 * The id the fault toolbar and the keyboard act on: the node or site picked last (the app's selection), else a
 * single site or link selected on the canvas (clicking a link selects it in the editor's selection).
 */
export function faultTargetId(picked: string | null, selectedNodes: readonly string[], selectedEdges: readonly string[]): string | null {
  if (picked) return picked;
  if (selectedNodes.length === 1) return selectedNodes[0]!;
  if (selectedNodes.length === 0 && selectedEdges.length === 1) return selectedEdges[0]!;
  return null;
}

/** The target of a fault command: a node, a site or a link of the design, else nothing. */
export function targetOf(design: DesignDoc, id: string | null): Target | null {
  if (!id) return null;
  if (design.nodes.some((n) => n.id === id)) return { type: 'node', id };
  if (design.sites.some((s) => s.id === id)) return { type: 'site', id };
  if (design.links.some((l) => l.id === id)) return { type: 'link', id };
  return null;
}
