import type { Kit } from './kit';
import { ontimeKit } from './ontime/kit';
import { weblogicKit } from './weblogic/kit';

/**
 * Every kit the engine simulates, with its models: what the simulation installs. Only engine runs (the workers,
 * the CLI, tests) reach this file; what the page needs of the kits is in catalog.ts. A new kit is one entry here
 * and one there (a test keeps the two lists in step).
 */
export const KITS: readonly Kit[] = [ontimeKit, weblogicKit];
