import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/resources';
import { runScenario, type SimEvent } from '../../engine';
import { templateById } from '../../templates';
import { nameLookup } from '../timeline/describeEvent';
import { buildHeadline, HEADLINE_WIDTH_UNITS, headlineText, previousKeyMomentMs, textUnits } from './headline';

async function translator(lng: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

const maa = templateById('weblogic-maa')!.design;
const siteDown = runScenario(maa, { faults: [{ atMs: 10_000, fault: { kind: 'siteDown', target: 'site1' } }], untilMs: 180_000 });
const ev = (id: number, t: number, type: string, fields: Record<string, unknown> = {}) => ({ id, t, cause: null, type, subject: 'X', ...fields }) as unknown as SimEvent;

describe('the presenter headline', () => {
  it('S5: Site 1 down on the MAA template tells the story from the fault and the key moments, timed from the fault, in English and Japanese', async () => {
    const en = buildHeadline(siteDown.events, await translator('en'), nameLookup(maa))!;
    expect(en.fault).toBe('Site 1 lost power');
    expect(en.moments.length).toBeGreaterThan(0);
    expect(en.moments.length).toBeLessThanOrEqual(3);
    for (const m of en.moments) expect(m).toMatch(/\+\d+ s/);
    const text = headlineText(en);
    expect(text.startsWith('Site 1 lost power → ')).toBe(true);
    expect(textUnits(text)).toBeLessThanOrEqual(HEADLINE_WIDTH_UNITS);

    const ja = buildHeadline(siteDown.events, await translator('ja'), nameLookup(maa))!;
    expect(ja.fault).toBe('Site 1が電源断');
    expect(textUnits(headlineText(ja))).toBeLessThanOrEqual(HEADLINE_WIDTH_UNITS);
    expect(headlineText(ja)).toMatch(/^Site 1が電源断 → (… → )?\+\d+秒で/);
    expect(headlineText(ja)).not.toMatch(/presenter\.|undefined/);
  });

  it('S5: forty seconds in, the strip reads "Site 1 lost power → … database failover at +39 s"', async () => {
    const early = siteDown.events.filter((e) => e.t <= 50_000);
    const text = headlineText(buildHeadline(early, await translator('en'), nameLookup(maa))!);
    expect(text).toMatch(/^Site 1 lost power → .*database failover at \+39 s$/);
    expect(textUnits('サイト1 ab')).toBe(10);
  });

  it('keeps the first of each step and the last few moments, and says when it left some out', async () => {
    const t = await translator('en');
    const events = [
      ev(1, 5000, 'fault.injected', { fault: { kind: 'crashHost', target: 'MS1' } }),
      ev(2, 7000, 'wl.sessions.takeover'),
      ev(3, 7100, 'wl.sessions.takeover'),
      ev(4, 9000, 'wl.leaseLost'),
      ev(5, 20_000, 'dg.primary.detected'),
      ev(6, 43_000, 'dg.primary.takeover'),
      ev(7, 44_000, 'wl.sessionsRereplicated'),
    ];
    const h = buildHeadline(events, t, (id) => (id === 'MS1' ? 'Managed 1' : id), 3)!;
    expect(h).toEqual({
      fault: 'Managed 1 crashed',
      moments: ['leasing fails at +4 s', 'database failure detected at +15 s', 'database failover at +38 s'],
      skipped: 1,
    });
    expect(headlineText(h)).toBe('Managed 1 crashed → … → leasing fails at +4 s → database failure detected at +15 s → database failover at +38 s');
  });

  it('has no story before a fault, and starts again from the latest fault', async () => {
    const t = await translator('en');
    expect(buildHeadline([ev(1, 0, 'run.started')], t, (id) => id)).toBeNull();
    const two = [ev(1, 1000, 'fault.injected', { fault: { kind: 'siteDown', target: 'a' } }), ev(2, 2000, 'dg.primary.takeover'), ev(3, 9000, 'fault.injected', { fault: { kind: 'siteUp', target: 'a' } })];
    expect(buildHeadline(two, t, (id) => id)).toEqual({ fault: 'power back in a', moments: [], skipped: 0 });
  });

  it('PageUp without a story goes back to the previous key moment, then the one before', () => {
    const moment1 = siteDown.events.find((e) => e.type === 'dg.primary.takeover')!.t;
    expect(previousKeyMomentMs(siteDown.events, moment1 + 200)).toBeLessThan(moment1);
    expect(previousKeyMomentMs(siteDown.events, moment1 + 5000)).toBe(moment1);
    expect(previousKeyMomentMs(siteDown.events, 100)).toBeUndefined();
  });
});
