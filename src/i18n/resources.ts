import type { DictionaryPart } from './types';
import * as core from './parts/core';
import * as weblogic from './parts/weblogic';
import * as weblogicEvents from './parts/weblogicEvents';
import * as engine from './parts/engine';
import * as ontime from './parts/ontime';
import * as live from './parts/live';
import * as editor from './parts/editor';
import * as editorIssues from './parts/editorIssues';
import * as editorFiles from './parts/editorFiles';
import * as editorLibrary from './parts/editorLibrary';
import * as report from './parts/report';
import * as shell from './parts/shell';
import * as analysis from './parts/analysis';
import * as liveEdit from './parts/liveEdit';
import * as drill from './parts/drill';
import * as lessons from './parts/lessons';
import * as presenter from './parts/presenter';
import * as templateText from './parts/templateText';
import * as stories from './parts/stories';
import * as branches from './parts/branches';

/**
 * Every feature's strings, merged. Add a part here: one import and one entry. Parts must not share a
 * top-level key with a different meaning (a unit test checks that no leaf is defined twice).
 */
export const PARTS: Record<string, DictionaryPart> = {
  core,
  weblogic,
  weblogicEvents,
  engine,
  ontime,
  live,
  editor,
  editorIssues,
  editorFiles,
  editorLibrary,
  report,
  shell,
  analysis,
  liveEdit,
  drill,
  lessons,
  presenter,
  templateText,
  stories,
  branches,
};

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && value !== null && typeof existing === 'object' && existing !== null) {
      mergeInto(existing as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = typeof value === 'object' && value !== null ? mergeInto({}, value as Record<string, unknown>) : value;
    }
  }
  return target;
}

function mergeLanguage(lang: 'en' | 'ja'): Record<string, unknown> {
  return Object.values(PARTS).reduce<Record<string, unknown>>((acc, part) => mergeInto(acc, part[lang]), {});
}

export const resources = {
  en: { translation: mergeLanguage('en') },
  ja: { translation: mergeLanguage('ja') },
};
