/**
 * What the engine is compared with, in the same run:
 * - a bare binary-heap push/pop loop (the "hold" model: pop the earliest entry, push a successor a little later)
 *   of the same event count and about the same queue size: the JavaScript limit of a discrete-event loop;
 * - the engine's kernel on simple events (timers, causes, an event emitted now and then): what the issue's
 *   "simple events" budget is about, the kernel's own cost per event with no kit work in it.
 */
import { Kernel } from '../../src/engine/kernel/kernel';

interface Entry {
  timeMs: number;
  seq: number;
}

function before(a: Entry, b: Entry): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.seq < b.seq);
}

function push(heap: Entry[], entry: Entry): void {
  let i = heap.length;
  heap.push(entry);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent]!;
    if (!before(entry, p)) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = entry;
}

function pop(heap: Entry[]): Entry | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  const n = heap.length;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
    if (!before(heap[child]!, last)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
  return top;
}

/** A tiny xorshift so the baseline pays almost nothing for its delays. */
function xorshift(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/** Runs `events` pops (each followed by one push) on a heap of `queueSize` entries; returns the wall time in ms. */
export function heapLoop(events: number, queueSize: number): { wallMs: number; checksum: number } {
  const next = xorshift(12345);
  const start = performance.now();
  const heap: Entry[] = [];
  let seq = 0;
  for (let i = 0; i < queueSize; i++) push(heap, { timeMs: next() % 1000, seq: seq++ });
  let checksum = 0;
  for (let i = 0; i < events; i++) {
    const top = pop(heap)!;
    checksum = (checksum + top.timeMs) | 0;
    push(heap, { timeMs: top.timeMs + 1 + (next() % 1000), seq: seq++ });
  }
  return { wallMs: performance.now() - start, checksum };
}

/**
 * The kernel alone: `queueSize` independent timers, each rescheduling itself after a PRNG delay under its own
 * cause; every eighth action emits an event; events are drained every 1,000 actions like frames are.
 */
export function kernelLoop(events: number, queueSize: number): { wallMs: number } {
  const start = performance.now();
  const kernel = new Kernel(7);
  let ran = 0;
  const action = () => {
    ran++;
    if ((ran & 7) === 0) kernel.emit({ type: 'host.state', subject: 'n', up: true });
    if (ran + kernel.queued <= events) kernel.after(1 + kernel.rng.nextInt(1000), action);
  };
  for (let i = 0; i < queueSize; i++) kernel.at(kernel.rng.nextInt(1000), action, i);
  while (kernel.step()) {
    if (ran % 1000 === 0) kernel.drainEvents();
  }
  return { wallMs: performance.now() - start };
}
