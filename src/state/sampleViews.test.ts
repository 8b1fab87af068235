import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../engine';
import { gaugeKeys, plainSample, sampleViews } from './sampleViews';

const block = (keys: string[], rows: Array<[number, number[]]>) => ({ keys, rows: rows.map(([t, values]) => ({ t, values })) });

describe('sample row views', () => {
  it('read the same gauges as the records the engine gives, from a row on', () => {
    const b = block(['throughput', 'syncLag:MS1', 'constructor'], [
      [0, [10, 0.5, 1]],
      [1000, [12, 1.5, 2]],
      [2000, [0, 9, 3]],
    ]);
    const views = sampleViews(b, 1);
    expect(views.map(plainSample)).toEqual(sampleRecords(b, 1));
    expect(views[1]!.values['syncLag:MS1']).toBe(9);
    expect(views[0]!.values.constructor).toBe(2);
    expect(views[0]!.values['missing']).toBeUndefined();
    expect(gaugeKeys(views[0])).toEqual(['throughput', 'syncLag:MS1', 'constructor']);
  });

  it('follow a change of the key list (a gauge appears), and an equal list in a new array reads the same', () => {
    const first = sampleViews(block(['a'], [[0, [1]]]));
    const again = sampleViews(block(['a'], [[1, [2]]]));
    const grown = sampleViews(block(['a', 'b'], [[2, [3, 4]]]));
    expect(Object.getPrototypeOf(again[0]!.values)).toBe(Object.getPrototypeOf(first[0]!.values));
    expect(plainSample(grown[0]!)).toEqual({ t: 2, values: { a: 3, b: 4 } });
    // Views made before the change keep reading their own keys.
    expect(plainSample(first[0]!)).toEqual({ t: 0, values: { a: 1 } });
  });

  it('gaugeKeys reads plain records too, and nothing from no sample', () => {
    expect(gaugeKeys({ t: 0, values: { x: 1, y: 2 } })).toEqual(['x', 'y']);
    expect(gaugeKeys(undefined)).toEqual([]);
  });
});
