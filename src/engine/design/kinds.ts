import { ONTIME_NODE_KINDS } from '../kits/ontime/kinds';

/** Every node kind the engine knows, gathered from the kits. */
export const KNOWN_NODE_KINDS: ReadonlySet<string> = new Set<string>([...ONTIME_NODE_KINDS]);
