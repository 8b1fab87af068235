import { validateDesignWith, type DesignResult } from './design/validate';
import { repairStoredDesignWith, type Repaired } from './design/repair';
import { storyRefIssues } from './design/stories';
import type { DesignDoc, Story } from './design/schema';
import type { DesignIssue } from './design/validate';
import { KIND_CATALOG } from './kits/catalog';

/**
 * The design format bound to the registered kits. The format (design/) knows no kit, so that a kit can be added,
 * or a test can bring its own, without the format importing it; everything that opens a design (the app, the
 * worker, the CLI, the engine's own analyses and tests) validates through here.
 */

/** Validates an already-parsed JSON value against every registered kit's kinds. Never throws. */
export function validateDesign(value: unknown): DesignResult {
  return validateDesignWith(value, KIND_CATALOG);
}

/** A stored design repaired against the registered kits' rules (see design/repair.ts), or undefined. */
export function repairStoredDesign(value: unknown): Repaired | undefined {
  return repairStoredDesignWith(value, KIND_CATALOG);
}

/** What in a story does not fit this design (unknown ids, time going back), paths relative to the story: none = it can play on it. */
export function storyIssuesOn(story: Story, design: DesignDoc): DesignIssue[] {
  return storyRefIssues(story, design, KIND_CATALOG);
}
