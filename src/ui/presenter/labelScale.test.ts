import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/resources';
import type { DesignDoc } from '../../engine';
import { TEMPLATES } from '../../templates';
import { templateDesign } from '../../templates/localize';
import { NODE_SIZE } from '../editor/model/geometry';
import { textUnits } from './headline';
import { fitZoom, MIN_NAME_SCREEN_PX, presenterLabelPx, type Rect } from './labelScale';

/** A 1920×1080 projector in presenter mode: the whole window but the headline strip (presenter.css, 96 px). */
const PANE = { width: 1920, height: 1080 - 96 };
/** styles.css: a server is 178 px wide with 0.6 rem padding and a 2 px border; the name has the whole width (no icon). */
const NODE_WIDTH = 178;
const NAME_WIDTH = NODE_WIDTH - 2 * 9.6 - 4;

function absoluteRects(design: DesignDoc): { sites: Rect[]; nodes: (Rect & { name: string })[] } {
  const sites = design.sites.map((s) => ({ x: s.position?.x ?? 0, y: s.position?.y ?? 0, width: s.size?.width ?? 0, height: s.size?.height ?? 0, id: s.id }));
  const nodes = design.nodes.map((n) => {
    const site = sites.find((s) => s.id === n.siteId);
    return { x: (site?.x ?? 0) + n.position.x, y: (site?.y ?? 0) + n.position.y, width: NODE_WIDTH, height: NODE_SIZE.height, name: n.name };
  });
  return { sites, nodes };
}

function bounds(rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

/** Lines of a name wrapped at spaces in NAME_WIDTH (a half-width unit ≈ 0.58 em of bold type; a word too long breaks). */
function lines(name: string, px: number): number {
  const unitPx = 0.58 * px;
  let count = 1;
  let used = 0;
  for (const word of name.split(' ')) {
    const w = textUnits(word) * unitPx;
    const withSpace = used === 0 ? w : used + unitPx + w;
    if (withSpace <= NAME_WIDTH) used = withSpace;
    else {
      count += used === 0 ? 0 : 1;
      count += Math.floor(w / NAME_WIDTH);
      used = w % NAME_WIDTH;
    }
  }
  return count;
}

describe('presentation zoom and level of detail', () => {
  it('the name font grows as the inverse of the zoom and never shrinks below the editor size', () => {
    expect(presenterLabelPx(0.5).namePx * 0.5).toBeGreaterThanOrEqual(MIN_NAME_SCREEN_PX);
    expect(presenterLabelPx(1.157).namePx * 1.157).toBeGreaterThanOrEqual(MIN_NAME_SCREEN_PX);
    expect(presenterLabelPx(2).namePx).toBe(15.2);
    expect(fitZoom({ x: 0, y: -150, width: 1620, height: 650 }, 1920, 984)).toBeCloseTo((1920 - 48) / 1620, 5);
  });

  for (const lng of ['en', 'ja'] as const) {
    it(`every template fitted on 1920×1080 in ${lng}: names ≥ 24 px on screen, and no name pushes its server onto the one below`, async () => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
      for (const entry of TEMPLATES) {
        const design = templateDesign(entry, i18n.t, lng);
        const { sites, nodes } = absoluteRects(design);
        const zoom = fitZoom(bounds([...sites, ...nodes]), PANE.width, PANE.height);
        const { namePx, statusPx } = presenterLabelPx(zoom);
        expect(namePx * zoom, entry.id).toBeGreaterThanOrEqual(MIN_NAME_SCREEN_PX);
        for (const node of nodes) {
          // Padding and border, the name's lines, the status line.
          const height = 19.2 + 4 + lines(node.name, namePx) * 1.15 * namePx + 1.5 * statusPx;
          const below = nodes.filter((o) => o !== node && o.y > node.y && o.x < node.x + NODE_WIDTH && node.x < o.x + NODE_WIDTH);
          const room = Math.min(...below.map((o) => o.y - node.y), Infinity);
          expect(height, `${entry.id} ${node.name}: ${lines(node.name, namePx)} lines at ${namePx} px`).toBeLessThan(room);
        }
      }
    });
  }
});
