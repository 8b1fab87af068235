/**
 * Issue 14's speed rows (engine side): the single-failure sweep of the WebLogic MAA template on N worker threads
 * against 1 (the same pool, the same threads' start-up cost), and Monte-Carlo availability in simulated years per
 * second with the 1,000-year run of the same template. Worker threads start under tsx, as the CLI's do.
 */
import { availableParallelism } from 'node:os';
import { planJob } from '../../src/engine/analysis/jobs';
import { templateById } from '../../src/templates';
import { runJobThreaded, threadCode } from '../../src/cli/analysisThreads';
import { median, notAvailable, verdict, type Row } from '../report';

const G = '7 analysis';
const YEARS = 1000;
/** 1 worker and N workers alternate this many times; the medians compare (a 3 s job varies ±15 % here). */
const ROUNDS = 3;

/** Wall time, and the cores the whole process kept busy meanwhile (CPU time / wall time, all threads). */
async function timed(work: () => Promise<unknown>): Promise<{ ms: number; cores: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cores: (used.user + used.system) / 1000 / ms };
}

export async function measureAnalysis(log: (line: string) => void): Promise<Row[]> {
  const design = templateById('weblogic-maa')?.design;
  if (!design) return [notAvailable(G, 'sweep of the MAA template', 'template weblogic-maa missing', '≥ 0.7 × N; < 10 s')];
  const cores = availableParallelism();
  const n = Math.max(2, cores);
  const sweep = planJob({ kind: 'sweep', design, seed: design.seed });
  log(`analysis: sweep of ${design.name}: ${sweep.tasks.length} failures, 1 worker then ${n}, ${ROUNDS} times`);
  threadCode(); // the per-process bundle of the thread's code: built once, before either is timed
  const ones: Array<{ ms: number; cores: number }> = [];
  const manys: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ones.push(await timed(() => runJobThreaded(sweep, 1)));
    manys.push((await timed(() => runJobThreaded(sweep, n))).ms);
  }
  const one = median(ones.map((o) => o.ms));
  const many = median(manys);
  const scaling = one / many;
  // V8 compiles and collects garbage on threads of its own: one engine thread keeps more than one core busy, so
  // N threads on N cores cannot reach N × (the ceiling row says how far they can).
  const oneCores = median(ones.map((o) => o.cores));
  const avail = planJob({ kind: 'availability', design, seed: design.seed, years: YEARS });
  log(`analysis: ${YEARS} simulated years of ${design.name}: ${avail.tasks.length} distinct engine runs on ${n} workers`);
  const availMs = (await timed(() => runJobThreaded(avail, n))).ms;
  return [
    { group: G, figure: `sweep of the MAA template, ${n} workers vs 1 (speed-up)`, value: scaling, unit: '×', ratio: scaling / n, budget: `≥ ${(0.7 * n).toFixed(1)} (0.7 × N)`, verdict: verdict(scaling >= 0.7 * n), note: `${sweep.tasks.length} failures; 1 worker ${(one / 1000).toFixed(1)} s, ${n} workers ${(many / 1000).toFixed(1)} s on ${cores} cores` },
    { group: G, figure: 'sweep of the MAA template, 1 worker: cores busy (engine thread + V8 compiler and GC threads)', value: oneCores, unit: 'cores', budget: '', verdict: 'info', note: `ceiling of the speed-up on ${cores} cores ≈ ${(cores / oneCores).toFixed(2)} ×` },
    { group: G, figure: `sweep of the MAA template, ${n} workers (wall time)`, value: many / 1000, unit: 's', budget: '< 10 s', verdict: verdict(many < 10_000) },
    { group: G, figure: `availability: simulated years per second (MAA, ${n} workers)`, value: YEARS / (availMs / 1000), unit: 'years/s', budget: '', verdict: 'info' },
    { group: G, figure: `availability: ${YEARS} simulated years of the MAA template with the 95 % interval`, value: availMs / 1000, unit: 's', budget: '< 60 s', verdict: verdict(availMs < 60_000), note: `${avail.tasks.length} distinct engine runs` },
  ];
}
