import type { Frame, SimEvent } from '../engine';
import type { RunState } from './protocol';
import { Runner } from './runner';

/** A runner on a fake wall clock for tests: `advance(ms)` moves the clock and runs the pending tick. */
export function runnerHarness(streamIntervalMs = 0) {
  let wall = 0;
  let pending: (() => void) | undefined;
  const out: { frame: Frame; state: RunState }[] = [];
  const runner = new Runner(
    (frame, state) => out.push({ frame, state }),
    () => wall,
    (fn) => {
      pending = fn;
      return 0 as unknown as ReturnType<typeof setTimeout>;
    },
    streamIntervalMs,
  );
  const advance = (ms: number) => {
    wall += ms;
    const fn = pending;
    pending = undefined;
    fn?.();
  };
  /** Events since the last reset frame, as the store would hold them. */
  const events = (): SimEvent[] => {
    const lastReset = out.map((o) => o.state.reset).lastIndexOf(true);
    return out.slice(Math.max(0, lastReset)).flatMap((o) => o.frame.events);
  };
  const last = () => out[out.length - 1]!;
  return { runner, advance, events, last, out };
}
