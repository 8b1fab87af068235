import { validateDesign, formatIssue, type DesignDoc } from '../engine';
import ontimeMinimal from './ontime-minimal.json';
import ontimeP1 from './ontime-p1-colocated.json';
import ontimeP2 from './ontime-p2-load-sharing.json';
import ontimeP3 from './ontime-p3-fault-tolerant.json';
import ontimeP2Sites from './ontime-p2-two-sites.json';
import weblogicMaa from './weblogic-maa.json';
import weblogicMistakes from './weblogic-mistakes.json';

export interface TemplateEntry {
  id: string;
  /** i18n keys for the gallery. */
  titleKey: string;
  purposeKey: string;
  /** i18n key of a paragraph on when to choose this layout (the reference layouts have one). */
  whenKey?: string;
  /** Key of its text under `templateText.design` (name, description in both languages; see localize.ts). */
  textKey: string;
  design: DesignDoc;
}

/** Templates are validated like any imported file: a broken built-in design fails loudly in tests. */
function load(id: string, raw: unknown): DesignDoc {
  const result = validateDesign(raw);
  if (!result.ok) throw new Error(`template ${id}: ${result.issues.map(formatIssue).join('; ')}`);
  return result.design;
}

/** A reference layout of DOMAIN.md (or its counter-example): title, purpose and "when to choose it" under `template.<key>`. */
function reference(id: string, key: string, raw: unknown): TemplateEntry {
  const keys = { titleKey: `template.${key}.title`, purposeKey: `template.${key}.purpose`, whenKey: `template.${key}.when` };
  return { id, ...keys, textKey: key, design: load(id, raw) };
}

export const TEMPLATES: readonly TemplateEntry[] = [
  { id: 'ontime-minimal', titleKey: 'template.ontimeMinimal.title', purposeKey: 'template.ontimeMinimal.purpose', textKey: 'ontimeMinimal', design: load('ontime-minimal', ontimeMinimal) },
  reference('ontime-p1-colocated', 'ontimeP1', ontimeP1),
  reference('ontime-p2-load-sharing', 'ontimeP2', ontimeP2),
  reference('ontime-p3-fault-tolerant', 'ontimeP3', ontimeP3),
  reference('ontime-p2-two-sites', 'ontimeP2Sites', ontimeP2Sites),
  reference('weblogic-maa', 'weblogicMaa', weblogicMaa),
  reference('weblogic-mistakes', 'weblogicMistakes', weblogicMistakes),
];

export function templateById(id: string): TemplateEntry | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
