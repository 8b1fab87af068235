import { createElement, memo, type CSSProperties } from 'react';
import type { LucideIcon } from 'lucide-react';

type IconNode = ReadonlyArray<readonly [string, Readonly<Record<string, string>>]>;

/**
 * The drawing of a Lucide icon: its component is a forwardRef whose render hands Lucide's `Icon` the icon data
 * (`props.icon.node`: the SVG children). Read once per icon; undefined if a Lucide release changes that shape
 * (CanvasIcon then draws the component itself, and CanvasIcon.test.ts fails so the change is noticed).
 */
export function iconNodeOf(icon: LucideIcon): IconNode | undefined {
  const render = (icon as unknown as { render?: (props: object, ref: null) => { props?: { icon?: { node?: IconNode } } } }).render;
  try {
    return render?.({}, null)?.props?.icon?.node;
  } catch {
    return undefined;
  }
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The icon as a standalone SVG document (Lucide's defaults: 24 × 24, stroke 2, round caps and joins). */
export function iconSvg(node: IconNode): string {
  const children = node.map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).filter(([k]) => k !== 'key').map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${children}</svg>`;
}

const masks = new Map<LucideIcon, string | null>();

function maskOf(icon: LucideIcon): string | null {
  let mask = masks.get(icon);
  if (mask === undefined) {
    const node = iconNodeOf(icon);
    mask = node && node.length > 0 ? `url("data:image/svg+xml,${encodeURIComponent(iconSvg(node))}")` : null;
    masks.set(icon, mask);
  }
  return mask;
}

interface Props {
  icon: LucideIcon;
  size: number;
  className?: string;
}

/**
 * A decorative icon on a canvas node, drawn as a CSS mask in the text colour instead of an inline <svg> (issue 18):
 * each inline SVG adds its own transform and clip to the page's paint, and with two per server the browser's
 * layerization of every frame took about twice as long on a 1,000-node design (measured with bench/profile.ts).
 */
export const CanvasIcon = memo(function CanvasIcon({ icon, size, className }: Props) {
  const mask = maskOf(icon);
  if (mask === null) return createElement(icon, { size, className, 'aria-hidden': true });
  const style: CSSProperties = { width: size, height: size, maskImage: mask, WebkitMaskImage: mask };
  return <span className={`canvas-icon${className ? ` ${className}` : ''}`} style={style} aria-hidden="true" />;
});
