import type { TFunction } from 'i18next';
import type { DesignDoc } from '../engine';
import { absolutePosition, NODE_SIZE, siteRect, type Rect } from '../ui/editor/model/geometry';
import { esc } from './html';
import type { Formatter } from './format';

const MARGIN = 40;
const round = (v: number) => Math.round(v * 10) / 10;

function nodeRects(design: DesignDoc): Map<string, Rect> {
  return new Map(design.nodes.map((n) => [n.id, { ...absolutePosition(design, n), ...NODE_SIZE }]));
}

function bounds(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return { x, y, width: Math.max(...rects.map((r) => r.x + r.width)) - x, height: Math.max(...rects.map((r) => r.y + r.height)) - y };
}

const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** A label cut to fit a node box (the full names are in the tables). */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The design as the canvas lays it out (sites, their servers, clusters, links with their RTT), drawn as static
 * SVG from the design's own positions: the same bytes wherever it is built.
 */
export function designSvg(design: DesignDoc, t: TFunction, f: Formatter): string {
  const nodes = nodeRects(design);
  const sites = new Map(design.sites.map((s) => [s.id, siteRect(s)]));
  const clusterRects = design.clusters.flatMap((c) => {
    const members = c.members.map((m) => nodes.get(m)).filter((r): r is Rect => r !== undefined);
    if (members.length === 0) return [];
    const b = bounds(members);
    return [{ cluster: c, rect: { x: b.x - 10, y: b.y - 10, width: b.width + 20, height: b.height + 30 } }];
  });
  const all = bounds([...nodes.values(), ...sites.values(), ...clusterRects.map((c) => c.rect)]);
  const view = { x: all.x - MARGIN, y: all.y - MARGIN, width: all.width + 2 * MARGIN, height: all.height + 2 * MARGIN };
  const parts: string[] = [];
  for (const s of design.sites) {
    const r = sites.get(s.id)!;
    parts.push(`<g class="site"><rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="12"/><text x="${r.x + 14}" y="${r.y + 26}">${esc(clip(s.name, 60))}</text></g>`);
  }
  for (const l of design.links) {
    const a = sites.get(l.a);
    const b = sites.get(l.b);
    if (!a || !b) continue;
    const [p, q] = [centre(a), centre(b)];
    const label = t('drill.design.rtt', { rtt: f.number(l.rttMs) }) + (l.jitterMs > 0 ? ` ± ${f.number(l.jitterMs)}` : '');
    parts.push(`<g class="link"><line x1="${round(p.x)}" y1="${round(p.y)}" x2="${round(q.x)}" y2="${round(q.y)}"/><text x="${round((p.x + q.x) / 2)}" y="${round((p.y + q.y) / 2 - 8)}" text-anchor="middle">${esc(label)}</text></g>`);
  }
  for (const { cluster, rect: r } of clusterRects) {
    parts.push(`<g class="cluster"><rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="8"/><text x="${r.x + 8}" y="${r.y + r.height - 6}">${esc(clip(cluster.name, 60))}</text></g>`);
  }
  for (const n of design.nodes) {
    const r = nodes.get(n.id)!;
    const kind = t(`kind.${n.kind}`, { defaultValue: n.kind });
    parts.push(
      `<g class="node"><rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="6"/>` +
        `<text x="${r.x + 10}" y="${r.y + 30}" class="name">${esc(clip(n.name, 18))}</text>` +
        `<text x="${r.x + 10}" y="${r.y + 54}" class="kind">${esc(clip(kind, 24))}</text></g>`,
    );
  }
  const title = t('drill.design.pictureTitle', { name: design.name });
  return `<svg class="design" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" preserveAspectRatio="xMidYMid meet">\n<title>${esc(title)}</title>\n${parts.join('\n')}\n</svg>`;
}
