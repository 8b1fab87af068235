import { NODE_KINDS, looksUp, type DesignDoc, type Fault, type NetView, type NodeView } from '../engine';
import type { Selection } from '../state/selectionSlice';
import { KIT_COMMANDS } from '../ui/faults/kitCommands';
import { NET_COMMANDS } from './netFaults';
import type { CommandContext } from './types';

/** What a fault command acts on: a node, a site or a link between sites. */
export type Target = { type: 'node'; id: string } | { type: 'site'; id: string } | { type: 'link'; id: string };

export interface FaultContext {
  design: DesignDoc;
  nodeViews: Readonly<Record<string, NodeView>>;
  target: Target | null;
  /** The network now, as the engine's frames tell it (sites, partitions, links and their round trips). */
  net?: NetView;
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
 * A fault command as the fault modules define it: id, label, keys and what it injects on a target. registry.ts makes
 * each one a `Command` of the one registry (behind the context menus, the fault toolbar, the inspector, the keyboard,
 * the help and the tests).
 */
export interface FaultCommand {
  id: string;
  labelKey: string;
  /** Chords (keys.ts notation) acting on the selected target; a node's keys also reach its site's commands. */
  keys?: readonly string[];
  /** The targets it acts on (keys are unique per context); absent: any. */
  context?: readonly Extract<CommandContext, 'node' | 'site' | 'link'>[];
  options(ctx: FaultContext): FaultOption[];
}

function nodeOf(ctx: FaultContext) {
  return ctx.target?.type === 'node' ? ctx.design.nodes.find((n) => n.id === ctx.target!.id) : undefined;
}

function processesOf(kind: string): readonly string[] {
  return NODE_KINDS.get(kind)?.processes ?? [];
}

/**
 * A process command's options on the node. Kinds list the platform first and the application on top (Domino, then
 * the OnTime task): the `application` command acts on the last process, the `platform` one on those under it, so each
 * key means one process (S stops the OnTime task, Shift+S Domino) and a menu lists them in the kind's order.
 */
function processOptions(
  ctx: FaultContext,
  command: string,
  labelKey: string,
  make: (target: string, process: string) => Fault,
  when: (v: NodeView | undefined) => boolean,
  layer: 'application' | 'platform',
): FaultOption[] {
  const node = nodeOf(ctx);
  if (!node || !when(ctx.nodeViews[node.id])) return [];
  const processes = processesOf(node.kind);
  const mine = layer === 'application' ? processes.slice(-1) : processes.slice(0, -1);
  return mine.map((process) => ({ id: `${command}:${process}`, fault: make(node.id, process), labelKey, params: { process } }));
}

/** The platform and application commands of one process fault, in that order (the order of every menu). */
function processCommands(
  command: string,
  labelKey: string,
  keys: { application: readonly string[]; platform: readonly string[] },
  make: (target: string, process: string) => Fault,
  when: (v: NodeView | undefined) => boolean,
): FaultCommand[] {
  const platformId = command.replace('Process', 'Platform');
  return [
    { id: platformId, labelKey: labelKey.replace('Process', 'Platform'), keys: keys.platform, context: ['node'], options: (ctx) => processOptions(ctx, command, labelKey, make, when, 'platform') },
    { id: command, labelKey, keys: keys.application, context: ['node'], options: (ctx) => processOptions(ctx, command, labelKey, make, when, 'application') },
  ];
}

const hostUp = (v: NodeView | undefined) => v?.hostUp !== false;

const NODE_COMMANDS: readonly FaultCommand[] = [
  ...processCommands('fault.stopProcess', 'live.cmd.stopProcess', { application: ['S'], platform: ['Shift+S'] }, (target, process) => ({ kind: 'stopProcess', target, process }), looksUp),
  ...processCommands('fault.crashProcess', 'live.cmd.crashProcess', { application: ['K'], platform: ['Shift+K'] }, (target, process) => ({ kind: 'crashProcess', target, process }), looksUp),
  // Shift+R is the simulation's reset: starting the platform is in the menus only.
  ...processCommands('fault.startProcess', 'live.cmd.startProcess', { application: ['R'], platform: [] }, (target, process) => ({ kind: 'startProcess', target, process }), (v) => hostUp(v) && !looksUp(v)),
  {
    id: 'fault.crashHost',
    labelKey: 'live.cmd.crashHost',
    keys: ['X'],
    context: ['node'],
    options: (ctx) => {
      const node = nodeOf(ctx);
      if (!node || processesOf(node.kind).length === 0 || !hostUp(ctx.nodeViews[node.id])) return [];
      return [{ id: 'fault.crashHost', fault: { kind: 'crashHost', target: node.id }, labelKey: 'live.cmd.crashHost' }];
    },
  },
  {
    // Shift+X undoes X (the power failure); R starts a stopped process.
    id: 'fault.recoverHost',
    labelKey: 'live.cmd.recoverHost',
    keys: ['Shift+X'],
    context: ['node'],
    options: (ctx) => {
      const node = nodeOf(ctx);
      if (!node || hostUp(ctx.nodeViews[node.id])) return [];
      return [{ id: 'fault.recoverHost', fault: { kind: 'recoverHost', target: node.id }, labelKey: 'live.cmd.recoverHost' }];
    },
  },
  {
    id: 'fault.maintenance',
    labelKey: 'live.cmd.maintenance',
    keys: ['M'],
    context: ['node'],
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
 * The option a key means on the selected target: the command's first option there (a one-way partition: from the
 * link's first site), or on the selected node's site for site commands.
 */
export function optionForKeys(command: FaultCommand, ctx: FaultContext): FaultOption | undefined {
  const node = nodeOf(ctx);
  const site = node?.siteId ? { ...ctx, target: { type: 'site' as const, id: node.siteId } } : undefined;
  const contexts = command.context ?? ['node', 'site', 'link'];
  for (const c of [ctx, ...(site ? [site] : [])]) {
    if (c.target && contexts.includes(c.target.type)) {
      const first = command.options(c)[0];
      if (first) return first;
    }
  }
  return undefined;
}

/** The fault target the selection names: a single node or site, else a single link (several selected: none). */
export function faultTarget(design: DesignDoc, selection: Selection): Target | null {
  const { nodes, edges } = selection;
  const id = nodes.length === 1 ? nodes[0]! : nodes.length === 0 && edges.length === 1 ? edges[0]! : null;
  return targetOf(design, id);
}

/** The target of a fault command: a node, a site or a link of the design, else nothing. */
export function targetOf(design: DesignDoc, id: string | null): Target | null {
  if (!id) return null;
  if (design.nodes.some((n) => n.id === id)) return { type: 'node', id };
  if (design.sites.some((s) => s.id === id)) return { type: 'site', id };
  if (design.links.some((l) => l.id === id)) return { type: 'link', id };
  return null;
}
