import { useState } from 'react';
import { Eraser, Pause, Play, RotateCcw, StepForward } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { SPEEDS, type Speed } from '../../worker/protocol';
import { formatSimTime, isoDuration } from '../format';
import { command, enabled, runCommand } from '../../commands/registry';
import { simulation } from '../../state/simulation';
import { StepNote } from '../branches/StepNote';

function SeedField() {
  const { t } = useTranslation();
  const seed = useAppStore((s) => s.seed);
  const [draft, setDraft] = useState(String(seed));
  // A seed changed elsewhere (a loaded script, a new design) replaces the draft.
  const [shownSeed, setShownSeed] = useState(seed);
  if (seed !== shownSeed) {
    setShownSeed(seed);
    setDraft(String(seed));
  }
  const valid = /^\d{1,10}$/.test(draft) && Number(draft) <= 0xffffffff;
  const commit = () => {
    if (valid && Number(draft) !== seed) simulation.changeSeed(Number(draft));
    else if (!valid) setDraft(String(seed));
  };
  return (
    <label className="seed" title={t('live.controls.seedHelp')}>
      {t('live.controls.seed')}
      <input
        type="text"
        inputMode="numeric"
        value={draft}
        aria-invalid={!valid}
        onChange={(e) => setDraft(e.target.value.trim())}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}

/** The simulated clock: the only part of the controls that changes on every frame, so it re-renders alone. */
function Clock() {
  const { t } = useTranslation();
  const timeMs = useAppStore((s) => s.timeMs);
  return (
    <output className="clock" aria-label={t('controls.clock')}>
      <time dateTime={isoDuration(timeMs)}>{formatSimTime(timeMs)}</time>
    </output>
  );
}

/** Play, pause, step, reset, speed, the simulated clock and the seed. */
export function SimControls() {
  const { t } = useTranslation();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const [playPause, step, reset, clearFaults] = [command('sim.playPause'), command('sim.step'), command('sim.reset'), command('sim.clearFaults')];
  const canClear = useAppStore((s) => enabled(clearFaults, s));
  return (
    <div className="sim-controls" role="toolbar" aria-label={t('controls.label')}>
      <button type="button" className="primary" aria-keyshortcuts={playPause.keys.join(' ')} onClick={() => runCommand(playPause)}>
        {playing ? <Pause size={14} aria-hidden="true" /> : <Play size={14} aria-hidden="true" />} {playing ? t('controls.pause') : t('controls.play')}
      </button>
      <button type="button" aria-keyshortcuts={step.keys.join(' ')} onClick={() => runCommand(step)} title={t('live.controls.stepHelp')}>
        <StepForward size={14} aria-hidden="true" /> {t(step.labelKey)}
      </button>
      <button type="button" aria-keyshortcuts={reset.keys.join(' ')} onClick={() => runCommand(reset)} title={t('branches.cmd.resetHelp')}>
        <RotateCcw size={14} aria-hidden="true" /> {t(reset.labelKey)}
      </button>
      <button type="button" disabled={!canClear} onClick={() => runCommand(clearFaults)} title={t('branches.cmd.clearFaultsHelp')}>
        <Eraser size={14} aria-hidden="true" /> {t(clearFaults.labelKey)}
      </button>
      <label className="speed">
        {t('controls.speed')}
        <select value={String(speed)} onChange={(e) => simulation.setSpeed((e.target.value === 'max' ? 'max' : Number(e.target.value)) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {s === 'max' ? t('live.controls.max') : `${s}×`}
            </option>
          ))}
        </select>
      </label>
      <Clock />
      <SeedField />
      <StepNote />
    </div>
  );
}
