import { useAppStore, type AppState } from '../state/store';
import { injectFault } from '../ui/faults/inject';
import { EDITOR_COMMANDS } from './editor';
import { FAULT_COMMANDS, faultTarget, optionForKeys, type FaultCommand, type FaultContext } from './faults';
import { PRESENTER_COMMANDS } from './presenter';
import { SIM_COMMANDS } from './simulation';
import { LESSON_COMMANDS } from './lessons';
import { contextsOf } from './types';
import { STORY_COMMANDS } from './stories';
import { BRANCH_COMMANDS } from './branches';
import type { Command } from './types';

/** What a fault command sees of the app: the design, the live node views and the script so far, on the selection. */
export function faultContextOf(s: AppState): FaultContext {
  return { design: s.design, nodeViews: s.nodeViews, target: faultTarget(s.design, s.selection), net: s.net };
}

/** A fault command as an entry of the registry: it applies when it offers something on the selection. */
function asCommand(fault: FaultCommand): Command {
  return {
    id: fault.id,
    labelKey: fault.labelKey,
    keys: fault.keys ?? [],
    context: fault.context ?? ['node', 'site', 'link'],
    when: (s) => optionForKeys(fault, faultContextOf(s)) !== undefined,
    run: (s) => {
      const option = optionForKeys(fault, faultContextOf(s));
      if (option) injectFault(option.fault);
    },
    options: fault.options,
  };
}

/** Every user action: the editor's, the simulation's, then the faults (nodes, sites and links, then the kits'). */
export const COMMANDS: readonly Command[] = [...EDITOR_COMMANDS, ...SIM_COMMANDS, ...BRANCH_COMMANDS, ...PRESENTER_COMMANDS, ...STORY_COMMANDS, ...FAULT_COMMANDS.map(asCommand), ...LESSON_COMMANDS];

export function command(id: string): Command {
  const found = COMMANDS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}

/** Whether a command can run now: it applies, and it does not edit a design that is open read-only. */
export function enabled(c: Command, s: AppState = useAppStore.getState()): boolean {
  return !(c.edits && s.readOnly) && (c.when?.(s) ?? true);
}

/** Runs a command on the current state (menus and buttons: the keyboard goes through `commandForChord`). */
export function runCommand(c: Command): void {
  const s = useAppStore.getState();
  if (enabled(c, s)) c.run(s);
}

/**
 * The command a chord means now, if any: the first entry bound to it that is active (an editor command waits while a
 * dialog is open, help's own key excepted, and while presenting; a presenter command only works while presenting)
 * and enabled. The chord test guarantees at most one can apply.
 */
export function commandForChord(chord: string, s: AppState = useAppStore.getState(), commands: readonly Command[] = COMMANDS): Command | undefined {
  return commands.find((c) => {
    if (!c.keys.includes(chord)) return false;
    if (c.context === 'editor' && ((s.dialog !== null && c.id !== 'help') || s.presenting)) return false;
    if (contextsOf(c).includes('presenter') && !s.presenting) return false;
    return enabled(c, s);
  });
}
