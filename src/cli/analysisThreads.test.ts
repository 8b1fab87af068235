import { describe, expect, it } from 'vitest';
import { templateById } from '../templates';
import { runAnalysis, runAnalysisThreaded, type AnalysisRequest } from './analysis';

describe('CLI analysis on worker threads (issue 14.5)', () => {
  // One comparison with availability covers both kinds of task (failure runs, episodes) and every merge; threads
  // take seconds to start under tsx, so one request keeps this test short.
  it('gives the single-thread output byte for byte, progress on stderr', async () => {
    const design = templateById('ontime-minimal')!.design;
    const other = templateById('ontime-p1-colocated')!.design;
    const requests: AnalysisRequest[] = [{ design, seed: 5, format: 'json', mode: { kind: 'compare', other, years: 3 } }];
    for (const req of requests) {
      const err: string[] = [];
      const threaded = await runAnalysisThreaded(req, 2, (line) => err.push(line));
      expect(threaded).toBe(runAnalysis(req, () => undefined));
      expect(err.at(-1)).toMatch(new RegExp(`^${req.mode.kind}: 100 % \\((\\d+)/\\1\\)$`));
    }
  }, 120_000);
});
