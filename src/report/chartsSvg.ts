import type { TFunction } from 'i18next';
import type { SampleBlock } from '../engine';
import { chartGroups, type ChartGroup } from '../ui/charts/groups';
import { esc } from './html';
import type { Formatter } from './format';

/** The app's palette colours by CSS variable: the report is a file of its own, without the app's stylesheet. */
const COLOURS: Record<string, string> = { 'var(--accent)': '#0f766e', 'var(--info)': '#1d4ed8', 'var(--bad)': '#b91c1c' };
const colour = (c: string) => COLOURS[c] ?? c;

const W = 720;
const H = 200;
const PAD = { left: 56, right: 48, top: 12, bottom: 28 };
/** Buckets per chart: each keeps its lowest and highest value, so a short outage still shows as a dip. */
const BUCKETS = 360;

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A round upper bound for an axis (1, 2, 2.5, 5 × 10ⁿ). */
function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= max) ?? 10) * p;
}

/** Time ticks on whole minutes or seconds: at most 6. */
function timeTicks(endMs: number): number[] {
  const steps = [10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400].map((s) => s * 1000);
  const step = steps.find((s) => endMs / s <= 6) ?? Math.ceil(endMs / 6 / 86_400_000) * 86_400_000;
  const out: number[] = [];
  for (let t = 0; t <= endMs; t += step) out.push(t);
  return out;
}

/** (t, value) points of one gauge, at most 2 per bucket (its min and max, in time order). */
function points(block: SampleBlock, column: number, endMs: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const width = Math.max(1, endMs / BUCKETS);
  let bucket = -1;
  let lo: [number, number] | undefined;
  let hi: [number, number] | undefined;
  const flush = () => {
    if (!lo || !hi) return;
    if (lo === hi) out.push(lo);
    else out.push(...(lo[0] <= hi[0] ? [lo, hi] : [hi, lo]));
  };
  for (const row of block.rows) {
    const v = row.values[column]!;
    const b = Math.floor(row.t / width);
    if (b !== bucket) {
      flush();
      bucket = b;
      lo = hi = [row.t, v];
    } else {
      if (v < lo![1]) lo = [row.t, v];
      if (v > hi![1]) hi = [row.t, v];
    }
  }
  flush();
  return out;
}

function chartSvg(group: ChartGroup, block: SampleBlock, endMs: number, faultTimes: readonly number[], f: Formatter): string {
  const x = (t: number) => r1(PAD.left + (t / Math.max(1, endMs)) * (W - PAD.left - PAD.right));
  const series = group.lines.map((line) => {
    const column = block.keys.indexOf(line.key);
    const scale = line.scale ?? 1;
    return { line, pts: column < 0 ? [] : points(block, column, endMs).map(([t, v]) => [t, v * scale] as [number, number]) };
  });
  const maxOf = (right: boolean) => niceMax(Math.max(0, ...series.filter((s) => (s.line.right ?? false) === right).flatMap((s) => s.pts.map((p) => p[1]))));
  const leftMax = maxOf(false);
  const rightMax = group.rightUnit === '%' ? 100 : maxOf(true);
  const y = (v: number, right: boolean) => r1(H - PAD.bottom - (v / (right ? rightMax : leftMax)) * (H - PAD.top - PAD.bottom));
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (leftMax * i) / 4;
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v, false)}" y2="${y(v, false)}"/><text class="tick" x="${PAD.left - 6}" y="${y(v, false) + 4}" text-anchor="end">${esc(f.number(v, 2))}</text>`);
    if (series.some((s) => s.line.right)) parts.push(`<text class="tick" x="${W - PAD.right + 6}" y="${y((rightMax * i) / 4, true) + 4}">${esc(f.number((rightMax * i) / 4, 2))}</text>`);
  }
  for (const t of timeTicks(endMs)) parts.push(`<text class="tick" x="${x(t)}" y="${H - 8}" text-anchor="middle">${esc(f.duration(t))}</text>`);
  faultTimes.forEach((t, i) => parts.push(`<line class="fault" x1="${x(t)}" x2="${x(t)}" y1="${PAD.top}" y2="${H - PAD.bottom}"/><text class="fault" x="${x(t) + 3}" y="${PAD.top + 10}">F${i + 1}</text>`));
  for (const { line, pts } of series) {
    if (pts.length === 0) continue;
    const d = pts.map(([t, v]) => `${x(t)},${y(v, line.right ?? false)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${esc(colour(line.color))}" stroke-width="1.5" points="${d}"/>`);
  }
  const legend = group.lines.map((l) => `<span><i style="background:${esc(colour(l.color))}"></i>${esc(l.name)}</span>`).join(' ');
  const units = group.rightUnit ? `${group.unit} / ${group.rightUnit}` : group.unit;
  return `<figure class="chart"><figcaption>${esc(group.title)} <small>(${esc(units)})</small></figcaption>\n<svg role="img" aria-label="${esc(group.title)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}">\n${parts.join('\n')}\n</svg>\n<p class="legend">${legend}</p></figure>`;
}

/** The run's charts (the app's groups: throughput and errors, latency, sync lag, losses) as static SVG. */
export function chartsSvg(block: SampleBlock, endMs: number, faultTimes: readonly number[], t: TFunction, f: Formatter, name: (id: string) => string): string {
  const groups = chartGroups(new Set(block.keys), t, name);
  if (groups.length === 0 || block.rows.length === 0) return `<p>${esc(t('drill.charts.none'))}</p>`;
  return groups.map((g) => chartSvg(g, block, endMs, faultTimes, f)).join('\n');
}
