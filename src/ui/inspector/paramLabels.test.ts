import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../engine';
import { translationAt } from '../../i18n/lookup';
import { isFlag, paramNameKey, unitKey } from './paramLabels';

const specs = [...NODE_KINDS.values()].flatMap((kind) => kind.params.map((p) => ({ kind: kind.kind, ...p })));

describe('inspector labels', () => {
  it('every parameter of every node kind has a name and a unit in English and Japanese', () => {
    expect(specs.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const lang of ['en', 'ja'] as const) {
      for (const spec of specs) {
        for (const key of [paramNameKey(spec.key), unitKey(spec.unit)]) {
          if (typeof translationAt(lang, key) !== 'string') missing.push(`${lang} ${spec.kind}.${spec.key}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('on/off parameters are switches, ranges are numbers', () => {
    const byKey = new Map(specs.map((s) => [s.key, s]));
    expect(isFlag(byKey.get('apiWebDbClustered')!)).toBe(true);
    expect(isFlag(byKey.get('testConnectionOnReserve')!)).toBe(true);
    expect(isFlag(byKey.get('syncKBPerUser')!)).toBe(false);
    expect(isFlag(byKey.get('leaseRetryCount')!)).toBe(false);
  });
});
