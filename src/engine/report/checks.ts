import type { DesignDoc } from '../design/schema';
import type { DesignFinding } from '../kits/kit';
import { KIT_INFOS } from '../kits/catalog';
import { clusterMemberFindings, clusterOverlapFindings } from './clusterChecks';

/** Runs every kit's design checks and the engine's own; errors first, then warnings, then notes. */
export function checkDesign(design: DesignDoc): DesignFinding[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...KIT_INFOS.flatMap((kit) => kit.check(design)), ...clusterMemberFindings(design), ...clusterOverlapFindings(design)].sort((a, b) => order[a.severity] - order[b.severity]);
}
