import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The layer boundaries of eslint.config.js (`local/layers`, eslint/layers.mjs) refuse each bad direction: every
 * snippet is linted as if it were the named file, and must get exactly the boundary's error; the good imports
 * next to them must pass. Without this test a typo in a path prefix would silently let everything through.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'local/layers').map((m) => m.message);
}

const BAD: Array<[direction: string, file: string, code: string, says: string]> = [
  ['the UI reaches past the engine API', 'src/ui/faults/snippet.ts', "import { runScenario as x } from '../../engine/sim/run';", 'public API'],
  ['the state reaches past the engine API (even for a type)', 'src/state/snippet.ts', "import type { World as x } from '../engine/sim/world';", 'public API'],
  ['the commands reach past the engine API', 'src/commands/snippet.ts', "import { KITS as x } from '../engine/kits/registry';", 'public API'],
  ['the worker reaches past the engine API', 'src/worker/snippet.ts', "import { Simulation as x } from '../engine/sim/simulation';", 'public API'],
  ['the CLI reaches past the engine API', 'src/cli/snippet.ts', "import { formatDuration as x } from '../engine/faults/duration';", 'public API'],
  ['the engine imports the UI', 'src/engine/sim/snippet.ts', "import { DEMOS as x } from '../../ui/faults/demos';", 'src/engine never imports'],
  ['the engine imports the store', 'src/engine/report/snippet.ts', "import { foldFrames as x } from '../../state/simSlice';", 'src/engine never imports'],
  ['the engine imports the worker', 'src/engine/snippet.ts', "import { Runner as x } from '../worker/runner';", 'src/engine never imports'],
  ['the engine imports a UI library', 'src/engine/kits/ontime/snippet.ts', "import { create as x } from 'zustand';", 'src/engine never imports'],
  ['the OnTime kit imports the WebLogic kit', 'src/engine/kits/ontime/snippet.ts', "import { PROC as x } from '../weblogic/kinds';", 'never imports another kit'],
  ['the WebLogic kit imports the OnTime kit', 'src/engine/kits/weblogic/snippet.ts', "import { K as x } from '../ontime/kinds';", 'never imports another kit'],
  ['a kit imports the registry of all kits', 'src/engine/kits/weblogic/snippet.ts', "import { KITS as x } from '../registry';", 'never imports another kit'],
  ['the design format imports the kits', 'src/engine/design/snippet.ts', "import { NODE_KINDS as x } from '../kits/registry';", 'design format'],
  ['the design format imports the fault scripts (which know the kits)', 'src/engine/design/snippet.ts', "import { validateFaultScript as x } from '../faults/script';", 'design format'],
  ['a primitive imports a kit', 'src/engine/primitives/snippet.ts', "import { ontimeKit as x } from '../kits/ontime/kit';", 'never import a kit'],
  ['the worker imports the UI', 'src/worker/snippet.ts', "import { toast as x } from '../ui/shell/toast';", 'src/worker never imports'],
  ['the worker imports React', 'src/worker/snippet.ts', "import { useState as x } from 'react';", 'src/worker never imports'],
];

const GOOD: Array<[direction: string, file: string, code: string]> = [
  ['the UI through the engine API', 'src/ui/faults/snippet.ts', "import { KITS as x } from '../../engine';"],
  ['the CLI through the engine API', 'src/cli/snippet.ts', "import { runScenario as x } from '../engine';"],
  ['a kit from the primitives', 'src/engine/kits/ontime/snippet.ts', "import { SimProcess as x } from '../../primitives/process';"],
  ['the design format from itself', 'src/engine/design/snippet.ts', "import { designSchema as x } from './schema';"],
  ['the document binding from the kits', 'src/engine/snippet.ts', "import { KIND_CATALOG as x } from './kits/catalog';"],
  ['an engine test from the UI (tests may check that both agree)', 'src/engine/sim/snippet.test.ts', "import { DEMOS as x } from '../../ui/faults/demos';"],
  ['the design format from the configured zod', 'src/engine/design/snippet.ts', "import { z as x } from '../zod';"],
];

describe('zod has one door (src/engine/zod.ts, configured jitless for the Content-Security-Policy)', () => {
  const zodErrors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('refuses zod imported anywhere else, allows the configured one', async () => {
    expect(await zodErrors('src/engine/faults/snippet.ts', "import { z as x } from 'zod';")).toEqual([expect.stringContaining('src/engine/zod.ts')]);
    expect(await zodErrors('src/ui/files/snippet.ts', "import { z as x } from 'zod';")).toHaveLength(1);
    expect(await zodErrors('src/engine/faults/snippet.ts', "import { z as x } from '../zod';")).toEqual([]);
  }, 30_000);
});

describe('layer boundaries (DESIGN.md "never" directions)', () => {
  it.each(BAD)('refuses: %s', async (_direction, file, code, says) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(says);
  }, 30_000);

  it.each(GOOD)('allows: %s', async (_direction, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  }, 30_000);
});
