import { describe, expect, it } from 'vitest';
import { sampleRecords, Simulation, validateFaultScript, runScenario } from '../../engine';
import { templateById } from '../../templates';
import { advanceWithScript } from '../../worker/script';
import { DEMOS } from './demos';

describe('scripted scenario demos', () => {
  it('cover every scenario S1–S8 of DOMAIN.md', () => {
    expect([...new Set(DEMOS.map((d) => d.scenario))].sort()).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']);
  });

  for (const demo of DEMOS) {
    it(`${demo.scenario} on ${demo.templateId}: a valid script for its template that the engine carries out`, () => {
      const template = templateById(demo.templateId);
      expect(template, demo.templateId).toBeDefined();
      const steps = demo.script.map((e) => ({ at: e.atMs, ...e.fault }));
      const result = validateFaultScript({ schemaVersion: 1, name: demo.scenario, steps }, template!.design);
      expect(result.ok ? [] : result.issues).toEqual([]);
      const sim = new Simulation(template!.design);
      advanceWithScript(sim, demo.script, 0, demo.script[demo.script.length - 1]!.atMs + 60_000);
      const events = sim.drainFrame().events;
      expect(events.filter((e) => e.type === 'fault.injected')).toHaveLength(demo.script.length);
      expect(events.filter((e) => e.type === 'fault.unsupported')).toEqual([]);
      // Every demo breaks something the simulation reacts to, beyond the injection itself.
      expect(events.filter((e) => e.type !== 'fault.injected' && e.type !== 'run.started').length).toBeGreaterThan(0);
    });
  }

  it('S6: the planned maintenance demo of site 1 loses no session (DOMAIN.md §3)', () => {
    const demo = DEMOS.find((d) => d.scenario === 'S6')!;
    const { samples, events } = runScenario(templateById(demo.templateId)!.design, { faults: demo.script, untilMs: 240_000 });
    expect(events.some((e) => e.type.startsWith('service.'))).toBe(true);
    expect(sampleRecords(samples, samples.rows.length - 1)[0]!.values.sessionsLost).toBe(0);
  });
});
