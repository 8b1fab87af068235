import type { DesignDoc } from '../../../engine';

export type ReliabilityKey = 'mtbfHours' | 'mttrHours';

/**
 * Sets a site's or a link's MTBF or MTTR (design format v3), or with `undefined` removes it so the estimate
 * applies again. A design edit like any other: it goes through `edit`, so it is one undo step.
 */
export function setReliability(design: DesignDoc, element: 'site' | 'link', id: string, key: ReliabilityKey, value: number | undefined): DesignDoc {
  const apply = <T extends { id: string; mtbfHours?: number | undefined; mttrHours?: number | undefined }>(e: T): T => {
    if (e.id !== id) return e;
    const { [key]: _old, ...rest } = e;
    return (value === undefined ? rest : { ...rest, [key]: value }) as T;
  };
  return element === 'site' ? { ...design, sites: design.sites.map(apply) } : { ...design, links: design.links.map(apply) };
}
