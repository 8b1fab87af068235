import type { Kit } from '../kit';
import { ONTIME_NODE_KINDS, ONTIME_RELATION_KINDS } from './kinds';
import { OnTimeKit } from './ontime';

export const ontimeKit: Kit = {
  id: 'ontime',
  nodeKinds: ONTIME_NODE_KINDS,
  relationKinds: ONTIME_RELATION_KINDS,
  clusterKinds: ['ontime'],
  install: (world) => void new OnTimeKit(world),
  check: () => [],
};
