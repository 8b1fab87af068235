import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel';
import { EventHeap } from './heap';
import { Prng } from './prng';

describe('kernel', () => {
  it('runs actions in time order, then in the order they were scheduled', () => {
    const k = new Kernel(1);
    const order: string[] = [];
    k.at(20, () => order.push('b@20'));
    k.at(10, () => order.push('a@10'));
    k.at(20, () => order.push('c@20'));
    k.at(10, () => order.push('d@10'));
    k.runUntil(100);
    expect(order).toEqual(['a@10', 'd@10', 'b@20', 'c@20']);
    expect(k.now).toBe(100);
  });

  it('keeps the clock in integer milliseconds and never goes back', () => {
    const k = new Kernel(1);
    const times: number[] = [];
    k.at(10.4, () => {
      times.push(k.now);
      k.at(3, () => times.push(k.now));
    });
    k.runUntil(50);
    expect(times).toEqual([10, 10]);
  });

  it('attributes events to the cause that scheduled the action', () => {
    const k = new Kernel(1);
    const root = k.emit({ type: 'run.started', subject: 'x' });
    k.withCause(root.id, () => k.after(5, () => k.emit({ type: 'host.state', subject: 'h', up: false })));
    k.runUntil(10);
    const [first, second] = k.drainEvents();
    expect(first?.cause).toBeNull();
    expect(second).toMatchObject({ t: 5, cause: root.id, type: 'host.state' });
  });

  it('stamps the emitted object itself, with its fields first, and refuses to emit one object twice', () => {
    const k = new Kernel(1);
    const input = { type: 'host.state', subject: 'h', up: true } as const;
    const event = k.emit(input);
    expect(Object.keys(event)).toEqual(['type', 'subject', 'up', 'id', 't', 'cause']);
    expect(() => k.emit(input)).toThrow(/event 1 \(host.state\) emitted twice/);
    expect(k.drainEvents()).toEqual([event]);
  });

  it('steps one action at a time', () => {
    const k = new Kernel(1);
    k.at(5, () => undefined);
    k.at(7, () => undefined);
    expect(k.step()).toBe(true);
    expect(k.now).toBe(5);
    expect(k.step()).toBe(true);
    expect(k.step()).toBe(false);
  });
});

describe('event heap', () => {
  it('pops entries sorted by (time, seq) for any push order', () => {
    const heap = new EventHeap<{ timeMs: number; seq: number }>();
    const rng = new Prng(42);
    for (let seq = 0; seq < 500; seq++) heap.push({ timeMs: rng.nextInt(50), seq });
    let prev = { timeMs: -1, seq: -1 };
    while (heap.size > 0) {
      const e = heap.pop()!;
      expect(e.timeMs > prev.timeMs || (e.timeMs === prev.timeMs && e.seq > prev.seq)).toBe(true);
      prev = e;
    }
  });
});

describe('prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const seq = (seed: number) => Array.from({ length: 8 }, ((r) => () => r.nextU32())(new Prng(seed)));
    expect(seq(7)).toEqual(seq(7));
    expect(seq(7)).not.toEqual(seq(8));
  });

  it('keeps jitter within its bounds', () => {
    const r = new Prng(3);
    for (let i = 0; i < 1000; i++) {
      const j = r.jitter(4);
      expect(j).toBeGreaterThanOrEqual(-4);
      expect(j).toBeLessThanOrEqual(4);
    }
  });
});
