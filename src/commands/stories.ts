import { storyPlayer } from '../ui/stories/storyPlayer';
import type { Command } from './types';

/**
 * A playing story's clicker (issue 15 §2): the presenter's keys and buttons reach the story through the presenter
 * slice's `storyClicker`, menus and tests through these entries. No keys of their own: the presenter binds them.
 */
export const STORY_COMMANDS: readonly Command[] = [
  { id: 'stories.next', labelKey: 'stories.cmd.next', keys: [], context: 'global', when: (s) => s.storyPlayback !== null, run: () => storyPlayer.next() },
  { id: 'stories.previous', labelKey: 'stories.cmd.previous', keys: [], context: 'global', when: (s) => s.storyPlayback !== null, run: () => storyPlayer.previous() },
  { id: 'stories.stop', labelKey: 'stories.cmd.stop', keys: [], context: 'global', when: (s) => s.storyPlayback !== null, run: () => storyPlayer.stop() },
];
