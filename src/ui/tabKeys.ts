/**
 * The WAI-ARIA tabs pattern's keys, for every tab list of the app: the tab a key moves to from `from` (Left/Right
 * wrap around, Home/End go to the ends); undefined: not a tab key.
 */
export function tabAfterKey<T>(tabs: readonly T[], from: T, key: string): T | undefined {
  const i = tabs.indexOf(from);
  switch (key) {
    case 'ArrowRight':
      return tabs[(i + 1) % tabs.length];
    case 'ArrowLeft':
      return tabs[(i + tabs.length - 1) % tabs.length];
    case 'Home':
      return tabs[0];
    case 'End':
      return tabs[tabs.length - 1];
    default:
      return undefined;
  }
}
