import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import type { DesignIssue } from '../../engine';
import { designToText, MAX_DESIGN_BYTES, parseDesignText } from '../../state/persistence/designText';
import { switchDocument } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';
import { flowInstance } from '../editor/flowRef';
import { download, fileStem } from './download';
import { toast } from '../../state/editorView';

export const DESIGN_FILE_SUFFIX = '.failover.json';

export function exportDesign(): void {
  const { design } = useAppStore.getState();
  download(`${fileStem(design.name)}${DESIGN_FILE_SUFFIX}`, designToText(design));
}

/**
 * Imports a design file. A bad file (too big, not JSON, wrong schema, newer version, broken references) is refused
 * with every problem and its place; the current design is not touched. A good file opens as a new saved design, so
 * the one that was open stays in the list.
 */
export async function importDesignFile(file: File): Promise<boolean> {
  const refuse = (issues: DesignIssue[]) => {
    useAppStore.setState({ importProblems: { file: file.name, issues } });
    return false;
  };
  if (file.size > MAX_DESIGN_BYTES) {
    return refuse([{ path: '(document)', message: `too large: ${file.size} bytes (at most ${MAX_DESIGN_BYTES})`, code: 'file.tooLargeBytes', params: { size: file.size, max: MAX_DESIGN_BYTES } }]);
  }
  const parsed = parseDesignText(await file.text());
  if (!parsed.ok) return refuse(parsed.issues);
  await switchDocument(parsed.design, undefined);
  toast({ key: 'editor.files.imported', params: { name: parsed.design.name }, tone: 'info' });
  return true;
}

const IMAGE_PADDING = 0.08;
const MAX_IMAGE_SIDE = 4000;

/** The whole design (not just what is on screen) as a PNG or an SVG, on the canvas's background. */
export async function exportImage(format: 'png' | 'svg'): Promise<void> {
  const flow = flowInstance();
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) return;
  const bounds = getNodesBounds(flow.getNodes());
  const scale = Math.min(2, MAX_IMAGE_SIDE / Math.max(bounds.width, bounds.height, 1));
  const width = Math.ceil(bounds.width * (1 + 2 * IMAGE_PADDING) * scale);
  const height = Math.ceil(bounds.height * (1 + 2 * IMAGE_PADDING) * scale);
  const v = getViewportForBounds(bounds, width, height, 0.05, 4, IMAGE_PADDING);
  const options = {
    backgroundColor: '#f6f7f9',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})` },
  };
  // html-to-image loses `fill: none` on edge paths (their wide invisible hit areas then render as black blobs):
  // pin it as an attribute for the capture, and take it off again afterwards.
  const pinned = [...viewport.querySelectorAll<SVGPathElement>('.react-flow__edges path:not([fill])')].filter((p) => getComputedStyle(p).fill === 'none');
  pinned.forEach((p) => p.setAttribute('fill', 'none'));
  try {
    // Loaded on the first image export: the page's first download does without it (bench row 5).
    const { toPng, toSvg } = await import('html-to-image');
    const url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
    download(`${fileStem(useAppStore.getState().design.name)}.${format}`, url);
  } catch (error) {
    toast({ key: 'editor.files.imageFailed', params: { reason: error instanceof Error ? error.message : String(error) }, tone: 'error' });
  } finally {
    pinned.forEach((p) => p.removeAttribute('fill'));
  }
}
