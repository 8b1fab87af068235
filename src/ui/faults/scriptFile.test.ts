import { describe, expect, it } from 'vitest';
import { templateById } from '../../templates';
import { parseScript, serializeScript } from './scriptFile';

const design = templateById('ontime-minimal')!.design;

describe('fault script files (the engine format, plus the seed)', () => {
  it('round-trips a script with its seed, sorted by time', () => {
    const text = serializeScript({
      name: 'demo',
      seed: 42,
      faults: [
        { atMs: 9000, fault: { kind: 'recoverHost', target: 'OT1' } },
        { atMs: 5000, fault: { kind: 'crashHost', target: 'OT1' } },
      ],
    });
    const parsed = parseScript(text, design);
    expect(parsed.ok && parsed.script.seed).toBe(42);
    expect(parsed.ok && parsed.script.faults.map((f) => f.atMs)).toEqual([5000, 9000]);
  });

  it('names the JSON path and the problem of a bad step, including a target the design does not have', () => {
    const bad = parseScript(JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at: -5, kind: 'crashHost', target: 'OT1' }] }), design);
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/steps\[0\]\.at: /);
    const unknown = parseScript(JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at: '10s', kind: 'crashHost', target: 'OT9' }] }), design);
    expect(!unknown.ok && unknown.errors.join('\n')).toMatch(/steps\[0\]\.target: unknown node "OT9"/);
  });

  it('refuses text that is not JSON, and a file of another version', () => {
    const notJson = parseScript('{ nope');
    expect(!notJson.ok && notJson.errors[0]).toMatch(/^\(root\): not JSON/);
    const other = parseScript(JSON.stringify({ schemaVersion: 9, name: 'x', steps: [] }));
    expect(!other.ok && other.errors[0]).toMatch(/^schemaVersion: /);
  });
});
