import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_LESSONS } from '../../templates/lessons';
import { closeLesson, changeLessonSeed, DEFAULT_LESSON_SEED, lessonLinkOf, openBuiltinLesson, openLessonFromLocation, openLessonText } from '../../state/lessons';
import { useAppStore } from '../../state/store';
import { command, runCommand } from '../../commands/registry';
import { LessonStepView, LessonSummary } from './LessonStep';
import { langOf } from './format';
import './lessons.css';

/** The address's lesson link is read once per page, after the session has booted (it opens a new document). */
let linkRead = false;

function SeedField({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field lesson-seed">
      {t('lessons.seed')}
      <input type="number" min={0} step={1} value={seed} onChange={(e) => onSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} />
    </label>
  );
}

/** A copy is prepared in a worker (the lesson validated, its whole script run headless): say so meanwhile. */
function Preparing() {
  const { t } = useTranslation();
  const preparing = useAppStore((s) => s.lessonPreparing);
  return preparing ? (
    <p role="status" className="muted">
      {t('lessons.preparing')}
    </p>
  ) : null;
}

function LessonIssues() {
  const { t } = useTranslation();
  const issues = useAppStore((s) => s.lessonIssues);
  if (!issues || issues.length === 0) return null;
  return (
    <div role="alert" className="lesson-issues">
      <p>{t('lessons.issues')}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The built-in lessons and "Open lesson file…": nothing of the open design changes until a lesson is valid. */
function LessonList() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.resolvedLanguage);
  const [seed, setSeed] = useState(DEFAULT_LESSON_SEED);
  const preparing = useAppStore((s) => s.lessonPreparing);
  const file = useRef<HTMLInputElement>(null);
  const onFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) await openLessonText(await chosen.text(), seed);
  };
  return (
    <>
      <p className="muted">{t('lessons.intro')}</p>
      <SeedField seed={seed} onSeed={setSeed} />
      <h3>{t('lessons.builtin')}</h3>
      <ul className="lesson-list">
        {BUILTIN_LESSONS.map((lesson) => (
          <li key={lesson.id}>
            <strong>{lesson.title[lang]}</strong>
            {lesson.summary && <p className="muted">{lesson.summary[lang]}</p>}
            <button type="button" aria-label={t('lessons.open', { title: lesson.title[lang] })} disabled={preparing} onClick={() => void openBuiltinLesson(lesson.id, seed)}>
              {t('lessons.openShort')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" disabled={preparing} onClick={() => file.current?.click()}>
        {t('lessons.openFile')}
      </button>
      <input ref={file} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e.currentTarget)} />
    </>
  );
}

function ShareLesson() {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.lesson)!;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = lessonLinkOf(session, window.location.href);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {t('lessons.copyLink')}
      </button>
      {state === 'copied' && <p role="status">{t('lessons.copied', { seed: session.prepared.seed })}</p>}
      {state === 'failed' && (
        <label className="field">
          {t('lessons.copyFailed')}
          <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </>
  );
}

function Progress() {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.lesson)!;
  const questions = session.prepared.steps.flatMap((s) => s.questions);
  const percent = Math.round((100 * questions.filter((q) => q.id in session.marks).length) / Math.max(1, questions.length));
  return (
    <div role="progressbar" aria-label={t('lessons.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="lesson-progress">
      <span className="lesson-progress-bar" style={{ width: `${percent}%` }} />
      <span className="lesson-progress-text">{t('lessons.progressText', { percent })}</span>
    </div>
  );
}

/** Another seed, another copy (keyed by the current seed, so it starts from it). */
function SeedForm({ current }: { current: number }) {
  const { t } = useTranslation();
  const [seed, setSeed] = useState(current);
  const preparing = useAppStore((s) => s.lessonPreparing);
  return (
    <form
      className="lesson-seed-form"
      onSubmit={(e) => {
        e.preventDefault();
        void changeLessonSeed(seed);
      }}
    >
      <SeedField seed={seed} onSeed={setSeed} />
      <button type="submit" disabled={seed === current || preparing}>
        {t('lessons.applySeed')}
      </button>
    </form>
  );
}

function OpenLesson() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.resolvedLanguage);
  const session = useAppStore((s) => s.lesson)!;
  const { steps } = session.prepared;
  const step = steps[session.step];
  return (
    <>
      <h3>{session.prepared.lesson.title[lang]}</h3>
      <SeedForm key={session.prepared.seed} current={session.prepared.seed} />
      <Progress />
      {step ? <LessonStepView key={`${session.prepared.seed}:${session.step}`} /> : <LessonSummary />}
      <div className="lesson-actions">
        {step && (
          <button type="button" className="primary" disabled={!canRun('lesson.reveal')} hidden={!canRun('lesson.reveal')} onClick={() => runCommand(command('lesson.reveal'))}>
            {t('lessons.reveal')}
          </button>
        )}
        {step && canRun('lesson.next') && (
          <button type="button" className="primary" onClick={() => runCommand(command('lesson.next'))}>
            {session.step + 1 < steps.length ? t('lessons.next') : t('lessons.finish')}
          </button>
        )}
        <ShareLesson />
        <button type="button" onClick={closeLesson}>
          {t('lessons.close')}
        </button>
      </div>
    </>
  );
}

function canRun(id: string): boolean {
  const c = command(id);
  return c.when?.(useAppStore.getState()) ?? true;
}

/** The Lessons tab of the live panels (issue 15 §3). */
export function LessonsPanel() {
  const { t } = useTranslation();
  const session = useAppStore((s) => s.lesson);
  const ready = useAppStore((s) => s.sessionReady);
  useEffect(() => {
    if (!ready || linkRead) return;
    linkRead = true;
    void openLessonFromLocation();
  }, [ready]);
  return (
    <section className="lessons" aria-label={t('lessons.title')}>
      {session ? <OpenLesson /> : <LessonList />}
      <Preparing />
      <LessonIssues />
    </section>
  );
}
