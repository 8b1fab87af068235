/**
 * Binary min-heap of scheduled entries ordered by (timeMs, seq). The sequence number breaks ties so that
 * two entries scheduled for the same millisecond run in the order they were scheduled: that is what makes a
 * run replayable from its seed.
 */
export interface HeapEntry {
  timeMs: number;
  seq: number;
}

function before(a: HeapEntry, b: HeapEntry): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.seq < b.seq);
}

export class EventHeap<T extends HeapEntry> {
  private items: T[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(entry: T): void {
    const items = this.items;
    let i = items.length;
    items.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (!before(entry, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = entry;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    this.siftDown(last);
    return top;
  }

  private siftDown(entry: T): void {
    const items = this.items;
    const n = items.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && before(items[right]!, items[left]!)) child = right;
      if (!before(items[child]!, entry)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = entry;
  }
}
