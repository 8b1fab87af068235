import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, faultSchema } from './catalogue';
import { resources } from '../../i18n/resources';

describe('fault catalogue', () => {
  it('every fault kind has a sentence in English and Japanese', () => {
    const en = resources.en.translation as { fault: Record<string, string> };
    const ja = resources.ja.translation as { fault: Record<string, string> };
    const missing = FAULT_KINDS.filter((k) => typeof en.fault[k] !== 'string' || typeof ja.fault[k] !== 'string');
    expect(missing).toEqual([]);
    expect(FAULT_KINDS).toContain('partition');
  });

  it('rejects a fault with a missing field, naming the field', () => {
    const result = faultSchema.safeParse({ kind: 'setRtt', target: 'dc1-dc2' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rttMs']);
  });
});
