import { useRef } from 'react';
import { Boxes } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CLUSTER_KINDS, NODE_KINDS, type KindGroup } from '../../engine';
import { SITE_KIND } from '../editor/actions';
import { viewportCentre } from '../editor/flowRef';
import { paletteClusterKinds } from '../editor/model/clusterItems';
import { clusterKindLabel, KindIcon, kindLabel, kindsOfGroup, PALETTE_GROUPS } from './kinds';
import { useAppStore } from '../../state/store';
import { LibrarySection } from './LibrarySection';
import { PaletteItem } from './PaletteItem';
import { addPaletteItem, clusterItem, placeItemForAdd } from './paletteActions';

export { PALETTE_MIME } from './PaletteItem';

/** The palette group of a cluster kind: the group of the servers it starts with (a mail cluster sits with OnTime & Domino). */
function clusterGroup(kind: string): KindGroup | undefined {
  const first = CLUSTER_KINDS.get(kind)?.starter?.[0];
  return first ? NODE_KINDS.get(first)?.group : undefined;
}

/**
 * Every node kind of the engine's registry, grouped, plus sites, clusters (with their starter members) and the
 * user's building blocks. Drag one onto the canvas, or click it (or press Enter on it) to add it in the middle of
 * the view: the keyboard path to the same result.
 */
export function Palette() {
  const { t } = useTranslation();
  const readOnly = useAppStore((s) => s.readOnly);
  const added = useRef(0);
  const add = async (item: string) => {
    addPaletteItem(item, await placeItemForAdd(item, viewportCentre(), added.current++), t);
  };
  const clusterKinds = paletteClusterKinds();
  return (
    <nav className="palette" aria-label={t('editor.palette.title')}>
      {PALETTE_GROUPS.map((group) => {
        const kinds = kindsOfGroup(group).map((k) => k.kind);
        const nodeItems = (group === 'network' ? [SITE_KIND, ...kinds] : kinds).map((kind) => ({
          item: kind,
          label: kind === SITE_KIND ? t('editor.site.kind') : kindLabel(t, kind),
          icon: <KindIcon kind={kind} />,
        }));
        const clusters = clusterKinds
          .filter((kind) => clusterGroup(kind) === group)
          .map((kind) => ({ item: clusterItem(kind), label: clusterKindLabel(t, kind), icon: <Boxes size={16} aria-hidden /> }));
        const items = [...nodeItems, ...clusters];
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`palette-${group}`} className="palette-group">
            <h2 id={`palette-${group}`}>{t(`editor.palette.group.${group}`)}</h2>
            <ul role="list">
              {items.map(({ item, label, icon }) => (
                <li key={item}>
                  <PaletteItem item={item} label={label} icon={icon} onAdd={() => void add(item)} disabled={readOnly} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <LibrarySection onAdd={(item) => void add(item)} />
      <p className="palette-tip muted">{t('editor.palette.tip')}</p>
    </nav>
  );
}
