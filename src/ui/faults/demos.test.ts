import { describe, expect, it } from 'vitest';
import { Simulation, validateFaultScript } from '../../engine';
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
});
