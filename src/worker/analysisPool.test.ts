import { AnalysisCancelled } from '../engine';
import { describe, expect, it } from 'vitest';
import { AnalysisPool, poolSize, type PoolProgress, type ResultMessage, type TaskMessage, type WorkerFactory } from './analysisPool';

/** Fake workers: tasks wait until the test finishes them, in any order it likes. */
function fakes() {
  const workers: Array<{ id: number; inbox: Array<TaskMessage<number>>; terminated: boolean; answer(m: ResultMessage<number>): void; crash(reason: string): void }> = [];
  const factory: WorkerFactory<number, number> = (onMessage, onError) => {
    const w = { id: workers.length, inbox: [] as Array<TaskMessage<number>>, terminated: false, answer: onMessage, crash: onError };
    workers.push(w);
    return { post: (m) => w.inbox.push(m), terminate: () => void (w.terminated = true) };
  };
  /** Answers a worker's last task with task × 10. */
  const finish = (worker: number) => {
    const w = workers[worker]!;
    const m = w.inbox.at(-1)!;
    w.answer({ type: 'taskDone', taskId: m.taskId, result: m.task * 10 });
  };
  return { workers, factory, finish };
}

const job = (tasks: number[]) => ({ tasks, merge: (results: readonly number[]) => results.join(',') });

describe('analysis worker pool (issue 14.5)', () => {
  it('uses the cores minus one, at least one', () => {
    expect(poolSize(8)).toBe(7);
    expect(poolSize(1)).toBe(1);
    expect(poolSize(undefined)).toBe(1);
  });

  it('spreads the tasks over at most `size` workers, in task order, and merges in task order whatever order they finish', async () => {
    const { workers, factory, finish } = fakes();
    let clock = 0;
    const pool = new AnalysisPool<number, number, string>(2, factory, () => clock);
    const progress: PoolProgress[] = [];
    const run = pool.run('k', job([1, 2, 3, 4]), (p) => progress.push(p));
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.inbox.map((m) => m.task))).toEqual([[1], [2]]);
    clock = 100;
    finish(1); // task 2 finishes first
    expect(workers[1]!.inbox.map((m) => m.task)).toEqual([2, 3]);
    clock = 200;
    finish(0);
    finish(1);
    finish(0);
    expect(await run.result).toBe('10,20,30,40');
    expect(workers).toHaveLength(2);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    // The time left is the mean time per task so far times the tasks left.
    expect(progress[0]).toEqual({ done: 1, total: 4, elapsedMs: 100, remainingMs: 300 });
    expect(progress[1]).toEqual({ done: 2, total: 4, elapsedMs: 200, remainingMs: 200 });
    expect(progress[3]!.remainingMs).toBe(0);
  });

  it('answers the same request from the cache without running a task; another key runs', async () => {
    const { workers, factory, finish } = fakes();
    const pool = new AnalysisPool<number, number, string>(1, factory, () => 0);
    const first = pool.run('same', job([1]));
    finish(0);
    expect(await first.result).toBe('10');
    const again = pool.run('same', job([1]));
    expect(again.cached).toBe(true);
    expect(await again.result).toBe('10');
    expect(workers[0]!.inbox).toHaveLength(1);
    const other = pool.run('other', job([2]));
    expect(other.cached).toBe(false);
    expect(workers[0]!.inbox).toHaveLength(2);
  });

  it('cancel rejects with AnalysisCancelled, terminates the busy workers only, caches nothing, and the pool runs on', async () => {
    const { workers, factory, finish } = fakes();
    const pool = new AnalysisPool<number, number, string>(3, factory, () => 0);
    const run = pool.run('k', job([1, 2]));
    expect(workers).toHaveLength(2);
    finish(0);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(AnalysisCancelled);
    expect(workers.map((w) => w.terminated)).toEqual([false, true]);
    expect(pool.workers).toBe(1);
    // A late answer of the cancelled job is ignored.
    finish(1);
    const next = pool.run('k', job([5]));
    expect(next.cached).toBe(false);
    finish(0);
    expect(await next.result).toBe('50');
  });

  it('a new run cancels the one running: one job at a time', async () => {
    const { factory, finish } = fakes();
    const pool = new AnalysisPool<number, number, string>(1, factory, () => 0);
    const first = pool.run('a', job([1]));
    const second = pool.run('b', job([2]));
    await expect(first.result).rejects.toBeInstanceOf(AnalysisCancelled);
    finish(1);
    expect(await second.result).toBe('20');
  });

  it('a task that fails, or a worker that crashes, fails the job with its reason', async () => {
    const { workers, factory } = fakes();
    const pool = new AnalysisPool<number, number, string>(2, factory, () => 0);
    const failed = pool.run('a', job([1, 2]));
    workers[0]!.answer({ type: 'taskFailed', taskId: workers[0]!.inbox[0]!.taskId, message: 'bad design' });
    await expect(failed.result).rejects.toThrow('bad design');
    const crashed = pool.run('b', job([3]));
    const busy = workers.find((w) => !w.terminated && w.inbox.at(-1)?.task === 3)!;
    busy.crash('out of memory');
    await expect(crashed.result).rejects.toThrow('out of memory');
    expect(busy.terminated).toBe(true);
  });

  it('an empty job merges at once', async () => {
    const { workers, factory } = fakes();
    const pool = new AnalysisPool<number, number, string>(2, factory, () => 0);
    expect(await pool.run('e', job([])).result).toBe('');
    expect(workers).toHaveLength(0);
  });
});
