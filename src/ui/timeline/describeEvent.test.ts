import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/resources';
import type { SimEvent } from '../../engine';
import { describeEvent } from './describeEvent';

async function translator(lng: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

const names = (id: string) => ({ MS4: 'Managed server 4', MS2: 'Managed server 2' })[id] ?? id;
const lost = (secondary: string) =>
  ({ id: 9, t: 1000, cause: 3, type: 'wl.sessionsLost', subject: 'MS4', server: 'MS4', secondary, count: 210 }) as unknown as SimEvent;

describe('event sentences', () => {
  it('S4: sessions lost with their secondary name the secondary', async () => {
    const t = await translator('en');
    expect(describeEvent(t, lost('MS2'), names)).toBe('210 sessions of Managed server 4 are lost: their secondary Managed server 2 is gone too');
  });

  it('sessions that never had a secondary are described without an empty name, in English and Japanese', async () => {
    for (const lng of ['en', 'ja'] as const) {
      const text = describeEvent(await translator(lng), lost(''), names);
      expect(text).toContain('210');
      expect(text).toContain('Managed server 4');
      expect(text).not.toMatch(/\s{2}|undefined|event\.wl/);
    }
  });
});
