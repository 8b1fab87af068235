import { describe, expect, it } from 'vitest';
import { translationAt as text } from '../i18n/lookup';
import { TEMPLATES } from './index';

describe('the template gallery texts', () => {
  it('every reference template (OnTime P1–P3 and both WebLogic ones) says when to choose it, in EN and JA', () => {
    const withWhen = TEMPLATES.filter((t) => t.whenKey).map((t) => t.id);
    expect(withWhen).toEqual(expect.arrayContaining(['ontime-p1-colocated', 'ontime-p2-load-sharing', 'ontime-p3-fault-tolerant', 'weblogic-maa', 'weblogic-mistakes']));
    for (const tpl of TEMPLATES) {
      for (const lang of ['en', 'ja'] as const) {
        for (const key of [tpl.titleKey, tpl.purposeKey, tpl.whenKey].filter((k): k is string => k !== undefined)) {
          expect(typeof text(lang, key), `${lang} ${key}`).toBe('string');
        }
        // A "when" is a paragraph, not a title.
        if (tpl.whenKey) expect(String(text(lang, tpl.whenKey)).length, `${lang} ${tpl.whenKey}`).toBeGreaterThan(120);
      }
    }
  });
});
