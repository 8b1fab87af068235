import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { templateById } from '../../templates';
import { DEMOS } from '../../ui/faults/demos';
import { readShareFragment, shareFragment } from './shareLink';
import { FAULTS_PARAM, readShareScript } from './scriptLink';

const design = templateById('ontime-minimal')!.design;
const s1 = DEMOS.find((d) => d.scenario === 'S1')!.script;

describe('a share link carries the fault script (issue 15 §4)', () => {
  it('round trip: the design opens unchanged and the script and the seed come back', () => {
    const hash = `#${shareFragment(design, { script: s1, seed: 7 })}`;
    expect(hash).toContain(FAULTS_PARAM);
    expect(readShareFragment(hash)).toEqual({ ok: true, design });
    expect(readShareScript(hash, design)).toEqual({ script: s1, seed: 7 });
  });

  it('a link without faults (and every link made before) carries no script part and still opens', () => {
    const empty = `#${shareFragment(design, { script: [], seed: 7 })}`;
    expect(empty).not.toContain(FAULTS_PARAM);
    expect(empty).toBe(`#${shareFragment(design)}`);
    expect(readShareFragment(empty)).toEqual({ ok: true, design });
    expect(readShareScript(empty, design)).toBeUndefined();
    const old = `#share=${compressToEncodedURIComponent(JSON.stringify(design))}`;
    expect(readShareFragment(old)).toEqual({ ok: true, design });
    expect(readShareScript(old, design)).toBeUndefined();
  });

  it('a bad script is reported with its JSON path, and the design still opens', () => {
    const bad = compressToEncodedURIComponent(JSON.stringify({ schemaVersion: 1, name: 'x', steps: [{ at: '5s', kind: 'crashHost', target: 'OT9' }] }));
    const hash = `#${shareFragment(design)}${FAULTS_PARAM}${bad}`;
    expect(readShareFragment(hash)).toEqual({ ok: true, design });
    expect(readShareScript(hash, design)).toEqual({ issues: ['steps[0].target: unknown node "OT9"'] });
    expect(readShareScript(`#${shareFragment(design)}${FAULTS_PARAM}@@`, design)).toMatchObject({ issues: [expect.stringContaining('damaged')] });
  });
});
