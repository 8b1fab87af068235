import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { clusterKindLabel } from '../palette/kinds';
import type { ClusterFlowNode } from './flow';

/** The outline of a cluster around its members. */
export const ClusterNode = memo(function ClusterNode({ data }: NodeProps<ClusterFlowNode>) {
  const { t } = useTranslation();
  const kind = clusterKindLabel(t, data.kind);
  return (
    <div className={`cluster-node cluster-${data.kind}${data.drop ? ` cluster-drop-${data.drop}` : ''}`} role="group" aria-label={t('editor.cluster.label', { name: data.name })}>
      <span className="cluster-name">
        {/* A cluster still named after its kind ("OnTime cluster") says it once. */}
        {data.name === kind ? kind : `${data.name} · ${kind}`}
      </span>
    </div>
  );
});
