import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../events';
import { eventField, happened, secondsUntil, throughputPercent } from './measures';
import { loadDesign } from '../testing/designs';
import maa from '../../templates/weblogic-maa.json';

const ev = (t: number, type: string, fields: Record<string, unknown>): SimEvent => ({ id: t, t, cause: null, subject: '', type, ...fields }) as unknown as SimEvent;

const events: SimEvent[] = [
  ev(1000, 'sync.takeover', { mailServer: 'MS1', from: 'OT2', to: 'OT1' }),
  ev(30_000, 'fault.injected', {}),
  ev(40_000, 'sync.takeover', { mailServer: 'MS3', from: 'OT1', to: 'OT9' }),
  ev(42_000, 'sync.takeover', { mailServer: 'MS1', from: 'OT1', to: 'OT2' }),
  ev(90_000, 'sync.failback', { mailServer: 'MS1', from: 'OT2', to: 'OT1' }),
];
const window = { events, sinceMs: 30_000, untilMs: 60_000 };

describe('lesson measures (extractors over a run)', () => {
  it('eventField: a field of the first matching event after the fault, not one before it', () => {
    expect(eventField(window, 'sync.takeover', 'to', { mailServer: 'MS1' })).toBe('OT2');
    expect(eventField(window, 'sync.takeover', 'to')).toBe('OT9');
    expect(eventField(window, 'sync.takeover', 'nothing', { mailServer: 'MS1' })).toBeNull();
  });

  it('secondsUntil: from the fault to the event; null when it falls after the step', () => {
    expect(secondsUntil(window, 'sync.takeover', { mailServer: 'MS1' })).toBe(12);
    expect(secondsUntil(window, 'sync.failback', { mailServer: 'MS1' })).toBeNull();
  });

  it('happened: yes or no inside the window', () => {
    expect(happened(window, 'sync.takeover', { mailServer: 'MS3' })).toBe('yes');
    expect(happened(window, 'sync.failback')).toBe('no');
  });

  it('WL-15: throughputPercent of the MAA template is 75 % at 20 ms and 100 % at the baseline', () => {
    const design = loadDesign(JSON.parse(JSON.stringify(maa)));
    expect(throughputPercent(design, 3, 20, 0)).toBeCloseTo(75, 0);
    expect(throughputPercent(design, 3, 0, 0)).toBe(100);
  }, 30_000);
});
