import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from './sim';

/**
 * The README shows a CLI run and its output. A newcomer copies the command and compares: the output shown must be
 * the output the engine gives today (only the wall time of the run may differ).
 */
function readmeExample(): { argv: string[]; output: string } {
  const readme = readFileSync('README.md', 'utf8');
  const m = /```sh\nnpm run sim -- (.+)\n```\n\n```\n([\s\S]*?)\n```/.exec(readme);
  if (!m) throw new Error('README.md: no "npm run sim" example followed by its output');
  return { argv: m[1]!.trim().split(/\s+/), output: m[2]! };
}

function run(argv: string[]): string {
  const out: string[] = [];
  const code = main(argv, {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: () => undefined,
    now: () => 0,
  });
  expect(code).toBe(0);
  return out.join('\n');
}

const wallTime = (text: string) => text.replace(/simulated in \d+\.\d\d s/, 'simulated in N s');

describe('README', () => {
  it('shows the output the CLI example really prints', () => {
    const { argv, output } = readmeExample();
    expect(wallTime(run(argv)).trimEnd()).toBe(wallTime(output).trimEnd());
  });
});
