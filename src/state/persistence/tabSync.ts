/**
 * Tells the other tabs of this browser when a design was saved, so a tab showing an older copy learns at once that
 * its version is behind (the revision check in DesignLibrary.saveOver catches what this misses, e.g. no
 * BroadcastChannel).
 */
export interface SavedNotice {
  docId: string;
  revision: number;
}

const CHANNEL = 'failover-lab.designs';
let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  // Pages only: in Node (unit tests) an open channel would keep the process alive.
  if (!channel && typeof window !== 'undefined' && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceSaved(notice: SavedNotice): void {
  open()?.postMessage(notice);
}

/** Calls `handler` for every save another tab announces; returns the unsubscribe function. */
export function onOtherTabSaved(handler: (notice: SavedNotice) => void): () => void {
  const ch = open();
  if (!ch) return () => undefined;
  const listener = (event: MessageEvent<SavedNotice>) => {
    const notice = event.data;
    if (typeof notice?.docId === 'string' && typeof notice.revision === 'number') handler(notice);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}
