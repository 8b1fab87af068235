import type { DesignDoc } from '../../engine';
import { absolutePosition, NODE_SIZE, siteRect } from '../editor/model/geometry';

/** A small picture of a design: sites as outlined boxes, servers as filled blocks. */
export function Thumbnail({ design }: { design: DesignDoc }) {
  const rects = [...design.sites.map(siteRect), ...design.nodes.map((n) => ({ ...absolutePosition(design, n), ...NODE_SIZE }))];
  if (rects.length === 0) return <svg className="thumb" viewBox="0 0 160 100" aria-hidden="true" />;
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  const pad = 20;
  return (
    <svg className="thumb" viewBox={`${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`} aria-hidden="true">
      {design.sites.map((s) => {
        const r = siteRect(s);
        return <rect key={s.id} x={r.x} y={r.y} width={r.width} height={r.height} rx={16} className="thumb-site" />;
      })}
      {design.nodes.map((n) => {
        const p = absolutePosition(design, n);
        return <rect key={n.id} x={p.x} y={p.y} width={NODE_SIZE.width} height={NODE_SIZE.height} rx={10} className={`thumb-node thumb-${n.kind}`} />;
      })}
    </svg>
  );
}
