import { useEffect, useMemo } from 'react';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { setPresenting } from '../../commands/presenter';
import { nameLookup } from '../timeline/describeEvent';
import { buildHeadline, headlineText } from './headline';
import './presenter.css';

/** The browser left full screen (its own Escape, which never reaches the page): presenter mode ends with it. */
function useLeaveWithFullscreen(presenting: boolean): void {
  useEffect(() => {
    if (!presenting || typeof document === 'undefined') return;
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFullscreen && !document.fullscreenElement) setPresenting(useAppStore.getState(), false);
      wasFullscreen = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting]);
}

/** The story so far, in one line: the last fault and the key moments after it (headline.ts). */
function Headline() {
  const { t } = useTranslation();
  const events = useAppStore((s) => s.events);
  const design = useAppStore((s) => s.design);
  const text = useMemo(() => {
    const h = buildHeadline(events, t, nameLookup(design));
    return h ? headlineText(h) : null;
  }, [events, design, t]);
  return (
    <p className={`presenter-headline${text ? '' : ' waiting'}`} aria-live="polite">
      {text ?? t('presenter.waiting')}
    </p>
  );
}

/** A story step's caption in the viewer's language (they may switch mid-story). */
function Caption() {
  const { i18n } = useTranslation();
  const caption = useAppStore((s) => s.caption);
  if (!caption) return null;
  return <p className="presenter-caption">{i18n.language.startsWith('ja') ? caption.ja : caption.en}</p>;
}

/**
 * What presenter mode adds to the canvas: the strip under it (the story step's caption, the headline) and a way out
 * for the mouse. Outside presenter mode a playing story's caption shows as a small bar.
 */
export function PresenterStrip() {
  const { t } = useTranslation();
  const presenting = useAppStore((s) => s.presenting);
  const hasCaption = useAppStore((s) => s.caption !== null);
  useLeaveWithFullscreen(presenting);
  if (!presenting) {
    return hasCaption ? (
      <div className="caption-bar" role="status">
        <Caption />
      </div>
    ) : null;
  }
  return (
    <section className="presenter-strip" aria-label={t('presenter.strip')}>
      <div className="presenter-text">
        <Caption />
        <Headline />
      </div>
      <button type="button" className="presenter-exit" onClick={() => setPresenting(useAppStore.getState(), false)} aria-keyshortcuts="Escape" title={t('presenter.exit')}>
        <X size={18} aria-hidden="true" /> <span className="sr-only">{t('presenter.exit')}</span>
      </button>
    </section>
  );
}

/** "b" on a clicker: the whole window black until B, a clicker key or a click brings the picture back. */
export function BlackScreen() {
  const { t } = useTranslation();
  const black = useAppStore((s) => s.presenting && s.blackScreen);
  if (!black) return null;
  return <div className="black-screen" role="img" aria-label={t('presenter.black')} data-testid="black-screen" onClick={() => useAppStore.getState().setBlackScreen(false)} />;
}
