import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { inBothLanguages } from '../../../../i18n/lookup';
import { checkWeblogic } from '../checks';
import { mistakesDesign, Run } from './harness';

// Scenario runs simulate minutes of a whole topology: give them room on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const hasBoth = inBothLanguages;

describe('WebLogic kit strings', () => {
  it('every event type of the kit has a sentence in English and Japanese', () => {
    const source = readFileSync(new URL('../events.ts', import.meta.url), 'utf8');
    const types = [...source.matchAll(/type: '([^']+)'/g)].map((m) => m[1]!);
    expect(types.length).toBeGreaterThan(30);
    expect(types.filter((t) => !hasBoth(`event.${t}`))).toEqual([]);
  });

  it('every note shown during a site failure, a partition and a switchover is translated', () => {
    const run = new Run().until(5000);
    const keys = new Set<string>();
    const collect = () => Object.values(run.sim.drainFrame(true).nodes).forEach((v) => v.notes.forEach((n) => keys.add(n.key)));
    collect();
    run.partition();
    run.for(120_000);
    collect();
    run.heal();
    run.siteDown('site1');
    run.for(400_000);
    collect();
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].filter((k) => !hasBoth(k))).toEqual([]);
  });

  it('every design check has its message and fix in both languages', () => {
    const findings = checkWeblogic(mistakesDesign());
    const keys = findings.flatMap((f) => [f.messageKey, f.fixKey]);
    const source = readFileSync(new URL('../checks.ts', import.meta.url), 'utf8');
    const ids = [...source.matchAll(/finding\('([a-zA-Z]+)'/g)].map((m) => m[1]!);
    keys.push(...ids.flatMap((id) => [`wl.check.${id}.message`, `wl.check.${id}.fix`]));
    expect(ids.length).toBeGreaterThanOrEqual(11);
    expect(keys.filter((k) => !hasBoth(k))).toEqual([]);
  });
});
