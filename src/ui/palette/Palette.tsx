import { useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, placeForAdd, SITE_KIND } from '../editor/actions';
import { viewportCentre } from '../editor/flowRef';
import { KindIcon, kindLabel, kindsOfGroup, PALETTE_GROUPS } from './kinds';
import { useAppStore } from '../../state/store';

/** The drag-and-drop type of a palette item; the data is the kind. */
export const PALETTE_MIME = 'application/x-failover-lab-kind';

function PaletteItem({ kind, label, onAdd, disabled }: { kind: string; label: string; onAdd: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        draggable={!disabled}
        onDragStart={onDragStart}
        onClick={onAdd}
        disabled={disabled}
        title={t('editor.palette.hint')}
        data-kind={kind}
      >
        <KindIcon kind={kind} />
        <span>{label}</span>
      </button>
    </li>
  );
}

/**
 * Every node kind of the engine's registry, grouped, plus sites. Drag one onto the canvas, or click it (or press
 * Enter on it) to add it in the middle of the view: the keyboard path to the same result.
 */
export function Palette() {
  const { t } = useTranslation();
  const readOnly = useAppStore((s) => s.readOnly);
  const added = useRef(0);
  const add = (kind: string) => {
    addItem(kind, placeForAdd(kind, viewportCentre(), added.current++), (n) => t('editor.site.defaultName', { n }));
  };
  return (
    <nav className="palette" aria-label={t('editor.palette.title')}>
      {PALETTE_GROUPS.map((group) => {
        const kinds = kindsOfGroup(group).map((k) => k.kind);
        const items = group === 'network' ? [SITE_KIND, ...kinds] : kinds;
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`palette-${group}`} className="palette-group">
            <h2 id={`palette-${group}`}>{t(`editor.palette.group.${group}`)}</h2>
            <ul role="list">
              {items.map((kind) => (
                <PaletteItem
                  key={kind}
                  kind={kind}
                  label={kind === SITE_KIND ? t('editor.site.kind') : kindLabel(t, kind)}
                  onAdd={() => add(kind)}
                  disabled={readOnly}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="palette-tip muted">{t('editor.palette.tip')}</p>
    </nav>
  );
}
