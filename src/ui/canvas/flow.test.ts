import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../templates';
import { designToNodes, type ClusterFlowNode } from './flow';

const clustersOf = (id: string) =>
  designToNodes(TEMPLATES.find((t) => t.id === id)!.design).filter((n): n is ClusterFlowNode => n.type === 'cluster');

describe('cluster outlines on the canvas', () => {
  it('two clusters over the same servers (P1: OnTime cluster and Domino mail cluster) are nested rings with their names apart', () => {
    const [inner, outer] = clustersOf('ontime-p1-colocated');
    expect(inner!.position.y - outer!.position.y).toBeGreaterThanOrEqual(18);
    expect(outer!.position.x).toBeLessThan(inner!.position.x);
    expect(outer!.position.x + outer!.width!).toBeGreaterThan(inner!.position.x + inner!.width!);
    expect(outer!.position.y + outer!.height!).toBeGreaterThan(inner!.position.y + inner!.height!);
  });
});
