import {
  ArrowLeftRight,
  CalendarClock,
  CircleAlert,
  CircleCheck,
  CircleDashed,
  CircleX,
  Loader,
  Mail,
  PowerOff,
  Scale,
  Server,
  Square,
  Users,
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

const KIND_ICONS: Record<string, LucideIcon> = {
  loadBalancer: Scale,
  clients: Users,
  ontimeServer: CalendarClock,
  mailServer: Mail,
};

export function kindIcon(kind: string): LucideIcon {
  return KIND_ICONS[kind] ?? Server;
}
