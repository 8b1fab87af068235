import { KIT_INFOS } from '../../engine';
import type { FaultCommand } from '../../commands/faults';

/**
 * Each kit's operator actions (Kit.operatorActions: a Data Guard switchover, a site's maintenance, pointing the
 * REST URL elsewhere…) as entries of the one fault registry (commands.ts), so menus, toolbar, keyboard and tests
 * offer them alike. The kits decide when an action applies; nothing here knows a kit's kinds or notes.
 */
export const KIT_COMMANDS: readonly FaultCommand[] = KIT_INFOS.flatMap((kit) => kit.operatorActions ?? []).map((action) => ({
  id: action.id,
  labelKey: action.labelKey,
  // The kit suggests a key on the selected node; the registry writes keys in its one notation (keys.ts: upper case).
  ...(action.shortcut ? { keys: [action.shortcut.toUpperCase()], context: ['node' as const] } : {}),
  options: (ctx) => (ctx.target ? action.options(ctx.target, ctx.design, ctx.nodeViews) : []),
}));
