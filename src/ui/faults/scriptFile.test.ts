import { describe, expect, it } from 'vitest';
import { parseScript, serializeScript, SCRIPT_FORMAT } from './scriptFile';

describe('fault script files', () => {
  it('round-trips a script, sorted by time', () => {
    const text = serializeScript({
      name: 'demo',
      seed: 42,
      faults: [
        { atMs: 5000, fault: { kind: 'crashHost', target: 'OT1' } },
        { atMs: 9000, fault: { kind: 'recoverHost', target: 'OT1' } },
      ],
    });
    const parsed = parseScript(text);
    expect(parsed.ok && parsed.script.seed).toBe(42);
    expect(parsed.ok && parsed.script.faults.map((f) => f.atMs)).toEqual([5000, 9000]);
  });

  it('names the JSON path and the problem of a bad entry', () => {
    const text = JSON.stringify({ format: SCRIPT_FORMAT, version: 1, faults: [{ atMs: 1, fault: { kind: 'crashHost', target: 'A' } }, { atMs: -5, fault: { kind: 'meteor', target: 'A' } }] });
    const parsed = parseScript(text);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors.join('\n');
    expect(errors).toMatch(/faults\[1\]\.atMs: /);
    expect(errors).toMatch(/faults\[1\]\.fault\.kind: /);
  });

  it('refuses text that is not JSON, and a file of another format', () => {
    const notJson = parseScript('{ nope');
    expect(!notJson.ok && notJson.errors[0]).toMatch(/^\(root\): not JSON/);
    const other = parseScript(JSON.stringify({ format: 'something-else', version: 1, faults: [] }));
    expect(!other.ok && other.errors[0]).toMatch(/^format: /);
  });
});
