import { useTranslation } from 'react-i18next';
import type { DesignDoc } from '../../engine';
import { useAppStore } from '../../state/store';
import { describeIssue } from './describeIssue';

/** The name of the node a JSON path points into (`nodes[1].params.x` → "OT1 · "), so people need not count nodes. */
function nodePrefix(design: DesignDoc, path: string): string {
  const index = /^nodes\[(\d+)\]/.exec(path)?.[1];
  const node = index === undefined ? undefined : design.nodes[Number(index)];
  return node ? `${node.name} · ` : '';
}

/** How many adjustments are listed; the rest are counted (a long list would push the canvas away). */
const SHOWN = 5;

/**
 * A design saved before a rule existed opens repaired rather than stranded (see repairStoredDesign): the user is
 * told what was adjusted, by JSON path and rule, in their language, once.
 */
export function RepairedBanner() {
  const { t } = useTranslation();
  const repairs = useAppStore((s) => s.repairs);
  const design = useAppStore((s) => s.design);
  if (!repairs) return null;
  return (
    <div role="region" aria-label={t('editor.repaired.label')} className="banner repaired">
      <div>
        {t('editor.repaired.text')}
        <ul className="plain">
          {repairs.slice(0, SHOWN).map((issue, i) => (
            <li key={i}>
              {nodePrefix(design, issue.path)}
              {describeIssue(t, issue)}
            </li>
          ))}
          {repairs.length > SHOWN && <li>{t('editor.repaired.more', { count: repairs.length - SHOWN })}</li>}
        </ul>
      </div>
      <button type="button" onClick={() => useAppStore.setState({ repairs: null })}>
        {t('editor.repaired.dismiss')}
      </button>
    </div>
  );
}
