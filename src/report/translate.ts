import type { TFunction } from 'i18next';
import { translationAt } from '../i18n/lookup';

export type ReportLanguage = 'en' | 'ja';

/** `{{name}}` filled in as i18next does with escapeValue off (the report escapes what it writes into HTML itself). */
function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => (name in params ? String(params[name]) : `{{${name}}}`));
}

/**
 * The app's dictionary in one language without i18next's runtime, so the CLI and the page build the very same
 * text: a missing key falls back to `defaultValue`, then to English, then to the key (as i18next does).
 */
export function translator(lang: ReportLanguage): TFunction {
  const t = (key: string, params: Record<string, unknown> = {}) => {
    const template = translationAt(lang, key) ?? translationAt('en', key);
    if (typeof template === 'string') return fill(template, params);
    return typeof params.defaultValue === 'string' ? params.defaultValue : key;
  };
  return t as unknown as TFunction;
}
