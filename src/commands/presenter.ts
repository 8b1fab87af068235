import { simulation } from '../state/simulation';
import type { AppState } from '../state/store';
import { enterFullscreen, leaveFullscreen } from '../ui/presenter/fullscreen';
import { previousKeyMomentMs } from '../ui/presenter/headline';
import type { Command } from './types';

/**
 * What a clicker key does before it drives the run: on a black screen it only brings the picture back; while a
 * story plays it goes to the story. Returns whether it was taken (the caller then does nothing else).
 */
export function clickerTakes(s: AppState, direction: 'next' | 'previous'): boolean {
  if (s.blackScreen) {
    s.setBlackScreen(false);
    return true;
  }
  if (!s.storyClicker) return false;
  s.storyClicker[direction]();
  return true;
}

export function setPresenting(s: AppState, on: boolean): void {
  s.setPresenting(on);
  // The canvas fits the design itself once the panels are gone (PresenterCamera).
  if (on) {
    enterFullscreen();
    // Focus must not stay on a control presenter mode hides (the header's button would take Space as a click).
    if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) document.activeElement.blur();
  } else leaveFullscreen();
}

/** Back to the previous key moment of the run (a takeover, a failover), or 10 s back when there is none. */
function seekBack(s: AppState): void {
  simulation.seek(previousKeyMomentMs(s.events, s.timeMs) ?? Math.max(0, s.timeMs - 10_000));
}

/**
 * Presenter mode (issue 15): F enters and leaves it anywhere; the clicker's keys (PageDown, PageUp, B) and Escape
 * work only while presenting. Space and "." stay the simulation's keys (sim.playPause, sim.step), which hand over
 * to a playing story through `clickerTakes`.
 */
export const PRESENTER_COMMANDS: readonly Command[] = [
  { id: 'presenter.toggle', labelKey: 'presenter.cmd.toggle', keys: ['F'], context: 'global', run: (s) => setPresenting(s, !s.presenting) },
  {
    id: 'presenter.next',
    labelKey: 'presenter.cmd.next',
    keys: ['PageDown'],
    context: 'presenter',
    run: (s) => clickerTakes(s, 'next') || simulation.step(),
  },
  {
    id: 'presenter.previous',
    labelKey: 'presenter.cmd.previous',
    keys: ['PageUp'],
    context: 'presenter',
    run: (s) => clickerTakes(s, 'previous') || seekBack(s),
  },
  { id: 'presenter.black', labelKey: 'presenter.cmd.black', keys: ['B'], context: 'presenter', run: (s) => s.setBlackScreen(!s.blackScreen) },
  {
    id: 'presenter.exit',
    labelKey: 'presenter.cmd.exit',
    keys: ['Escape'],
    context: 'presenter',
    // A first Escape on a black screen brings the picture back; the next one leaves.
    run: (s) => (s.blackScreen ? s.setBlackScreen(false) : setPresenting(s, false)),
  },
];
