import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { SUPPORTED_RTT_MS } from '../../engine';
import { injectFault } from './inject';
import { RTT_MAX_MS } from '../../commands/netFaults';

/** While dragging, the RTT is injected at most this often (each change is a fault on the timeline). */
const RTT_DEBOUNCE_MS = 250;

/** The live RTT of one link: drag it and the running simulation feels the new latency (S8). */
export function RttSlider({ linkId }: { linkId: string }) {
  const { t } = useTranslation();
  const rtt = useAppStore((s) => s.net.links[linkId]?.rttMs ?? s.design.links.find((l) => l.id === linkId)?.rttMs);
  const [draft, setDraft] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const shown = draft ?? rtt ?? 0;
  const change = (value: number) => {
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      injectFault({ kind: 'setRtt', target: linkId, rttMs: value });
      setDraft(null);
    }, RTT_DEBOUNCE_MS);
  };
  return (
    <label className={`rtt-slider${shown > SUPPORTED_RTT_MS ? ' over-limit' : ''}`}>
      {t('live.faults.rtt')}
      <input type="range" min={0} max={RTT_MAX_MS} step={0.5} value={shown} aria-valuetext={`${shown} ms`} onChange={(e) => change(Number(e.target.value))} />
      <output>{shown} ms</output>
      {shown > SUPPORTED_RTT_MS && <span className="muted">{t('live.faults.overLimit', { limit: SUPPORTED_RTT_MS })}</span>}
    </label>
  );
}
