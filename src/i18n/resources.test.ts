import { describe, expect, it } from 'vitest';
import { PARTS, resources } from './resources';

function leaves(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? leaves(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('dictionaries', () => {
  it('English and Japanese have the same keys and no empty string', () => {
    const en = leaves(resources.en.translation).sort();
    const ja = leaves(resources.ja.translation).sort();
    expect(ja).toEqual(en);
    for (const lang of ['en', 'ja'] as const) {
      const flat = JSON.stringify(resources[lang].translation);
      expect(flat).not.toContain('""');
    }
  });

  it('no key is defined by two parts', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of leaves(part.en)) {
        if (owner.has(key)) clashes.push(`${key} (${owner.get(key)} and ${name})`);
        owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
