import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
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

  it('prints a human summary of a template run with a fault script: headline, lanes with their steps and RTO, failback', () => {
    const { code, out } = run(['--template', 'ontime-minimal', '--faults', script, '--until', '5m']);
    expect(code).toBe(0);
    expect(out).toContain('at 30s: crash OnTime task on OT1');
    expect(out).toContain('service back after 11s (RTO of every impact 11s); RPO 0 (no data lost)');
    expect(out).toContain('    OnTime Sync: back after 10s\n');
    expect(out).toContain('      +10s took over: OT2 took over the Sync of MS1 from OT1\n');
    expect(out).toMatch(/failed back: OT1 resumed the Sync of MS1; OT2 stopped standing in \(undoes this fault's takeover\)/);
  });

  it('--events prints the whole event log with each cause; with --format json the events themselves', () => {
    const text = run(['--template', 'ontime-minimal', '--faults', script, '--until', '5m', '--events']).out.split('\n');
    expect(text).toHaveLength(11);
    expect(text[0]).toMatch(/^ {3}0\.000s #1 run\.started /);
    expect(text[5]).toBe('  40.000s #6 sync.takeover (MS1): OT2 took over the Sync of MS1 from OT1 ← cause #5');
    const json = JSON.parse(run(['--template', 'ontime-minimal', '--faults', script, '--until', '5m', '--events', '--format', 'json']).out);
    expect(json.events).toHaveLength(11);
    expect(json.events[5]).toMatchObject({ id: 6, t: 40_000, cause: 5, type: 'sync.takeover', subject: 'MS1', sentence: 'OT2 took over the Sync of MS1 from OT1' });
    expect(run(['--template', 'weblogic-maa', '--sweep', '0:4:2', '--events']).err).toBe('sim: --sweep has no event log: drop --events');
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
      [['--template', 'ontime-minimal', '--until', 'soon'], {}, /^sim: --until: expected a time like/],
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

  it('issue 19 §8: absurd times are refused with the bound, never run: --until, script steps at 99999999999h or at 1e400 s', () => {
    for (const until of ['99999999h', '8761h', `1${'0'.repeat(400)}`]) {
      const { code, err } = run(['--template', 'ontime-minimal', '--until', until]);
      expect(code, until).toBe(1);
      expect(err).toMatch(/^sim: --until: expected a time like .* at most 1 year \(8760h\), got "/);
      expect(err.length).toBeLessThan(200);
    }
    for (const at of ['99999999999h', `1${'0'.repeat(400)}s`, 1.5, -1]) {
      const faults = JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at, kind: 'crashHost', target: 'OT1' }] }).replace('"1.5"', '1e400');
      const { code, err } = run(['--template', 'ontime-minimal', '--faults', 'f.json'], { 'f.json': faults });
      expect(code, String(at)).toBe(1);
      expect(err).toMatch(/^sim: f\.json: steps\[0\]\.at: expected a time like .* at most 1 year/);
    }
    const infinite = run(['--template', 'ontime-minimal', '--faults', 'f.json'], { 'f.json': '{"schemaVersion":1,"name":"x","steps":[{"at":1e400,"kind":"heal"}]}' });
    expect(infinite.err).toMatch(/^sim: f\.json: steps\[0\]\.at: expected a time like/);
  });

  it('issue 19 §11: control characters from a design or a file are escaped in everything printed (text, JSON, errors)', () => {
    const name = 'Evil\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eName';
    const evil = { ...minimal, name };
    for (const format of ['text', 'json']) {
      const { code, out } = run(['design.json', '--until', '1m', '--format', format], { 'design.json': JSON.stringify(evil) });
      expect(code).toBe(0);
      expect(out).toContain('Evil\\u001b[2J');
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      // JSON readers get the name as it is: the escapes are JSON's own.
      if (format === 'json') expect(JSON.parse(out).design).toBe(name);
    }
    const badId = run(['--template', 'x\u001b[2J']);
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('\\u001b[2J');
    // eslint-disable-next-line no-control-regex
    expect(badId.err).not.toMatch(/\u001b/);
    const garbage = run(['d.json'], { 'd.json': '{"a": \u001b[2J}' });
    expect(garbage.err).toBe("sim: d.json: not valid JSON at line 1, column 7: U+001B where a value was expected");
  });

  it('issue 19 §11: a UTF-8 BOM before a valid design is accepted, as the browser does', () => {
    const { code, out } = run(['design.json', '--until', '1m'], { 'design.json': `\ufeff${JSON.stringify(minimal)}` });
    expect(code).toBe(0);
    expect(out).toContain(minimal.name);
  });

  it('issue 19 §11: a binary file gets one line', () => {
    for (const bytes of ['\u0000\u0001\u0002PK\u0003\u0004', '\ufffd\ufffdPNG\r\n\u001a\n']) {
      const { code, err } = run(['design.json'], { 'design.json': bytes });
      expect(code).toBe(1);
      expect(err).toBe('sim: design.json: not a JSON text file (it holds binary data): expected a design in JSON');
    }
  });

  it('issue 13 §6: a JSON syntax error gives its line and column and what was expected', () => {
    const cases: Array<[string, string]> = [
      ['{\n  "name": "x",\n  "seed": 1,\n}', 'line 4, column 1: \'}\' where a property name in double quotes was expected'],
      ['{ nope', "line 1, column 3: 'n' where a property name in double quotes was expected"],
      ['{"a": [1, 2,]}', "line 1, column 13: ']' where a value was expected"],
      ['{"a": 1} x', "line 1, column 10: 'x' after the end of the JSON value"],
      ['{"a": "one\ntwo"}', 'line 1, column 11: U+000A inside a string (write it as an escape such as \\n)'],
      ['{"a": {"b": 1}', "line 1, column 15: the end of the text where ',' or '}' was expected"],
      ['', 'line 1, column 1: the end of the text where a value was expected'],
      [`${'['.repeat(200_000)}`, 'line 1, column 200001: the end of the text where a value was expected'],
    ];
    for (const [text, where] of cases) {
      const { code, err } = run(['d.json'], { 'd.json': text });
      expect(code).toBe(1);
      expect(err).toBe(`sim: d.json: not valid JSON at ${where}`);
    }
  });

  it('issue 13 §6: every validation problem is listed, none left out as "and 1 more"', () => {
    const bad = { ...minimal, nodes: minimal.nodes.map((n, i) => (i === 1 ? { ...n, siteId: 'dc8' } : i === 3 ? { ...n, siteId: 'dc9' } : n)) };
    const { code, err } = run(['design.json'], { 'design.json': JSON.stringify(bad) });
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual(['sim: design.json: 2 problems', '  nodes[1].siteId: unknown site "dc8"', '  nodes[3].siteId: unknown site "dc9"']);
    expect(err).not.toMatch(/more/);
  });

  it('issue 13 §6: --check-invariants with --sweep is refused with a clear message', () => {
    const { code, err } = run(['--template', 'weblogic-maa', '--sweep', '0:10:5', '--check-invariants']);
    expect(code).toBe(1);
    expect(err).toBe('sim: --check-invariants checks a fault run, and --sweep does not check invariants: drop one of them');
    expect(run(['--help']).out).toMatch(/--check-invariants[^\n]*\n[^\n]*not with --sweep/);
  });

  it('issue 19 §11: --write-schema writes the project\'s schema/ folder from any folder, and a failure is one line', () => {
    const written: string[] = [];
    const io: CliIo = { out: () => undefined, err: () => undefined, readFile: () => '', writeFile: (path) => void written.push(path), now: () => 0 };
    expect(main(['--write-schema'], io)).toBe(0);
    expect(written).toEqual([resolve('schema/design.schema.json'), resolve('schema/fault-script.schema.json')]);
    const err: string[] = [];
    const failing: CliIo = { ...io, err: (t) => err.push(t), writeFile: () => { throw Object.assign(new Error('nope'), { code: 'EACCES' }); } };
    expect(main(['--write-schema'], failing)).toBe(1);
    expect(err).toEqual([`sim: --write-schema: cannot write ${resolve('schema/design.schema.json')} (EACCES)`]);
    const elsewhere = execFileSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/sim.ts'), '--help'], { encoding: 'utf8', cwd: tmpdir() });
    expect(elsewhere).toContain('Usage: npm run sim');
  }, 60_000);
});
