import { useTranslation } from 'react-i18next';
import type { PreparedQuestion } from '../../engine';
import { useAppStore } from '../../state/store';
import { actualIn, formatValue, langOf, nodeName, type Lang } from './format';

function useUnits() {
  const { t } = useTranslation();
  return { seconds: t('lessons.seconds'), percent: t('lessons.percent') };
}

/** The prediction: radio buttons for a node or a choice, a text box for a number; locked once revealed. */
function AnswerInput({ question, lang, locked }: { question: PreparedQuestion; lang: Lang; locked: boolean }) {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.lesson!.prepared.design);
  const value = useAppStore((s) => s.lesson!.answers[question.id] ?? '');
  const setAnswer = useAppStore((s) => s.setLessonAnswer);
  const { answer } = question;
  if (answer.kind === 'seconds' || answer.kind === 'percent') {
    return (
      <label className="lesson-number">
        <input type="text" inputMode="decimal" aria-label={question.prompt[lang]} value={value} disabled={locked} onChange={(e) => setAnswer(question.id, e.target.value)} />
        {answer.kind === 'seconds' ? t('lessons.seconds') : t('lessons.percent')}
      </label>
    );
  }
  const options = answer.kind === 'node' ? answer.options.map((id) => ({ value: id, label: nodeName(design, id) })) : answer.options.map((o) => ({ value: o.value, label: o.label[lang] }));
  return (
    <div className="lesson-options">
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={`lesson-${question.id}`} value={o.value} checked={value === o.value} disabled={locked} onChange={() => setAnswer(question.id, o.value)} />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/** Right or wrong, what the run showed, and why. */
function Feedback({ question, lang }: { question: PreparedQuestion; lang: Lang }) {
  const { t } = useTranslation();
  const units = useUnits();
  const session = useAppStore((s) => s.lesson!);
  const mark = session.marks[question.id];
  if (!mark) return null;
  const { design } = session.prepared;
  const given = session.answers[question.id];
  const actual = question.expected === null ? t('lessons.notShown') : formatValue(question, question.expected, design, lang, units);
  return (
    <div className={`lesson-feedback ${mark.right ? 'right' : 'wrong'}`}>
      <p>
        <strong>{mark.right ? t('lessons.right') : t('lessons.wrong')}</strong> · {t('lessons.actual', { value: actual })} ·{' '}
        {t('lessons.yourAnswer', { value: given ? formatValue(question, given, design, lang, units) : t('lessons.noAnswer') })}
      </p>
      {question.expected !== null && <p>{actualIn(question.explain[lang], question, question.expected, design, lang)}</p>}
    </div>
  );
}

/** The current step: what happens, the questions to predict, and after the reveal the feedback per question. */
export function LessonStepView() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.resolvedLanguage);
  const session = useAppStore((s) => s.lesson!);
  const step = session.prepared.steps[session.step]!;
  return (
    <div className="lesson-step">
      <h4>{t('lessons.step', { n: session.step + 1, total: session.prepared.steps.length })}</h4>
      {step.intro && <p>{step.intro[lang]}</p>}
      {step.questions.map((q) => (
        <fieldset key={q.id} className="lesson-question">
          <legend>{q.prompt[lang]}</legend>
          <AnswerInput question={q} lang={lang} locked={q.id in session.marks} />
          <Feedback question={q} lang={lang} />
        </fieldset>
      ))}
    </div>
  );
}

/** The end: the score and each question right or wrong. */
export function LessonSummary() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.resolvedLanguage);
  const session = useAppStore((s) => s.lesson!);
  const questions = session.prepared.steps.flatMap((s) => s.questions);
  const right = questions.filter((q) => session.marks[q.id]?.right).length;
  return (
    <section className="lesson-summary" aria-label={t('lessons.summary')}>
      <h4>{t('lessons.summary')}</h4>
      <p>{t('lessons.score', { right, total: questions.length, percent: Math.round((100 * right) / Math.max(1, questions.length)) })}</p>
      <ol>
        {questions.map((q) => (
          <li key={q.id} className={session.marks[q.id]?.right ? 'right' : 'wrong'}>
            {q.prompt[lang]}: <strong>{session.marks[q.id]?.right ? t('lessons.right') : t('lessons.wrong')}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
