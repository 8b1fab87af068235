import { type DesignDoc, type RecoveryTarget } from '../../engine';

/** Pure edits of the design's recovery targets (each one undo step through the store's editDesign). */
export const targetsOf = (design: DesignDoc): RecoveryTarget[] => design.targets ?? [];

/** A new target: every service, any disruption, RTO 5 min, RPO 0 (nothing lost) unless the list already has that one. */
export function addTarget(design: DesignDoc): DesignDoc {
  const list = targetsOf(design);
  const service = list.some((t) => t.service === '*' && t.disruption === undefined) ? 'system' : '*';
  return { ...design, targets: [...list, { service, rtoMs: 300_000, rpoMs: 0 }] };
}

export function updateTarget(design: DesignDoc, index: number, change: Partial<Omit<RecoveryTarget, 'disruption'>> & { disruption?: RecoveryTarget['disruption'] | null }): DesignDoc {
  const targets = targetsOf(design).map((t, i) => {
    if (i !== index) return t;
    const { disruption, ...rest } = { ...t, ...change };
    return disruption ? { ...rest, disruption } : rest;
  });
  return { ...design, targets };
}

export function removeTarget(design: DesignDoc, index: number): DesignDoc {
  const targets = targetsOf(design).filter((_, i) => i !== index);
  if (targets.length > 0) return { ...design, targets };
  const { targets: _gone, ...rest } = design;
  return rest;
}

/** What a target may name: every service ("*"), the whole system, each node and site (as the report names services). */
export function serviceChoices(design: DesignDoc): Array<{ id: string; name: string }> {
  return [...design.nodes, ...design.sites].map((x) => ({ id: x.id, name: x.name }));
}
