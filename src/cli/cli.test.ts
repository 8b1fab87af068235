import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { main, type CliIo } from './sim';
import minimal from '../templates/ontime-minimal.json';
import { rttSweep } from '../engine';
import { throughputSweep as workerSweep } from '../worker/sweep';
import { templateById } from '../templates';

function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => {
      if (path in files) return files[path]!;
      if (path.startsWith('src/')) return readFileSync(path, 'utf8');
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    writeFile: () => undefined,
    now: () => 0,
  };
  const code = main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const script = 'src/cli/examples/ontime-s1.faults.json';

describe('sim CLI', () => {
  it('--help documents the usage, the options and the templates', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    for (const word of ['--template', '--faults', '--seed', '--until', '--format', 'ontime-minimal']) expect(out).toContain(word);
  });

  it('prints a human summary of a template run with a fault script: takeover, failback, RTO', () => {
    const { code, out } = run(['--template', 'ontime-minimal', '--faults', script, '--until', '5m']);
    expect(code).toBe(0);
    expect(out).toContain('at 30s: crash OnTime task on OT1');
    expect(out).toMatch(/\+10s tookOver: sync\.takeover \(MS1\)/);
    expect(out).toMatch(/failedBack: sync\.failback/);
    expect(out).toMatch(/RTO \d+s/);
  });

  it('--format json prints the JSON report; the same seed gives the same event-log hash', () => {
    const a = JSON.parse(run(['--template', 'ontime-minimal', '--faults', script, '--format', 'json', '--seed', '4']).out);
    const b = JSON.parse(run(['--template', 'ontime-minimal', '--faults', script, '--format=json', '--seed=4']).out);
    expect(a.seed).toBe(4);
    expect(a.untilMs).toBe(600_000);
    expect(a.report.faults).toHaveLength(2);
    expect(a.eventHash).toBe(b.eventHash);
  });

  it('reads a design file and reports a bad one in one line with the file and the JSON path', () => {
    const bad = { ...minimal, nodes: minimal.nodes.map((n, i) => (i === 3 ? { ...n, siteId: 'dc3' } : n)) };
    const ok = run(['design.json'], { 'design.json': JSON.stringify(minimal) });
    expect(ok.code).toBe(0);
    const { code, err } = run(['design.json'], { 'design.json': JSON.stringify(bad) });
    expect(code).toBe(1);
    expect(err).toBe('sim: design.json: nodes[3].siteId: unknown site "dc3"');
  });

  it('bad input exits 1 with a one-line reason: missing file, bad JSON, bad script, bad options', () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['nope.json'], {}, /^sim: nope\.json: cannot read the design \(no such file\)$/],
      [['d.json'], { 'd.json': '{ nope' }, /^sim: d\.json: not valid JSON/],
      [['--template', 'ontime-minimal', '--faults', 'f.json'], { 'f.json': JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at: '1s', kind: 'crashHost', target: 'OT9' }] }) }, /^sim: f\.json: steps\[0\]\.target: unknown node "OT9"$/],
      // A fault aimed at a target that cannot take it is refused before running, naming both.
      [['--template', 'ontime-minimal', '--faults', 'f.json'], { 'f.json': JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at: '1s', kind: 'dbSwitchover', target: 'OT1' }] }) }, /^sim: f\.json: steps\[0\]\.target: "OT1" \(ontimeServer\) cannot take the fault "dbSwitchover": it applies to oracleDb nodes$/],
      [['--template', 'nope'], {}, /^sim: --template: unknown template "nope" \(known: ontime-minimal/],
      [['--template', 'ontime-minimal', '--until', 'soon'], {}, /^sim: --until: expected a duration/],
      [['--template', 'ontime-minimal', '--seed', '-3'], {}, /^sim: --seed/],
      [['--template', 'ontime-minimal', '--format', 'xml'], {}, /^sim: --format: expected text or json/],
      [['--bogus'], {}, /^sim: unknown option --bogus/],
      [[], {}, /^sim: no design/],
    ];
    for (const [argv, files, reason] of cases) {
      const { code, err } = run(argv, files);
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toMatch(reason);
      expect(err.split('\n')).toHaveLength(1);
    }
  });

  it('--sweep FROM:TO:STEP prints throughput vs RTT with the % of the 0 ms baseline, text or JSON (issue 5 §4)', () => {
    const help = run(['--help']).out;
    expect(help).toContain('--sweep FROM:TO:STEP');
    const text = run(['--template', 'weblogic-maa', '--sweep', '0:40:2', '--until', '20s']);
    expect(text.code).toBe(0);
    const rows = text.out.split('\n').slice(2).map((l) => l.trim().split(/\s+/));
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 21 }, (_, i) => i * 2));
    expect(rows[0]!.slice(2)).toEqual(['100.0', '%']);
    const json = JSON.parse(run(['--template', 'weblogic-maa', '--sweep', '0:40:2', '--until', '20s', '--format', 'json']).out);
    expect(json.points).toHaveLength(21);
    // The same figures in both formats, and throughput falls as the RTT grows (WL-15).
    expect(json.points.map((p: { throughput: number }) => p.throughput.toFixed(1))).toEqual(rows.map((r) => r[1]));
    for (let i = 1; i < json.points.length; i++) expect(json.points[i].throughput).toBeLessThan(json.points[i - 1].throughput);
    const last = json.points.at(-1);
    expect(last.percentOfBaseline).toBeCloseTo((100 * last.throughput) / json.baselineThroughput, 0);
    expect(last.percentOfBaseline).toBeLessThan(80);
  });

  it('--sweep uses the engine sweep the worker uses; every design is simulated per RTT', () => {
    expect(workerSweep).toBe(rttSweep);
    const { code, out } = run(['--template', 'ontime-p2-two-sites', '--sweep', '0:20:20', '--until', '1m', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.points.map((p: { rttMs: number }) => p.rttMs)).toEqual([0, 20]);
    expect(result.points[0].throughput).toBeGreaterThan(0);
    expect(result.points[0].throughput).toBeCloseTo(rttSweep(templateById('ontime-p2-two-sites')!.design, result.seed, [0], 60_000).points[0]!.throughput, 0);
  }, 60_000);

  it('a bad --sweep exits 1 with a one-line reason', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--template', 'weblogic-maa', '--sweep', '0-40'], /^sim: --sweep: expected FROM:TO:STEP/],
      [['--template', 'weblogic-maa', '--sweep', '10:0:1'], /^sim: --sweep: TO must not be below FROM/],
      [['--template', 'weblogic-maa', '--sweep', '0:40:0'], /^sim: --sweep: STEP must be above 0/],
      [['--template', 'weblogic-maa', '--sweep', '0:1000:0.1'], /^sim: --sweep: at most \d+ points/],
      [['--template', 'ontime-minimal', '--sweep', '0:10:5', '--faults', script], /^sim: --sweep measures the design without faults/],
    ];
    for (const [argv, reason] of cases) {
      const { code, err } = run(argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(err).toMatch(reason);
    }
  });

  it('npm run sim is wired: the script runs under Node and exits non-zero on bad input', () => {
    const help = execFileSync('node_modules/.bin/tsx', ['src/cli/sim.ts', '--help'], { encoding: 'utf8' });
    expect(help).toContain('Usage: npm run sim');
    let status = 0;
    try {
      execFileSync('node_modules/.bin/tsx', ['src/cli/sim.ts', 'missing.json'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  }, 60_000);
});
