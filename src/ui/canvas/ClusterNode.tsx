import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ClusterFlowNode } from './flow';

/** The outline of a cluster around its members. */
export const ClusterNode = memo(function ClusterNode({ data }: NodeProps<ClusterFlowNode>) {
  const { t } = useTranslation();
  return (
    <div className={`cluster-node cluster-${data.kind}`} role="group" aria-label={t('editor.cluster.label', { name: data.name })}>
      <span className="cluster-name">
        {data.name} · {t(`editor.clusterKind.${data.kind}`, { defaultValue: data.kind })}
      </span>
    </div>
  );
});
