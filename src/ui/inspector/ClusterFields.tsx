import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterKindLabel } from '../palette/kinds';
import { clusterKindsFor, type DesignDoc, type DesignNode } from '../../engine';
import { edit } from '../editor/actions';
import { createCluster, leaveCluster } from '../editor/model/clusters';

/**
 * Which clusters the selected servers belong to; group them into a new one or take them out. Only the kinds of
 * cluster that take every selected server are offered (an Oracle Traffic Director is in no cluster at all).
 */
export function ClusterFields({ design, nodes, disabled }: { design: DesignDoc; nodes: readonly DesignNode[]; disabled: boolean }) {
  const { t } = useTranslation();
  const fitting = clusterKindsFor([...new Set(nodes.map((n) => n.kind))]);
  const [chosen, setKind] = useState('');
  const kind = fitting.includes(chosen) ? chosen : (fitting[0] ?? '');
  const ids = new Set(nodes.map((n) => n.id));
  const clusters = design.clusters.filter((c) => c.members.some((m) => ids.has(m)));
  const kindName = (k: string) => clusterKindLabel(t, k);
  return (
    <div role="group" aria-label={t('editor.inspector.clusters')} className="clusters">
      <h4>{t('editor.inspector.clusters')}</h4>
      {clusters.length === 0 && <p className="muted">{t('editor.inspector.noCluster')}</p>}
      <ul className="plain">
        {clusters.map((c) => (
          <li key={c.id}>
            {c.name} <span className="muted">({kindName(c.kind)}, {c.members.length})</span>{' '}
            {!disabled && (
              <button type="button" className="link-button" onClick={() => edit((d) => leaveCluster(d, c.id, ids))}>
                {t('editor.inspector.leaveCluster', { name: c.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && nodes.length >= 1 && fitting.length === 0 && <p className="muted">{t('editor.inspector.noClusterKind')}</p>}
      {!disabled && nodes.length >= 1 && fitting.length > 0 && (
        <div className="row">
          <label>
            {t('editor.inspector.clusterKind')}
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              {fitting.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => edit((d) => createCluster(d, [...ids], kind, t('editor.cluster.defaultName', { kind: kindName(kind), n: d.clusters.length + 1 })).design)}
          >
            {t('editor.inspector.groupCluster')}
          </button>
        </div>
      )}
    </div>
  );
}
