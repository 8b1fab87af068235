import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The drag-and-drop type of a palette item; the data says what it adds (see paletteActions.ts). */
export const PALETTE_MIME = 'application/x-failover-lab-kind';

/** One entry of the palette: drag it onto the canvas, or click it (Enter, Space) to add it in the middle of the view. */
export function PaletteItem({ item, label, icon, onAdd, disabled }: { item: string; label: string; icon: ReactNode; onAdd: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, item);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button
      type="button"
      className="palette-item"
      draggable={!disabled}
      onDragStart={onDragStart}
      onClick={onAdd}
      disabled={disabled}
      title={t('editor.palette.hint')}
      data-kind={item}
    >
      {icon}
      <span>{label}</span>
    </button>
  );
}
