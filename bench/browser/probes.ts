/**
 * What is measured inside the page: frames delivered, canvas updates, long animation frames (LoAF), and the time
 * from a click to the first painted change of a node. Each probe is one self-contained page.evaluate.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface LoafScript {
  invoker: string;
  invokerType: string;
  source: string;
  durationMs: number;
}

export interface Loaf {
  durationMs: number;
  /** Time spent in style, layout and paint preparation at the end of the frame. */
  renderMs: number;
  scripts: LoafScript[];
}

export interface FrameWindow {
  /** Animation frames the page got (rAF callbacks) per second: a frame the main thread could not produce is missing. */
  fps: number;
  /** Frames per second in which the canvas DOM changed (nodes, live edges): how often the live view updated. */
  canvasUpdatesPerS: number;
  /** Wall time the window really took: far above the asked length when the page is starved. */
  seconds: number;
  loafs: Loaf[];
  /** Main-thread busy time per second of window, split by kind (CDP Performance.getMetrics deltas), in ms/s. */
  busy?: { task: number; script: number; layout: number; style: number };
}

const BUSY_METRICS = { task: 'TaskDuration', script: 'ScriptDuration', layout: 'LayoutDuration', style: 'RecalcStyleDuration' } as const;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** measureFrames plus where the main thread's time went during the window. */
export async function measureFramesWithBusy(page: Page, cdp: CDPSession, ms: number): Promise<FrameWindow> {
  const before = await metrics(cdp);
  const wallStart = Date.now();
  const window = await measureFrames(page, ms);
  const after = await metrics(cdp);
  // Normalised by the wall time between the two readings, which is what the metric deltas cover.
  const wallS = (Date.now() - wallStart) / 1000;
  const perS = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / wallS;
  const busy = { task: perS(BUSY_METRICS.task), script: perS(BUSY_METRICS.script), layout: perS(BUSY_METRICS.layout), style: perS(BUSY_METRICS.style) };
  return { ...window, busy };
}

/** Counts frames, canvas updates and long animation frames for `ms` milliseconds. */
export async function measureFrames(page: Page, ms: number): Promise<FrameWindow> {
  return page.evaluate(async (windowMs) => {
    const loafs: Loaf[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as Array<Record<string, unknown>>) {
        const start = e.startTime as number;
        const renderStart = (e.renderStart as number) || start + (e.duration as number);
        loafs.push({
          durationMs: e.duration as number,
          renderMs: start + (e.duration as number) - renderStart,
          scripts: ((e.scripts as Array<Record<string, unknown>>) ?? []).map((s) => ({
            invoker: String(s.invoker ?? ''),
            invokerType: String(s.invokerType ?? ''),
            source: `${String(s.sourceURL ?? '').split('/').pop()}:${String(s.sourceFunctionName ?? '')}`,
            durationMs: s.duration as number,
          })),
        });
      }
    });
    try {
      observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      // LoAF unsupported: the count stays empty and the caller reports it
    }
    let changed = false;
    let updates = 0;
    const canvas = document.querySelector('.react-flow') ?? document.body;
    const mutations = new MutationObserver(() => (changed = true));
    mutations.observe(canvas, { subtree: true, childList: true, attributes: true, characterData: true });
    const stamps: number[] = [];
    const started = performance.now();
    let ended = started;
    await new Promise<void>((resolve) => {
      const tick = (t: number) => {
        stamps.push(t);
        if (changed) updates++;
        changed = false;
        ended = performance.now();
        if (ended - started < windowMs) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    // LoAF entries are delivered after their frame: give the observer one more task to receive the last ones.
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    mutations.disconnect();
    // Frames over the window's real length: a starved page that got 2 frames in 10 s scores 0.2 fps, not NaN.
    const seconds = (ended - started) / 1000;
    return { fps: stamps.length / seconds, canvasUpdatesPerS: updates / seconds, seconds, loafs };
  }, ms);
}

export async function loafSupported(page: Page): Promise<boolean> {
  return page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'));
}

/**
 * Arms a probe on node `id`: the next click anywhere records its event time; the first change inside the node's
 * element after it records the time after the next paint (rAF, then a task: the standard "after next paint").
 * That is an upper bound: a change made during a frame's rAF phase is painted one frame earlier.
 */
export async function armReactionProbe(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => {
    const w = window as unknown as { __benchReaction?: Promise<{ clickAt: number; mutatedAt: number; paintedAt: number }> };
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    if (!el) throw new Error(`node ${nodeId} not on the canvas`);
    w.__benchReaction = new Promise((resolve) => {
      let clickAt = -1;
      document.addEventListener('click', (e) => (clickAt = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (clickAt < 0) return;
        observer.disconnect();
        const mutatedAt = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ clickAt, mutatedAt, paintedAt: performance.now() });
          channel.port2.postMessage(null);
        });
      });
      observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, id);
}

export async function readReaction(page: Page, timeoutMs: number): Promise<{ toPaintMs: number; toDomMs: number } | undefined> {
  return page.evaluate(async (limit) => {
    const w = window as unknown as { __benchReaction?: Promise<{ clickAt: number; mutatedAt: number; paintedAt: number }> };
    const result = await Promise.race([w.__benchReaction, new Promise<undefined>((r) => setTimeout(() => r(undefined), limit))]);
    return result ? { toPaintMs: result.paintedAt - result.clickAt, toDomMs: result.mutatedAt - result.clickAt } : undefined;
  }, timeoutMs);
}
