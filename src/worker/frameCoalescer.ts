import { concatSamples, idTable, type Frame, type RelationView } from '../engine';
import type { FrameMessage, FromWorker } from './protocol';

/** A running simulation's stream reaches the page at most this often (the worker posts it so, MessageBatcher folds it so). */
export const STREAM_INTERVAL_MS = 100;

/**
 * The worker's side of the 10 Hz stream (issue 18): the runner ticks every 16 ms and drains a frame each tick, but
 * the page folds frames at most every STREAM_INTERVAL_MS while a run streams steadily. Posting every tick made the
 * page deserialize six frames per batch (at 1,000 nodes ≈ 22 kB each: every changed relation again, the gauge keys
 * with each sample), the largest single script cost of a running frame after the charts. Steady frames are merged
 * here and posted at most every `intervalMs`; anything that answers a command (the worker handled one more), stops
 * or resets the run, or is not a frame, is posted at once (after what was pending), so reaction time is unchanged.
 */
export class FrameCoalescer {
  private pending: FrameMessage | undefined;
  private lastPostMs = -Infinity;
  private postedHandled = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly intervalMs: number,
    private readonly clock: () => number = () => performance.now(),
    private readonly setTimer: (fn: () => void, ms: number) => ReturnType<typeof setTimeout> = (fn, ms) => setTimeout(fn, ms),
    private readonly clearTimer: (timer: ReturnType<typeof setTimeout>) => void = (timer) => clearTimeout(timer),
  ) {}

  push(message: FromWorker): void {
    if (message.type !== 'frame' || !this.steady(message)) {
      this.flush();
      this.send(message);
      return;
    }
    const merged = this.pending && this.mergeable(this.pending, message) ? mergeMessages(this.pending, message) : undefined;
    if (this.pending && !merged) this.flush();
    this.pending = merged ?? message;
    const waitMs = this.lastPostMs + this.intervalMs - this.clock();
    if (waitMs <= 0) this.flush();
    else this.timer ??= this.setTimer(() => {
      this.timer = undefined;
      this.flush();
    }, waitMs);
  }

  /** Posts what is pending now (a command's answer must not overtake the stream before it). */
  flush(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.send(pending);
  }

  /** A frame of the running stream: no new command answered, still playing, not a reset. */
  private steady(m: FrameMessage): boolean {
    return m.playing && !m.reset && m.handled <= this.postedHandled;
  }

  private mergeable(a: FrameMessage, b: FrameMessage): boolean {
    const bothSampled = a.frame.samples.rows.length > 0 && b.frame.samples.rows.length > 0;
    return a.loadId === b.loadId && a.speed === b.speed && a.handled === b.handled && !(bothSampled && a.frame.samples.keys !== b.frame.samples.keys);
  }

  private send(message: FromWorker): void {
    this.lastPostMs = this.clock();
    this.postedHandled = Math.max(this.postedHandled, message.handled);
    this.post(message);
  }
}

/** `b` after `a` as one message: what the page folds from it is what it would fold from the two. */
function mergeMessages(a: FrameMessage, b: FrameMessage): FrameMessage {
  const script = b.script ?? a.script;
  return { ...b, reset: a.reset, ...(script ? { script } : {}), frame: mergeFrames(a.frame, b.frame) };
}

/** Two consecutive frames of one run as one: later views win, events and samples follow each other. */
export function mergeFrames(a: Frame, b: Frame): Frame {
  const relations = new Map<string, RelationView>();
  for (const r of a.relations) relations.set(r.id, r);
  for (const r of b.relations) relations.set(r.id, r);
  const net = b.net ?? a.net;
  return {
    t: b.t,
    events: a.events.length === 0 ? b.events : b.events.length === 0 ? a.events : [...a.events, ...b.events],
    nodes: idTable(a.nodes, b.nodes),
    relations: [...relations.values()],
    samples: concatSamples(a.samples, b.samples),
    ...(net ? { net } : {}),
  };
}
