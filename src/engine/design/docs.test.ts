import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FAULT_KINDS } from '../faults/catalogue';
import { KIT_INFOS as KITS, NODE_KINDS, RELATION_KINDS } from '../kits/catalog';

/** docs/design-format.md is the reference for people writing files by hand: it must not fall behind the engine. */
const doc = readFileSync('docs/design-format.md', 'utf8');

/** The cells of the table row whose first cell is `` `key` ``. */
function row(key: string): string[] | undefined {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
  return line?.split('|').slice(1, -1).map((c) => c.trim());
}

const codes = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();

describe('docs/design-format.md', () => {
  it.each([...FAULT_KINDS])('documents the fault kind %s', (kind) => {
    expect(doc.split('\n').some((l) => l.startsWith('| `') && l.split('|')[1]!.includes(`\`${kind}\``))).toBe(true);
  });

  it.each([...NODE_KINDS.values()].map((k) => [k.kind, k] as const))('documents the node kind %s with its processes', (kind, spec) => {
    const cells = doc.split('\n').find((l) => new RegExp(`^\\| \\w+ \\| \`${kind}\` \\|`).test(l))?.split('|').slice(1, -1).map((c) => c.trim());
    expect(cells, `no row for ${kind}`).toBeDefined();
    expect(codes(cells!.at(-1))).toEqual([...spec.processes].sort());
  });

  it.each([...RELATION_KINDS.values()].map((r) => [r.kind, r] as const))('documents the relation kind %s with the kinds it joins', (kind, spec) => {
    const cells = row(kind);
    expect(cells, `no row for ${kind}`).toBeDefined();
    expect(codes(cells![1])).toEqual([...spec.from].sort());
    expect(codes(cells![2])).toEqual([...spec.to].sort());
  });

  it('documents every cluster kind', () => {
    for (const { kind } of KITS.flatMap((k) => k.clusterKinds)) expect(doc).toContain(`\`${kind}\``);
  });
});
