import { describe, expect, it } from 'vitest';
import { KIT_INFOS } from './catalog';
import { KITS } from './registry';

/**
 * The kits are listed twice: their descriptions for the page (catalog.ts) and the kits with their models for the
 * simulation (registry.ts), so that the page's first download holds no model. The two lists must describe the
 * same kits, in the same order, with the very same kinds, event meanings, checks and actions.
 */
describe('the kit catalog and the kit registry', () => {
  it('list the same kits in the same order', () => {
    expect(KITS.map((k) => k.id)).toEqual(KIT_INFOS.map((k) => k.id));
  });

  it('share each kit description field by field', () => {
    KITS.forEach((kit, i) => {
      const info = KIT_INFOS[i]!;
      for (const key of Object.keys(info) as Array<keyof typeof info>) expect(kit[key], `${kit.id}.${key}`).toBe(info[key]);
    });
  });
});
