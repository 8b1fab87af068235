import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonitorPlay, Pencil, Play, Plus, SkipBack, SkipForward, Square, Trash2 } from 'lucide-react';
import type { Bilingual, DesignDoc, Story } from '../../engine';
import { useAppStore } from '../../state/store';
import { toast } from '../../state/editorView';
import { builtinStoriesFor } from '../../stories/builtin';
import { appendStep, deleteStory, removeStep, renameStory, setStepCaption, stepFromMoment } from '../../stories/edits';
import { undo } from '../editor/actions';
import { formatSimTime } from '../format';
import { storyPlayer } from './storyPlayer';
import './stories.css';

/** What a new story and a new step start with: the user writes over it, in both languages. */
const NEW_TITLE: Bilingual = { en: 'My story', ja: 'マイストーリー' };
const PLACEHOLDER: Bilingual = { en: 'Describe what happens here and why.', ja: 'ここで何が起きるのか、なぜそうなるのかを書いてください。' };

/** The text in the language on screen, or the other one when it is empty. */
export function inLanguage(text: Bilingual, language: string | undefined): string {
  return language?.startsWith('ja') ? text.ja || text.en : text.en || text.ja;
}

function edit(change: (design: DesignDoc) => DesignDoc): void {
  useAppStore.getState().editDesign(change);
}

function play(story: Story, present: boolean): void {
  if (present) useAppStore.getState().setPresenting(true);
  storyPlayer.start(story);
}

/**
 * The Stories tab (issue 15 §2): the design's stories and the built-in ones that fit it, to play (here or in
 * presenter mode), edit (title and captions in both languages, remove a step), delete (undoable: a design edit) or
 * extend with "add this moment as a step". Editing a built-in story saves a copy into the design.
 */
export function StoriesPanel() {
  const { t, i18n } = useTranslation();
  const design = useAppStore((s) => s.design);
  const readOnly = useAppStore((s) => s.readOnly);
  const [openId, setOpenId] = useState<string | null>(null);
  const builtins = useMemo(() => builtinStoriesFor(design), [design]);
  const saved = design.stories ?? [];
  const all = [...saved.map((story) => ({ story, builtin: false })), ...builtins.map((story) => ({ story, builtin: true }))];
  const open = all.find((e) => e.story.id === openId)?.story;
  const lang = i18n.resolvedLanguage;

  const remove = (story: Story) => {
    edit((d) => deleteStory(d, story.id));
    toast({ key: 'stories.deleted', params: { title: inLanguage(story.title, lang) }, tone: 'info', action: { labelKey: 'editor.cmd.undo', run: undo } });
  };

  return (
    <section className="panel stories" aria-label={t('stories.title')}>
      <h3>{t('stories.title')}</h3>
      <p className="muted">{t('stories.help')}</p>
      <NowPlaying />
      {!readOnly && <AddMoment story={open} onAdded={setOpenId} />}
      {all.length === 0 ? (
        <p className="muted">{t('stories.empty')}</p>
      ) : (
        <ul className="story-list">
          {all.map(({ story, builtin }) => {
            const title = inLanguage(story.title, lang);
            return (
              <li key={story.id}>
                <div className="story-head">
                  <strong>{title}</strong>
                  {builtin && <span className="badge">{t('stories.builtin')}</span>}
                  <span className="muted">{t('stories.steps', { count: story.steps.length })}</span>
                </div>
                <div className="actions">
                  <button type="button" aria-label={t('stories.play', { title })} onClick={() => play(story, false)}>
                    <Play size={14} aria-hidden="true" /> {t('stories.playShort')}
                  </button>
                  <button type="button" aria-label={t('stories.present', { title })} onClick={() => play(story, true)}>
                    <MonitorPlay size={14} aria-hidden="true" /> {t('stories.presentShort')}
                  </button>
                  {!readOnly && (
                    <button type="button" aria-label={t('stories.edit', { title })} aria-expanded={openId === story.id} onClick={() => setOpenId(openId === story.id ? null : story.id)}>
                      <Pencil size={14} aria-hidden="true" /> {t('stories.editShort')}
                    </button>
                  )}
                  {!readOnly && !builtin && (
                    <button type="button" aria-label={t('stories.delete', { title })} onClick={() => remove(story)}>
                      <Trash2 size={14} aria-hidden="true" /> {t('stories.deleteShort')}
                    </button>
                  )}
                </div>
                {openId === story.id && <StoryEditor story={story} onClose={() => setOpenId(null)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Where the playing story is, its caption in the language on screen, and its clicker as buttons. */
function NowPlaying() {
  const { t, i18n } = useTranslation();
  const playback = useAppStore((s) => s.storyPlayback);
  if (!playback) return null;
  const { story, stepIndex, phase } = playback;
  const step = story.steps[stepIndex]!;
  return (
    <div className="story-now" role="group" aria-label={t('stories.nowPlaying', { title: inLanguage(story.title, i18n.resolvedLanguage) })}>
      <p>
        <strong>{t('stories.stepOf', { n: stepIndex + 1, count: story.steps.length })}</strong> · {t(`stories.phase.${phase}`, { time: formatSimTime(step.untilMs) })}
      </p>
      <p className="story-caption" aria-live="polite">
        {inLanguage(step.caption, i18n.resolvedLanguage)}
      </p>
      <div className="actions">
        <button type="button" onClick={() => storyPlayer.previous()}>
          <SkipBack size={14} aria-hidden="true" /> {t('stories.previous')}
        </button>
        <button type="button" onClick={() => storyPlayer.next()}>
          <SkipForward size={14} aria-hidden="true" /> {t('stories.next')}
        </button>
        <button type="button" onClick={() => storyPlayer.stop()}>
          <Square size={14} aria-hidden="true" /> {t('stories.stop')}
        </button>
      </div>
    </div>
  );
}

/** "Add this moment as a step": to the story being edited, or to a new one. */
function AddMoment({ story, onAdded }: { story: Story | undefined; onAdded: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const timeMs = useAppStore((s) => s.timeMs);
  const before = story !== undefined && timeMs < story.steps[story.steps.length - 1]!.untilMs;
  const add = () => {
    const s = useAppStore.getState();
    const step = stepFromMoment(s.design, story?.steps[story.steps.length - 1], { timeMs: s.timeMs, script: s.script, selected: s.selection.nodes }, PLACEHOLDER);
    if (!step) return;
    const result = appendStep(s.design, story, step, NEW_TITLE);
    s.editDesign(() => result.design);
    onAdded(result.id);
  };
  return (
    <div className="story-add">
      <button type="button" disabled={before} onClick={add}>
        <Plus size={14} aria-hidden="true" /> {story ? t('stories.addMomentTo', { title: inLanguage(story.title, i18n.resolvedLanguage) }) : t('stories.addMoment')}
      </button>
      <p className="muted">{before ? t('stories.addMomentBack') : t('stories.addMomentHelp')}</p>
    </div>
  );
}

/** A text field that commits when it loses focus: one undo step per field edited, not per key. */
function CommitField({ label, value, onCommit, multiline }: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean }) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The design changed under the field (undo, another story): show the new value.
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <label className="story-field">
      <span>{label}</span>
      {multiline ? <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} onBlur={commit} /> : <input type="text" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} />}
    </label>
  );
}

function StoryEditor({ story, onClose }: { story: Story; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="story-editor">
      <CommitField label={t('stories.titleEn')} value={story.title.en} onCommit={(en) => edit((d) => renameStory(d, story, { ...story.title, en }))} />
      <CommitField label={t('stories.titleJa')} value={story.title.ja} onCommit={(ja) => edit((d) => renameStory(d, story, { ...story.title, ja }))} />
      <ol className="story-steps">
        {story.steps.map((step, i) => (
          <li key={i}>
            <p className="muted">
              {t('stories.until', { time: formatSimTime(step.untilMs) })} · {step.waitForClick ? t('stories.waits') : t('stories.goesOn')}
            </p>
            <CommitField multiline label={t('stories.captionEn', { n: i + 1 })} value={step.caption.en} onCommit={(en) => edit((d) => setStepCaption(d, story, i, { ...step.caption, en }))} />
            <CommitField multiline label={t('stories.captionJa', { n: i + 1 })} value={step.caption.ja} onCommit={(ja) => edit((d) => setStepCaption(d, story, i, { ...step.caption, ja }))} />
            <button type="button" onClick={() => edit((d) => removeStep(d, story, i))}>
              <Trash2 size={14} aria-hidden="true" /> {t('stories.removeStep', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        {t('stories.close')}
      </button>
    </div>
  );
}
