import type { TFunction } from 'i18next';
import type { DesignDoc } from '../engine';
import { en } from '../i18n/parts/templateText';
import type { TemplateEntry } from './index';

const LABEL_KEYS: ReadonlyMap<string, string> = new Map(Object.entries(en.templateText.label).map(([key, text]) => [text, key]));

/** A template's default label in the user's language; a label it does not know (an identifier, a user's name) as it is. */
export function localizeLabel(t: TFunction, label: string): string {
  const key = LABEL_KEYS.get(label);
  return key ? t(`templateText.label.${key}`) : label;
}

/**
 * The design a template opens as, in the user's language: its name, description and default labels translated,
 * every id unchanged (fault scripts, demos and tests name ids). English is the template itself, the same object:
 * "is the untouched template open?" stays a plain comparison.
 */
export function templateDesign(entry: TemplateEntry, t: TFunction, language: string): DesignDoc {
  if (language.startsWith('en')) return entry.design;
  const d = entry.design;
  const text = (field: 'name' | 'description') => t(`templateText.design.${entry.textKey}.${field}`, { defaultValue: d[field] });
  return {
    ...d,
    name: text('name'),
    ...(d.description === undefined ? {} : { description: text('description') }),
    sites: d.sites.map((s) => ({ ...s, name: localizeLabel(t, s.name) })),
    nodes: d.nodes.map((n) => ({ ...n, name: localizeLabel(t, n.name) })),
    clusters: d.clusters.map((c) => ({ ...c, name: localizeLabel(t, c.name) })),
  };
}
