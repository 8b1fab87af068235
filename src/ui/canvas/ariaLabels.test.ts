import i18next from 'i18next';
import { defaultAriaLabelConfig } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { flowAriaLabels } from './ariaLabels';

async function labels(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return flowAriaLabels(instance.t);
}

describe("React Flow's built-in labels", () => {
  it('are all replaced in Japanese, with the moved-node announcement translated', async () => {
    const ja = await labels('ja');
    expect(Object.keys(ja).sort()).toEqual(Object.keys(defaultAriaLabelConfig).sort());
    for (const [key, english] of Object.entries(defaultAriaLabelConfig)) {
      const ours = ja[key as keyof typeof ja];
      if (typeof english === 'string') expect(ours, key).not.toBe(english);
      if (typeof ours === 'string') expect(ours, key).not.toMatch(/^editor\./);
    }
    expect(ja['node.a11yDescription.ariaLiveMessage']({ direction: 'left', x: 20, y: 40 })).toBe('選択したノードを左へ移動しました。新しい位置: x 20、y 40');
  });

  it('read naturally in English (no raw keys)', async () => {
    const en = await labels('en');
    expect(en['controls.zoomIn.ariaLabel']).toBe('Zoom in');
    expect(en['handle.ariaLabel']).toBe('Connection point');
  });
});
