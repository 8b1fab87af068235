import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS } from '../../templates/lessons';
import { isLessonFragment, lessonUrl, readLessonFragment } from './lessonLink';

describe('lesson links', () => {
  const lesson = BUILTIN_LESSONS[0]!;

  it('a built-in lesson travels by id and seed', () => {
    const url = new URL(lessonUrl(lesson, 42, true, 'https://lab.example/app/?x=1'));
    expect(url.search).toBe('');
    expect(isLessonFragment(url.hash)).toBe(true);
    expect(readLessonFragment(url.hash)).toEqual({ ok: true, link: { id: lesson.id, seed: 42 } });
  });

  it('another lesson file travels inside the link, intact', () => {
    const url = new URL(lessonUrl(lesson, 7, false, 'https://lab.example/'));
    const read = readLessonFragment(url.hash);
    expect(read.ok && JSON.parse(read.link.fileText!)).toEqual(lesson);
  });

  it('a damaged link is refused with a reason, not opened', () => {
    expect(readLessonFragment('#lesson=x&seed=1&file=%%%')).toMatchObject({ ok: false });
    expect(readLessonFragment('#lesson=&seed=1')).toMatchObject({ ok: false });
    expect(readLessonFragment('#lesson=x&seed=-3')).toMatchObject({ ok: false });
    expect(isLessonFragment('#share=abc')).toBe(false);
  });
});
