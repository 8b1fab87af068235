import { SCHEMA_VERSION, type DesignDoc } from '../../engine';

/** An empty canvas. */
export function newDesign(name: string): DesignDoc {
  return { schemaVersion: SCHEMA_VERSION, name, seed: 1, sites: [], links: [], nodes: [], relations: [], clusters: [] };
}
