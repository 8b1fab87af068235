import { afterEach, describe, expect, it } from 'vitest';
import { runHeadless, setHeadlessRunner } from './headless';

afterEach(() => setHeadlessRunner(undefined));

describe('one-off engine work in a worker of its own', () => {
  it('answers with the kind asked for, and refuses an answer of another kind', async () => {
    setHeadlessRunner(async () => ({ kind: 'overlay', samples: [{ t: 1000, values: { a: 1 } }] }));
    await expect(runHeadless({ kind: 'overlay', design: {} as never, seed: 1, script: [], untilMs: 1000 })).resolves.toEqual({ kind: 'overlay', samples: [{ t: 1000, values: { a: 1 } }] });
    await expect(runHeadless({ kind: 'lesson', source: { builtinId: 'x' }, seed: 1 })).rejects.toThrow("asked for 'lesson', answered 'overlay'");
  });

  it("passes the worker's error on", async () => {
    setHeadlessRunner(() => Promise.reject(new Error('the simulation worker stopped')));
    await expect(runHeadless({ kind: 'lesson', source: { builtinId: 'x' }, seed: 1 })).rejects.toThrow('the simulation worker stopped');
  });
});
