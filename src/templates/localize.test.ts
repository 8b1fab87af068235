import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../i18n/resources';
import { validateDesign } from '../engine';
import { TEMPLATES, templateById } from './index';
import { localizeLabel, templateDesign } from './localize';

async function translator(lng: 'en' | 'ja') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('templates in the user language', () => {
  it('in English a template opens as it is (the same object)', async () => {
    const t = await translator('en');
    for (const entry of TEMPLATES) expect(templateDesign(entry, t, 'en')).toBe(entry.design);
  });

  it('in Japanese the name, description, sites and default labels are Japanese; ids and identifiers stay; the result is a valid design', async () => {
    const t = await translator('ja');
    const maa = templateById('weblogic-maa')!;
    const ja = templateDesign(maa, t, 'ja');
    expect(ja.name).toMatch(/^WebLogic MAA: アクティブ/);
    expect(ja.description).toMatch(/リファレンス構成/);
    expect(ja.sites.map((s) => s.name)).toEqual(['サイト1', 'サイト2']);
    expect(ja.nodes.find((n) => n.id === 'DB1')!.name).toBe('DB プライマリ');
    expect(ja.nodes.find((n) => n.id === 'MS1')!.name).toBe('MS1');
    expect(ja.nodes.map((n) => n.id)).toEqual(maa.design.nodes.map((n) => n.id));
    expect(maa.design.sites[0]!.name).toBe('Site 1');
    for (const entry of TEMPLATES) {
      const doc = templateDesign(entry, t, 'ja');
      expect(validateDesign(doc).ok, entry.id).toBe(true);
      expect(doc.name, entry.id).not.toBe(entry.design.name);
      expect(JSON.stringify(doc), entry.id).not.toMatch(/templateText\./);
    }
  });

  it('a name the user typed is kept as typed', async () => {
    const t = await translator('ja');
    expect(localizeLabel(t, 'Site 1')).toBe('サイト1');
    expect(localizeLabel(t, 'Rack 7 (mine)')).toBe('Rack 7 (mine)');
  });
});
