import { useAppStore } from '../../state/store';

/** Whether a story step or a lesson points at this node or site (presenter slice `highlighted`): a boolean selector. */
export function useSpotlit(id: string): boolean {
  return useAppStore((s) => s.highlighted.includes(id));
}
