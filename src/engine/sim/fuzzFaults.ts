import fc from 'fast-check';
import type { DesignDoc } from '../design/schema';
import type { Fault } from '../faults/catalogue';
import { NODE_KINDS } from '../kits/catalog';

/**
 * Random faults aimed at a design's own nodes, sites and links (test support for the fuzzers, shared so that every
 * fuzzer draws from the same catalogue). Kinds a node cannot take are drawn too: the engine must refuse them
 * ('fault.unsupported') without breaking anything.
 */
export function faultArb(design: DesignDoc): fc.Arbitrary<Fault> {
  const node = fc.constantFrom(...design.nodes);
  const site = fc.constantFrom(...design.sites.map((s) => s.id));
  const withProcess = node.chain((n) => {
    const processes = NODE_KINDS.get(n.kind)?.processes ?? [];
    return processes.length === 0
      ? fc.constant<Fault>({ kind: 'crashHost', target: n.id })
      : fc.record({ kind: fc.constantFrom('stopProcess' as const, 'startProcess' as const, 'crashProcess' as const), target: fc.constant(n.id), process: fc.constantFrom(...processes) });
  });
  const options: Array<fc.Arbitrary<Fault>> = [
    withProcess,
    fc.record({ kind: fc.constantFrom('crashHost' as const, 'recoverHost' as const, 'maintenance' as const, 'recover' as const, 'dbSwitchover' as const, 'zdtRollout' as const), target: node.map((n) => n.id) }),
    fc.record({ kind: fc.constantFrom('siteDown' as const, 'siteUp' as const), target: site }),
    fc.record({ kind: fc.constant('partition' as const), from: fc.tuple(site), to: fc.tuple(site), oneWay: fc.boolean() }),
    fc.constant({ kind: 'heal' as const }),
  ];
  if (design.links.length > 0) {
    const link = fc.constantFrom(...design.links.map((l) => l.id));
    options.push(fc.record({ kind: fc.constantFrom('linkDown' as const, 'linkUp' as const), target: link }));
    options.push(fc.record({ kind: fc.constant('setRtt' as const), target: link, rttMs: fc.integer({ min: 0, max: 100 }) }));
  }
  return fc.oneof(...options);
}
