import { describe, expect, it } from 'vitest';
import { validateFaultScript } from './script';
import { parseDuration, formatDuration, MAX_DURATION_MS } from './duration';
import { validateDesign } from '../documents';
import minimal from '../../templates/ontime-minimal.json';

const design = (() => {
  const r = validateDesign(minimal);
  if (!r.ok) throw new Error('template invalid');
  return r.design;
})();

const script = (steps: unknown[]) => ({ schemaVersion: 1, name: 'S1', steps });

describe('durations', () => {
  it('reads ms, s, m, min, h and plain numbers; rejects anything else', () => {
    expect([parseDuration('500ms'), parseDuration('30s'), parseDuration('10m'), parseDuration('2min'), parseDuration('1.5h'), parseDuration(42)]).toEqual([
      500, 30_000, 600_000, 120_000, 5_400_000, 42,
    ]);
    expect(parseDuration('10 minutes')).toBeUndefined();
    expect(parseDuration(-1)).toBeUndefined();
    expect(formatDuration(3_723_500)).toBe('1h 2m 3.5s');
  });

  it('issue 19 §8: refuses non-finite and absurd durations: at most MAX_DURATION_MS (1 year)', () => {
    expect(parseDuration('8760h')).toBe(MAX_DURATION_MS);
    expect(parseDuration(MAX_DURATION_MS)).toBe(MAX_DURATION_MS);
    for (const absurd of ['8761h', '99999999999h', `1${'0'.repeat(400)}s`, '99999999999999999999999h', MAX_DURATION_MS + 1, Infinity, NaN, Number('1e400')]) expect(parseDuration(absurd), String(absurd)).toBeUndefined();
    expect(formatDuration(Infinity)).toBe('—');
    expect(formatDuration(NaN)).toBe('—');
  });
});

describe('fault scripts', () => {
  it('turns steps into timed faults sorted by time, keeping the order of simultaneous steps', () => {
    const result = validateFaultScript(
      script([
        { at: '2m', kind: 'startProcess', target: 'OT1', process: 'ontime' },
        { at: '30s', kind: 'stopProcess', target: 'OT1', process: 'ontime', note: 'S1' },
        { at: 30_000, kind: 'crashHost', target: 'MS1' },
      ]),
      design,
    );
    expect(result.ok && result.script.steps).toEqual([
      { atMs: 30_000, fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } },
      { atMs: 30_000, fault: { kind: 'crashHost', target: 'MS1' } },
      { atMs: 120_000, fault: { kind: 'startProcess', target: 'OT1', process: 'ontime' } },
    ]);
  });

  it('names the JSON path of a bad time, a missing field and an unknown kind', () => {
    const result = validateFaultScript(script([{ at: 'soon', kind: 'crashHost', target: 'OT1' }, { at: 1, kind: 'setRtt', target: 'x' }, { at: 1, kind: 'meteor' }]));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toContain('steps[0].at');
    expect(paths).toContain('steps[1].rttMs');
    expect(paths.some((p) => p.startsWith('steps[2]'))).toBe(true);
  });

  it('checks targets against the design: unknown node, site, link and process', () => {
    const result = validateFaultScript(
      script([
        { at: 0, kind: 'crashHost', target: 'OT9' },
        { at: 0, kind: 'siteDown', target: 'dc9' },
        { at: 0, kind: 'setRtt', target: 'nolink', rttMs: 5 },
        { at: 0, kind: 'stopProcess', target: 'OT1', process: 'weblogic' },
        { at: 0, kind: 'partition', from: ['dc1'], to: ['dc7'] },
      ]),
      design,
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'steps[0].target: unknown node "OT9"',
      'steps[1].target: unknown site "dc9"',
      'steps[2].target: unknown link "nolink"',
      'steps[3].process: node kind "ontimeServer" has no process "weblogic" (it has: domino, ontime)',
      'steps[4].to[0]: unknown site "dc7"',
    ]);
  });

  it('rejects a script of another version or shape with a path, never an exception', () => {
    expect(validateFaultScript({ schemaVersion: 2, name: 'x', steps: [] })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
    expect(validateFaultScript(null).ok).toBe(false);
    expect(validateFaultScript([]).ok).toBe(false);
  });

  it('refuses a fault aimed at a target that cannot take it, naming the target and the fault, with its path (OT-2, WL-6, WL-13)', () => {
    const result = validateFaultScript(
      script([
        { at: '1s', kind: 'crashHost', target: 'OT1' },
        { at: '2s', kind: 'dbSwitchover', target: 'OT1' },
        { at: '3s', kind: 'reinstateDatabase', target: 'OT1' },
        { at: '4s', kind: 'restartAdminServer', target: 'OT1' },
        { at: '5s', kind: 'changeRestUrl', target: 'OT1', to: 'OT1' },
      ]),
      design,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'steps[1].target', message: '"OT1" (ontimeServer) cannot take the fault "dbSwitchover": it applies to oracleDb nodes' },
      { path: 'steps[2].target', message: '"OT1" (ontimeServer) cannot take the fault "reinstateDatabase": it applies to oracleDb nodes' },
      { path: 'steps[3].target', message: '"OT1" (ontimeServer) cannot take the fault "restartAdminServer": it applies to wlsAdmin nodes' },
      { path: 'steps[4].target', message: '"OT1" (ontimeServer) cannot take the fault "changeRestUrl": it applies to clients nodes' },
    ]);
  });
});
