import { describe, expect, it } from 'vitest';
import { foldFrames, initialSimState, MAX_SAMPLES, selectSyncing } from './simSlice';
import { plainSample as plain } from './sampleViews';
import type { Frame } from '../engine';

const frame = (t: number, extra: Partial<Frame> = {}): Frame => ({ t, events: [], nodes: {}, relations: [], samples: { keys: [], rows: [] }, ...extra });
/** A frame's samples at times [from, to): gauge x is the time, y twice it. */
const samples = (from: number, to: number) => ({ keys: ['x', 'y'], rows: Array.from({ length: to - from }, (_, i) => ({ t: from + i, values: [from + i, 2 * (from + i)] })) });
const wrap = (f: Frame, reset = false, loadId = 0) => ({ frame: f, playing: true, speed: 1 as const, reset, horizonMs: f.t, loadId });

describe('folding frames into the live view', () => {
  it('keeps the identity of node views that did not change', () => {
    const s1 = foldFrames(initialSimState, [wrap(frame(1, { nodes: { A: { status: 'running', notes: [], hostUp: true }, B: { status: 'running', notes: [], hostUp: true } } }))]);
    const s2 = foldFrames(s1, [wrap(frame(2, { nodes: { B: { status: 'failed', notes: [], hostUp: true } } }))]);
    expect(s2.nodeViews.A).toBe(s1.nodeViews.A);
    expect(s2.nodeViews.B?.status).toBe('failed');
    expect(s2.timeMs).toBe(2);
  });

  it('takes the network from the frames that carry it and keeps it through frames that do not (a reset frame carries it again)', () => {
    const cut = { links: { wan: { traffic: 'cut' as const, down: true, rttMs: 20, designRttMs: 20 } }, partitions: [], downSites: [] };
    const up = { ...cut, links: { wan: { ...cut.links.wan, traffic: 'up' as const, down: false } } };
    const s1 = foldFrames(initialSimState, [wrap(frame(1, { net: cut })), wrap(frame(2))]);
    expect(s1.net).toBe(cut);
    expect(foldFrames(s1, [wrap(frame(0, { net: up }), true)]).net).toBe(up);
  });

  it('keeps a bounded window of samples', () => {
    const frames = Array.from({ length: MAX_SAMPLES + 50 }, (_, i) => wrap(frame(i, { samples: samples(i, i + 1) })));
    const s = foldFrames(initialSimState, frames);
    expect(s.samples).toHaveLength(MAX_SAMPLES);
    expect(plain(s.samples[0]!)).toEqual({ t: 50, values: { x: 50, y: 100 } });
    expect(plain(s.samples.at(-1)!)).toEqual({ t: MAX_SAMPLES + 49, values: { x: MAX_SAMPLES + 49, y: 2 * (MAX_SAMPLES + 49) } });
  });

  it('keeps the newest samples in order across batches and a burst of thousands of rows in one frame', () => {
    const s1 = foldFrames(initialSimState, [wrap(frame(10, { samples: samples(0, 10) }))]);
    const s2 = foldFrames(s1, [wrap(frame(20, { samples: samples(10, 20) })), wrap(frame(20))]);
    expect(s2.samples.map((x) => x.t)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const s3 = foldFrames(s2, [wrap(frame(5020, { samples: samples(20, 5020) })), wrap(frame(5030, { samples: samples(5020, 5030) }))]);
    expect(s3.samples.map((x) => x.t)).toEqual(Array.from({ length: MAX_SAMPLES }, (_, i) => 5030 - MAX_SAMPLES + i));
    expect(plain(s3.samples[0]!).values).toEqual({ x: 5030 - MAX_SAMPLES, y: 2 * (5030 - MAX_SAMPLES) });
  });

  it('keeps the same samples array when no frame brings any (the charts do not redraw)', () => {
    const s1 = foldFrames(initialSimState, [wrap(frame(5, { samples: samples(0, 5) }))]);
    expect(foldFrames(s1, [wrap(frame(6)), wrap(frame(7))]).samples).toBe(s1.samples);
  });

  it('starts over on a reset frame', () => {
    const s1 = foldFrames(initialSimState, [wrap(frame(5, { samples: samples(0, 5) }))]);
    const s2 = foldFrames(s1, [wrap(frame(0), true)]);
    expect(s2.samples).toHaveLength(0);
    expect(s2.timeMs).toBe(0);
    const s3 = foldFrames(s1, [wrap(frame(9, { samples: samples(5, 9) })), wrap(frame(3, { samples: samples(0, 3) }), true), wrap(frame(4, { samples: samples(3, 4) }))]);
    expect(s3.samples.map((x) => x.t)).toEqual([0, 1, 2, 3]);
  });

  it('keeps the fault script across frames that do not carry it, and takes a new one when sent', () => {
    const script = [{ atMs: 3, fault: { kind: 'crashHost' as const, target: 'A' } }];
    const s1 = foldFrames(initialSimState, [{ ...wrap(frame(3)), script }]);
    const s2 = foldFrames(s1, [wrap(frame(4)), wrap(frame(0), true)]);
    expect(s2.script).toBe(script);
    const s3 = foldFrames(s2, [{ ...wrap(frame(1)), script: [] }]);
    expect(s3.script).toEqual([]);
  });

  it('is syncing from a new load until a frame that follows that load arrives, an older load\'s frame not counting', () => {
    const asked = { ...initialSimState, requestedLoadId: 2, appliedLoadId: 1 };
    expect(selectSyncing(asked)).toBe(true);
    const stale = foldFrames(asked, [wrap(frame(0), true, 1)]);
    expect(stale.requestedLoadId).toBe(2);
    expect(selectSyncing(stale)).toBe(true);
    expect(selectSyncing(foldFrames(stale, [wrap(frame(0), true, 2)]))).toBe(false);
  });

  it('counts a change of relation shape (new, moved, reset) but not a change of state (lag, flowing)', () => {
    const sync = { id: 's', kind: 'sync', from: 'OT1', to: 'MS1', active: true, lagMs: 10 };
    const s1 = foldFrames(initialSimState, [wrap(frame(1, { relations: [sync] }))]);
    expect(s1.relationShape).toBe(1);
    const s2 = foldFrames(s1, [wrap(frame(2, { relations: [{ ...sync, lagMs: 900, active: false }] }))]);
    expect(s2.relationShape).toBe(1);
    expect(s2.relations.s?.lagMs).toBe(900);
    const s3 = foldFrames(s2, [wrap(frame(3, { relations: [{ ...sync, from: 'OT2' }] }))]);
    expect(s3.relationShape).toBe(2);
    expect(foldFrames(s3, [wrap(frame(0), true)]).relationShape).toBe(3);
  });
});
