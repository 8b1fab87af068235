import { validateDesign, formatIssue, type DesignDoc } from '../engine';
import ontimeMinimal from './ontime-minimal.json';
import weblogicMaa from './weblogic-maa.json';
import weblogicMistakes from './weblogic-mistakes.json';

export interface TemplateEntry {
  id: string;
  /** i18n keys for the gallery. */
  titleKey: string;
  purposeKey: string;
  design: DesignDoc;
}

/** Templates are validated like any imported file: a broken built-in design fails loudly in tests. */
function load(id: string, raw: unknown): DesignDoc {
  const result = validateDesign(raw);
  if (!result.ok) throw new Error(`template ${id}: ${result.issues.map(formatIssue).join('; ')}`);
  return result.design;
}

export const TEMPLATES: readonly TemplateEntry[] = [
  { id: 'ontime-minimal', titleKey: 'template.ontimeMinimal.title', purposeKey: 'template.ontimeMinimal.purpose', design: load('ontime-minimal', ontimeMinimal) },
  { id: 'weblogic-maa', titleKey: 'template.weblogicMaa.title', purposeKey: 'template.weblogicMaa.purpose', design: load('weblogic-maa', weblogicMaa) },
  { id: 'weblogic-mistakes', titleKey: 'template.weblogicMistakes.title', purposeKey: 'template.weblogicMistakes.purpose', design: load('weblogic-mistakes', weblogicMistakes) },
];

export function templateById(id: string): TemplateEntry | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
