import {
  ArrowLeftRight,
  CircleAlert,
  CircleCheck,
  CircleDashed,
  CircleX,
  Loader,
  PowerOff,
  Square,
  type LucideIcon,
} from 'lucide-react';
import type { NodeStatus } from '../../engine';

/** Icons that carry the state next to its colour, so it is never told by colour alone. */
export const STATUS_ICONS: Record<NodeStatus, LucideIcon> = {
  running: CircleCheck,
  starting: Loader,
  stopping: PowerOff,
  failed: CircleX,
  stopped: Square,
  standby: CircleDashed,
  takingOver: ArrowLeftRight,
  degraded: CircleAlert,
};
