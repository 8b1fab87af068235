import { describe, expect, it } from 'vitest';
import { iconNodeOf, iconSvg } from './CanvasIcon';
import { STATUS_ICONS } from './icons';
import { KIND_ICONS } from '../palette/kinds';

describe('canvas icons drawn as masks (issue 18)', () => {
  it('reads the drawing of every status and kind icon from Lucide', () => {
    for (const icon of [...Object.values(STATUS_ICONS), ...Object.values(KIND_ICONS)]) {
      const node = iconNodeOf(icon);
      expect(node, String(icon.displayName)).toBeDefined();
      expect(node!.length).toBeGreaterThan(0);
    }
  });

  it('writes a standalone SVG without React keys, attributes escaped', () => {
    const svg = iconSvg([['path', { d: 'M1 1"<', key: 'k1' }], ['circle', { cx: '12', cy: '12', r: '10', key: 'k2' }]]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 24"/);
    expect(svg).toContain('<path d="M1 1&quot;&lt;"/><circle cx="12" cy="12" r="10"/>');
    expect(svg).not.toContain('key=');
  });
});
