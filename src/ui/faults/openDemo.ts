import type { DesignDoc } from '../../engine';
import { clearShareFragment } from '../../state/persistence/shareLink';
import { switchDocument } from '../../state/persistence/session';
import { useAppStore } from '../../state/store';
import i18n from 'i18next';
import { templateById } from '../../templates';
import { templateDesign } from '../../templates/localize';
import type { Demo } from './demos';

const sameDesign = (a: DesignDoc, b: DesignDoc) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Opens a demo's template so its script can play from 0 (the caller starts it: this module stays free of the
 * worker bridge). The template opens as a NEW saved design (like "New from
 * template"), never in place: replacing the open design would let the autosave write the template over the user's
 * own work under its saved id, and would silently leave a read-only shared design. When the untouched template is
 * already open (e.g. a second demo on it), it is reused.
 */
export async function openDemo(demo: Demo): Promise<Demo['script'] | undefined> {
  const template = templateById(demo.templateId);
  if (!template) return undefined;
  const { readOnly } = useAppStore.getState();
  // In the user's language (names and labels; the ids the script names are the same).
  const design = templateDesign(template, i18n.t, i18n.language ?? 'en');
  if (readOnly || !sameDesign(useAppStore.getState().design, design)) {
    if (readOnly) clearShareFragment();
    await switchDocument(structuredClone(design), undefined);
    useAppStore.getState().setSeed(template.design.seed);
  }
  // Reused as it is, the open template keeps the seed the user chose.
  return demo.script;
}
