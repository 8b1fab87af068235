import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/resources';
import { Simulation } from '../../engine';
import { templateById } from '../../templates';
import { advanceWithScript } from '../../worker/script';
import { describeTimings } from './timings';

async function translator(lng: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

function s1(takeoverAfterMs?: number) {
  const base = templateById('ontime-minimal')!.design;
  const design = takeoverAfterMs === undefined ? base : { ...base, nodes: base.nodes.map((n) => (n.kind === 'ontimeServer' ? { ...n, params: { ...n.params, takeoverAfterMs } } : n)) };
  const sim = new Simulation(design, { seed: 1 });
  advanceWithScript(sim, [{ atMs: 20_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } }], 0, 60_000);
  const events = sim.drainFrame().events;
  return { design, takeover: events.find((e) => e.type === 'sync.takeover')!, stopped: events.find((e) => e.type === 'sync.stopped')! };
}

describe('"why?" names the parameter that set each timing', () => {
  it('OT-4: the Sync takeover names "Takeover after = 10 s · OT-4, source document", in English and Japanese', async () => {
    const { design, takeover, stopped } = s1();
    expect(describeTimings(await translator('en'), takeover, design)).toEqual(['Takeover after = 10 s · OT-4, Source document']);
    expect(describeTimings(await translator('ja'), takeover, design)).toEqual(['引き継ぎまでの時間 = 10 秒 · OT-4、元資料']);
    // An event whose moment no parameter decides (the Sync stops with the task) names none.
    expect(describeTimings(await translator('en'), stopped, design)).toEqual([]);
  });

  it('OT-4: the value is the one the design sets, and the takeover happens after it', async () => {
    const { design, takeover } = s1(25_000);
    expect(takeover.t - 20_000).toBeGreaterThanOrEqual(25_000);
    expect(describeTimings(await translator('en'), takeover, design)).toEqual(['Takeover after = 25 s · OT-4, Source document']);
  });
});
