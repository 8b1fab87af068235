/**
 * The most recent of several candidate causes (event ids grow with time), or null when there is none. When a
 * state depends on several things (a path, a process, a role), the last of them to change is what made the
 * difference: that event is the cause of what is noticed now.
 */
export function latestCause(...ids: ReadonlyArray<number | null | undefined>): number | null {
  let best: number | null = null;
  for (const id of ids) if (id !== null && id !== undefined && (best === null || id > best)) best = id;
  return best;
}
