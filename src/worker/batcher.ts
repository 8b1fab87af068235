/**
 * Hands the worker's messages to the page in batches: at most one batch per animation frame, and while only the
 * steady stream of a running simulation arrives, at most one every `intervalMs` (a reader follows a node's state at
 * that rate just as well, and the page renders a fraction as often). A message that answers a command the page sent
 * (an injection, a step, a jump in time: the worker had handled a command more than when it sent the last delivered
 * message) goes out at once, with everything queued before it, in the task that received it: React renders it
 * before the next frame instead of one frame later, so a click is painted on the first frame after the worker
 * answered (issue 18: waiting for an animation frame cost 16–140 ms of reaction time when frames ran long).
 */
export class MessageBatcher<T> {
  private queue: T[] = [];
  private scheduled = false;
  private lastFlushMs = -Infinity;
  /** The most commands the worker had handled when it sent a message already delivered. */
  private answeredUpTo = 0;

  /** `handled(message)`: how many of the page's commands the worker had handled when it sent `message`. */
  constructor(
    private readonly deliver: (batch: T[]) => void,
    private readonly requestFrame: (callback: (nowMs: number) => void) => void,
    private readonly intervalMs: number,
    private readonly handled: (message: T) => number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(message: T): void {
    this.queue.push(message);
    if (this.handled(message) > this.answeredUpTo) return this.flush(this.now());
    if (this.scheduled) return;
    this.scheduled = true;
    this.requestFrame((now) => this.onFrame(now));
  }

  private onFrame(nowMs: number): void {
    this.scheduled = false;
    // Flushed meanwhile by an answer: nothing left for this frame.
    if (this.queue.length === 0) return;
    if (nowMs - this.lastFlushMs < this.intervalMs) {
      this.scheduled = true;
      this.requestFrame((now) => this.onFrame(now));
      return;
    }
    this.flush(nowMs);
  }

  private flush(nowMs: number): void {
    const batch = this.queue;
    this.queue = [];
    for (const m of batch) this.answeredUpTo = Math.max(this.answeredUpTo, this.handled(m));
    this.lastFlushMs = nowMs;
    this.deliver(batch);
  }
}
