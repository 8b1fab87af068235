import type { ScriptEntry } from '../../worker/script';

/** A scripted demo of one DOMAIN.md scenario on one built-in template: one click loads and plays it. */
export interface Demo {
  /** The scenario, S1–S8. */
  scenario: string;
  templateId: string;
  /** i18n keys: a short title and what to watch for. */
  titleKey: string;
  watchKey: string;
  script: ScriptEntry[];
}

const s = (n: number) => n * 1000;

export const DEMOS: readonly Demo[] = [
  {
    scenario: 'S1',
    templateId: 'ontime-minimal',
    titleKey: 'live.demo.S1.title',
    watchKey: 'live.demo.S1.watch',
    script: [
      { atMs: s(20), fault: { kind: 'stopProcess', target: 'OT1', process: 'ontime' } },
      { atMs: s(60), fault: { kind: 'startProcess', target: 'OT1', process: 'ontime' } },
    ],
  },
];
