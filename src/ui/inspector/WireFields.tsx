import { useTranslation } from 'react-i18next';
import type { DesignDoc, DesignLink } from '../../engine';
import { useAppStore } from '../../state/store';
import { select } from '../../state/editorView';
import { relationKindLabel } from '../palette/kinds';

/** Selects one design element on the canvas (a node or a site, or a wire), as a click on it would. */
function selectOnly(nodes: string[], edges: string[] = []): void {
  select(nodes, edges);
}

function nameOf(design: DesignDoc, id: string): string {
  return design.nodes.find((n) => n.id === id)?.name ?? design.sites.find((s) => s.id === id)?.name ?? id;
}

/** A wire's kind and its two ends, each a button that selects that end. */
export function WireEnds({ design, kind, from, to }: { design: DesignDoc; kind: string; from: string; to: string }) {
  const { t } = useTranslation();
  const end = (id: string) => (
    <button type="button" className="link-button" onClick={() => selectOnly([id])} aria-label={t('liveEdit.wire.goTo', { name: nameOf(design, id) })}>
      {nameOf(design, id)}
    </button>
  );
  return (
    <dl className="wire-ends">
      <dt>{t('liveEdit.wire.kind')}</dt>
      <dd>{kind}</dd>
      <dt>{t('liveEdit.wire.from')}</dt>
      <dd>{end(from)}</dd>
      <dt>{t('liveEdit.wire.to')}</dt>
      <dd>{end(to)}</dd>
    </dl>
  );
}

/** A link's round trip now (from the engine's frames: a slowdown shows here) beside the one the design gives it. */
export function LiveRtt({ link }: { link: DesignLink }) {
  const { t } = useTranslation();
  const now = useAppStore((s) => s.net.links[link.id]?.rttMs ?? link.rttMs);
  const changed = now !== link.rttMs;
  return <p className={`live-rtt${changed ? ' changed' : ''}`}>{t('liveEdit.rttNow', { now, designed: link.rttMs })}</p>;
}

/**
 * The wires of a node (its relations) or of a site (its links): each selects the wire, and its other end selects that
 * node or site, so a design can be walked from the inspector alone.
 */
export function Connections({ design, id }: { design: DesignDoc; id: string }) {
  const { t } = useTranslation();
  const wires = [
    ...design.relations.filter((r) => r.from === id || r.to === id).map((r) => ({ id: r.id, kind: relationKindLabel(t, r.kind), from: r.from, to: r.to })),
    ...design.links.filter((l) => l.a === id || l.b === id).map((l) => ({ id: l.id, kind: t('liveEdit.wire.link'), from: l.a, to: l.b })),
  ];
  return (
    <section className="connections" aria-label={t('liveEdit.connections.title')}>
      <h4>{t('liveEdit.connections.title')}</h4>
      {wires.length === 0 ? (
        <p className="muted">{t('liveEdit.connections.none')}</p>
      ) : (
        <ul>
          {wires.map((w) => {
            const other = w.from === id ? w.to : w.from;
            return (
              <li key={w.id}>
                <button type="button" className="link-button" onClick={() => selectOnly([], [w.id])}>
                  {t('liveEdit.connections.wire', { kind: w.kind, from: nameOf(design, w.from), to: nameOf(design, w.to) })}
                </button>{' '}
                <button type="button" className="link-button" onClick={() => selectOnly([other])} aria-label={t('liveEdit.wire.goTo', { name: nameOf(design, other) })}>
                  ↦ {nameOf(design, other)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
