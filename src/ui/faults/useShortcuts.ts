import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { SIM_COMMANDS } from '../sim/simCommands';
import { injectFault } from './inject';
import { useEditor } from '../editor/editorStore';
import { faultTargetId, optionForShortcut, targetOf } from './commands';

/** Keys typed into a field, or Space on a button, belong to that element, not to the shortcuts. */
function ownedByElement(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return true;
  return (el.tagName === 'BUTTON' || el.getAttribute('role') === 'menuitem') && (event.key === ' ' || event.key === 'Enter');
}

/**
 * The keyboard side of the command registries: simulation commands anywhere, fault commands on the selected
 * node, site or link. The same entries the toolbar and the menus use.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || ownedByElement(event)) return;
      const sim = SIM_COMMANDS.find((c) => c.shortcut.key === event.key && Boolean(c.shortcut.shift) === event.shiftKey);
      if (sim) {
        event.preventDefault();
        sim.run();
        return;
      }
      const s = useAppStore.getState();
      const { selectedNodes, selectedEdges } = useEditor.getState();
      const target = targetOf(s.design, faultTargetId(s.selectedNodeId, selectedNodes, selectedEdges));
      const option = optionForShortcut(
        { design: s.design, nodeViews: s.nodeViews, target, net: s.net },
        event.key.toLowerCase(),
      );
      if (option && !event.shiftKey) {
        event.preventDefault();
        injectFault(option.fault);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
