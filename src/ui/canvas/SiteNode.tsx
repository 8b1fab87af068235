import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { SiteFlowNode } from './flow';

export const SiteNode = memo(function SiteNode({ data }: NodeProps<SiteFlowNode>) {
  return (
    <div className="site-node">
      <div className="site-name">{data.name}</div>
    </div>
  );
});
