import type { Fault, TimedFault } from '../../engine';

/** A scripted demo of one DOMAIN.md scenario on one built-in template: one click loads and plays it. */
export interface Demo {
  /** The scenario, S1–S8. */
  scenario: string;
  templateId: string;
  /** i18n keys: a short title and what to watch for. */
  titleKey: string;
  watchKey: string;
  script: TimedFault[];
}

const s = (n: number) => n * 1000;
const at = (seconds: number, fault: Fault): TimedFault => ({ atMs: s(seconds), fault });
const demo = (scenario: string, templateId: string, key: string, script: TimedFault[]): Demo => ({
  scenario,
  templateId,
  titleKey: `live.demo.${key}.title`,
  watchKey: `live.demo.${key}.watch`,
  script,
});

/** Faults 20 s in: time enough to see the steady state (Sync sawtooth, throughput) before the break. */
export const DEMOS: readonly Demo[] = [
  demo('S1', 'ontime-minimal', 'S1', [
    at(20, { kind: 'stopProcess', target: 'OT1', process: 'ontime' }),
    at(60, { kind: 'startProcess', target: 'OT1', process: 'ontime' }),
  ]),
  demo('S2', 'ontime-p1-colocated', 'S2', [at(20, { kind: 'crashHost', target: 'OT1' }), at(180, { kind: 'recoverHost', target: 'OT1' })]),
  demo('S3', 'weblogic-maa', 'S3', [at(20, { kind: 'crashProcess', target: 'MS1', process: 'wls' })]),
  demo('S4', 'weblogic-maa', 'S4', [at(20, { kind: 'crashHost', target: 'MS1' }), at(20, { kind: 'crashHost', target: 'MS2' })]),
  demo('S5', 'weblogic-maa', 'S5', [at(20, { kind: 'siteDown', target: 'site1' })]),
  // The whole site, orchestrated by Site Guard: servers stop one by one so sessions move instead of being lost.
  demo('S6', 'weblogic-maa', 'S6', [at(20, { kind: 'maintenance', target: 'site1' })]),
  demo('S7', 'weblogic-maa', 'S7', [
    at(20, { kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] }),
    at(200, { kind: 'heal', target: 'cut-man' }),
  ]),
  demo('S7', 'weblogic-mistakes', 'S7mistakes', [
    at(20, { kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] }),
    at(200, { kind: 'heal', target: 'cut-man' }),
  ]),
  demo('S8', 'weblogic-maa', 'S8', [at(20, { kind: 'setRtt', target: 'man', rttMs: 20 })]),
];
