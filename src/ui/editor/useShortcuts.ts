import { useEffect } from 'react';
import { useSession } from '../../state/persistence/session';
import { commandForChord, eventChord } from './commands';
import { useEditor } from './editorStore';

/** Keys typed into a field belong to the field, not to the editor. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The editor's keyboard shortcuts, from the command registry. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const cmd = commandForChord(eventChord(e));
      if (!cmd) return;
      // A dialog has its own keys (Escape closes it); only help's own shortcut passes through.
      if (useEditor.getState().dialog !== null && cmd.id !== 'help') return;
      if (cmd.edits && useSession.getState().readOnly) return;
      e.preventDefault();
      cmd.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
