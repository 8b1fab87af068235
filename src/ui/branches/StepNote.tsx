import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { formatSimTime } from '../format';
import { describeEvent, nameLookup } from '../timeline/describeEvent';

/** Step moves to the next event; this says how far it went and what happened there (a polite live region). */
export function StepNote() {
  const { t, i18n } = useTranslation();
  const note = useAppStore((s) => s.stepNote);
  const playing = useAppStore((s) => s.playing);
  // Only the one event the note names (a stable object): the note must not re-render on every frame.
  const event = useAppStore((s) => {
    const id = s.stepNote?.eventId;
    return id === undefined || id === null ? undefined : s.events.find((e) => e.id === id);
  });
  const design = useAppStore((s) => s.design);
  const name = useMemo(() => nameLookup(design), [design]);
  let text = '';
  if (note && !playing) {
    const time = formatSimTime(note.toMs, true);
    const delta = ((note.toMs - note.fromMs) / 1000).toLocaleString(i18n.language, { maximumFractionDigits: 3 });
    if (note.toMs === note.fromMs && !event) text = t('branches.step.none', { time });
    else text = event ? t('branches.step.moved', { delta, time, event: describeEvent(t, event, name) }) : t('branches.step.movedQuiet', { delta, time });
  }
  return (
    <span className="step-note" role="status" aria-live="polite" title={text}>
      {text}
    </span>
  );
}
