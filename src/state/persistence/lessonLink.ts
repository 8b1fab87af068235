import { compressToEncodedURIComponent } from 'lz-string';
import type { LessonFile } from '../../engine';
import { decompressUriSafeBounded } from './boundedLz';

/**
 * The URL fragment that opens a lesson for a class (issue 15 §3), beside the design share link (shareLink.ts):
 * `#lesson=<id>&seed=<n>` for a built-in lesson, plus `&file=<lz-string, URI-safe>` carrying any other lesson file.
 * The seed is the student's copy: the same link gives every student the same questions, another seed another copy.
 */
export const LESSON_PREFIX = 'lesson=';
/** A lesson file is small (text and a template id); a link unpacking to more than this is damaged or not a lesson. */
export const MAX_LESSON_TEXT_CHARS = 1_000_000;

export interface LessonLink {
  id: string;
  seed: number;
  /** The lesson file's text, when the link carries one. */
  fileText?: string;
}

export function lessonFragment(lesson: LessonFile, seed: number, builtin: boolean): string {
  const params = new URLSearchParams({ lesson: lesson.id, seed: String(seed) });
  // URLSearchParams would escape lz-string's "+" and "$": the URI-safe alphabet needs no escaping, append it as is.
  return `${params.toString()}${builtin ? '' : `&file=${compressToEncodedURIComponent(JSON.stringify(lesson))}`}`;
}

export function lessonUrl(lesson: LessonFile, seed: number, builtin: boolean, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = lessonFragment(lesson, seed, builtin);
  return url.toString();
}

export function isLessonFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(LESSON_PREFIX);
}

/** Fragment → which lesson and seed, or a reason the link cannot be read. */
export function readLessonFragment(hash: string): { ok: true; link: LessonLink } | { ok: false; reason: string } {
  const text = hash.replace(/^#/, '');
  const file = /(?:^|&)file=([A-Za-z0-9+\-$]*)/.exec(text)?.[1];
  const params = new URLSearchParams(text.replace(/(^|&)file=[^&]*/, ''));
  const id = params.get('lesson') ?? '';
  const seed = Number(params.get('seed') ?? '1');
  if (id === '' || !Number.isInteger(seed) || seed < 0) return { ok: false, reason: 'the link names no lesson or a bad seed' };
  if (file === undefined) return { ok: true, link: { id, seed } };
  const unpacked = decompressUriSafeBounded(file, MAX_LESSON_TEXT_CHARS);
  if (!unpacked.ok) return { ok: false, reason: unpacked.reason === 'tooLarge' ? 'the lesson in the link is too large' : 'the link is damaged or cut short' };
  return { ok: true, link: { id, seed, fileText: unpacked.text } };
}
