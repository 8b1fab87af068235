import { resources } from './resources';

/** The dictionary entry at a dotted key ("check.ontime.noRestUrl.message") in one language, or undefined. */
export function translationAt(lang: 'en' | 'ja', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[lang].translation);
}

/** Whether a key is a sentence in English and in Japanese (tests: every user-facing string exists in both). */
export function inBothLanguages(key: string): boolean {
  return typeof translationAt('en', key) === 'string' && typeof translationAt('ja', key) === 'string';
}
