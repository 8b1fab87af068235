import type { Bilingual, DesignDoc, MeasuredValue, PreparedQuestion } from '../../engine';

export type Lang = 'en' | 'ja';

export function langOf(language: string | undefined): Lang {
  return language?.startsWith('ja') ? 'ja' : 'en';
}

export function textIn(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A node id as the canvas names it. */
export function nodeName(design: DesignDoc, id: string): string {
  return design.nodes.find((n) => n.id === id)?.name ?? id;
}

/**
 * A value of a question as the class reads it: a node by its name, a choice by its label, a number with its unit.
 * `units` are the translated words for seconds and percent.
 */
export function formatValue(question: Pick<PreparedQuestion, 'answer'>, value: MeasuredValue | string, design: DesignDoc, lang: Lang, units: { seconds: string; percent: string }): string {
  const { answer } = question;
  switch (answer.kind) {
    case 'node':
      return nodeName(design, String(value));
    case 'choice': {
      const option = answer.options.find((o) => o.value === String(value));
      return option ? option.label[lang] : String(value);
    }
    case 'seconds':
      return `${value} ${units.seconds}`;
    case 'percent':
      return `${value} ${units.percent}`;
  }
}

/** The number in the explanation: `{actual}` is the bare value (the text carries its own unit). */
export function actualIn(text: string, question: Pick<PreparedQuestion, 'answer'>, value: MeasuredValue, design: DesignDoc, lang: Lang): string {
  const bare = question.answer.kind === 'seconds' || question.answer.kind === 'percent' ? String(value) : formatValue(question, value, design, lang, { seconds: '', percent: '' });
  return text.replaceAll('{actual}', bare);
}
