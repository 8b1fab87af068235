import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { eventChord } from './keys';
import { commandForChord } from './registry';

/**
 * Keys typed into a field belong to the field, and Space or Enter on a button or menu item belong to it (they press
 * it): not to the shortcuts.
 */
export function ownedByElement(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
  const el = event.target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) return true;
  return (el.tagName === 'BUTTON' || el.getAttribute('role') === 'menuitem') && (event.key === ' ' || event.key === 'Enter');
}

/** The one keyboard dispatcher: a key event becomes a chord, the chord the one command active for it. */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (ownedByElement(event)) return;
      const s = useAppStore.getState();
      const cmd = commandForChord(eventChord(event), s);
      if (!cmd) return;
      event.preventDefault();
      cmd.run(s);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
