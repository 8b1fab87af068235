import { Pause, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { SPEEDS, type Speed } from '../../worker/protocol';
import { formatSimTime, isoDuration } from '../format';
import { sendToSimulation } from './simBridge';

export function SimControls() {
  const { t } = useTranslation();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const timeMs = useAppStore((s) => s.timeMs);
  return (
    <div className="sim-controls" role="toolbar" aria-label={t('controls.label')}>
      <button type="button" className="primary" onClick={() => sendToSimulation({ type: playing ? 'pause' : 'play' })}>
        {playing ? <Pause size={14} aria-hidden="true" /> : <Play size={14} aria-hidden="true" />} {playing ? t('controls.pause') : t('controls.play')}
      </button>
      <label className="speed">
        {t('controls.speed')}
        <select value={speed} onChange={(e) => sendToSimulation({ type: 'speed', speed: Number(e.target.value) as Speed })}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <output className="clock" aria-label={t('controls.clock')}>
        <time dateTime={isoDuration(timeMs)}>{formatSimTime(timeMs)}</time>
      </output>
    </div>
  );
}
