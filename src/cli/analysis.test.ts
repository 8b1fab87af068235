import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './sim';
import { templateById } from '../templates';
import { singleFailures } from '../engine';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: () => {
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    writeFile: () => undefined,
    now: () => 0,
  };
  const code = main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sim CLI: is my design good enough? (issue 14)', () => {
  it('--help documents --sweep-failures, --availability, --years and --compare', () => {
    const { out } = run(['--help']);
    for (const word of ['--sweep-failures', '--availability', '--years N', '--compare FILE']) expect(out).toContain(word);
  });

  it('OT-1: --sweep-failures on P2 (one load balancer) prints the matrix worst first, the LB\'s failures right under the site\'s; progress on stderr', () => {
    const { code, out, err } = run(['--template', 'ontime-p2-load-sharing', '--sweep-failures']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/single-failure sweep, 28 failures, seed 1/);
    expect(lines[1]).toMatch(/^failure\s+Clients\s+MS1/);
    expect(lines[2]).toMatch(/^power failure of site/);
    expect(lines[3]).toMatch(/^power failure of LB\s+10m 4s until repair/);
    expect(err.split('\n').at(-1)).toBe('sweep: 100 % (28/28)');
  }, 120_000);

  it('--sweep-failures --format json: every failure of the list is a row, with a cell per service', () => {
    const design = templateById('ontime-p3-fault-tolerant')!.design;
    const json = JSON.parse(run(['--template', 'ontime-p3-fault-tolerant', '--sweep-failures', '--format', 'json']).out);
    expect(json.rows).toHaveLength(singleFailures(design).length);
    expect(Object.keys(json.rows[0].cells).sort()).toEqual(json.services);
  }, 120_000);

  it('--availability --years N: availability with its interval, nines, downtime, outages, the analytic estimate and criticality', () => {
    const text = run(['--template', 'ontime-p2-load-sharing', '--availability', '--years', '10']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/availability over 10 simulated years/);
    expect(text.out).toMatch(/Clients: 99\.\d+ % \(95 % 99\.\d+ % – (99\.\d+|100\.0000) %\), \d\.\d\d nines/);
    // One site and one load balancer, both in series: the site (power, cooling, 8 h to restore) then the LB.
    expect(text.out).toMatch(/Criticality[^\n]*\n {2}Site 1 \d+\.\d %\n {2}LB \d+\.\d %/);
    const json = JSON.parse(run(['--template', 'ontime-p2-load-sharing', '--availability', '--years', '10', '--format', 'json']).out);
    const cl = json.services.find((s: { service: string }) => s.service === 'CL');
    expect(cl.ci95[0]).toBeLessThanOrEqual(cl.availability);
    expect(cl.analytic).toBeGreaterThan(0.99);
  }, 120_000);

  it('--compare: P1 against P3 (a template id or a file), the rows that differ marked', () => {
    const { code, out } = run(['--template', 'ontime-p1-colocated', '--compare', 'ontime-p3-fault-tolerant']);
    expect(code).toBe(0);
    expect(out).toMatch(/^A = OnTime P1[^\n]*; B = OnTime P3/);
    expect(out).toMatch(/^\* MS1\n {4}A: \(no such service\)/m);
    expect(out).toMatch(/^\* crashHost:MS1: A \(not in this design\) \| B /m);
    // Under each failure, the lanes it interrupted: OT1's crash hands REST over alike in both, its mail DBs only in A.
    expect(out).toMatch(/^\* crashHost:OT1: [^\n]*\n(?: {4}[ *] \w+: [^\n]*\n)* {4}\* mailDb: A \d[^|]*\| B -$/m);
    expect(out).toMatch(/^\* crashHost:OT1: [^\n]*\n(?: {4}[ *] \w+: [^\n]*\n)* {6}rest: A ([^|]+) \| B \1$/m);
  }, 120_000);

  it('bad analysis options exit 1 with a one-line reason', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--template', 'ontime-minimal', '--availability', '--years', '0'], /^sim: --years: expected a whole number 1 … 100000, got "0"$/],
      [['--template', 'ontime-minimal', '--years', '5'], /^sim: --years goes with --availability or --compare$/],
      [['--template', 'ontime-minimal', '--sweep-failures', '--availability'], /^sim: choose one of --sweep-failures, --availability$/],
      [['--template', 'ontime-minimal', '--sweep-failures', '--faults', 'f.json'], /^sim: --sweep-failures chooses its own failures: drop --faults$/],
      [['--template', 'ontime-minimal', '--compare', 'other.json'], /^sim: other\.json: cannot read the design \(no such file\)$/],
    ];
    for (const [argv, reason] of cases) {
      const { code, err } = run(argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toMatch(reason);
    }
  });
});
