import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the native <dialog> element: focus is trapped and restored by the browser, Escape closes it,
 * and it is reachable by role and name.
 */
export function Dialog({ title, children, onClose, role = 'dialog', wide }: { title: string; children: ReactNode; onClose(): void; role?: 'dialog' | 'alertdialog'; wide?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    // No close() on cleanup: it would fire "close" (and onClose) when StrictMode re-runs the effect; unmounting the
    // element takes it out of the top layer anyway.
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' wide' : ''}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Chrome skips the cancel event for a second Escape without user activation in between: handle the key too.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      onClose={onClose}
    >
      <header className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon" onClick={onClose} aria-label={t('editor.close')}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
