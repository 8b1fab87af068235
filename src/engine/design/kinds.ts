import { NODE_KINDS } from '../kits/registry';

/** Every node kind the engine knows, gathered from the kits. */
export const KNOWN_NODE_KINDS: ReadonlySet<string> = new Set(NODE_KINDS.keys());
