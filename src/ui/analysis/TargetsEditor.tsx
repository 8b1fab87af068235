import { DISRUPTION_KINDS, type DisruptionKind } from '../../engine';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { NumberField } from '../inspector/NumberField';
import { addTarget, removeTarget, serviceChoices, targetsOf, updateTarget } from './targets';

const MAX_OBJECTIVE_S = 2_592_000;

/** The design's recovery targets (issue 14.1): per service an RTO and RPO, optionally per kind of disruption. */
export function TargetsEditor() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const editDesign = useAppStore((s) => s.editDesign);
  const targets = targetsOf(design);
  const choices = serviceChoices(design);
  return (
    <div className="analysis-targets">
      <p className="muted">{t('analysis.targets.intro')}</p>
      {targets.length === 0 && <p>{t('analysis.targets.none')}</p>}
      <ol className="target-list" aria-label={t('analysis.targets.list')}>
        {targets.map((target, i) => {
          const n = i + 1;
          return (
            <li key={i} className="target-row">
              <label>
                {t('analysis.targets.service', { n })}
                <select value={target.service} onChange={(e) => editDesign((d) => updateTarget(d, i, { service: e.target.value }))}>
                  <option value="*">{t('analysis.targets.every')}</option>
                  <option value="system">{t('analysis.targets.system')}</option>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                  {target.service !== '*' && target.service !== 'system' && !choices.some((c) => c.id === target.service) && <option value={target.service}>{target.service}</option>}
                </select>
              </label>
              <label>
                {t('analysis.targets.disruption', { n })}
                <select value={target.disruption ?? ''} onChange={(e) => editDesign((d) => updateTarget(d, i, { disruption: (e.target.value || null) as DisruptionKind | null }))}>
                  <option value="">{t('analysis.targets.anyKind')}</option>
                  {DISRUPTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`analysis.disruption.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <NumberField label={t('analysis.targets.rto', { n })} value={target.rtoMs / 1000} unit="s" min={0} max={MAX_OBJECTIVE_S} integer={false} onCommit={(v) => editDesign((d) => updateTarget(d, i, { rtoMs: Math.round(v * 1000) }))} />
              <NumberField label={t('analysis.targets.rpo', { n })} value={target.rpoMs / 1000} unit="s" min={0} max={MAX_OBJECTIVE_S} integer={false} onCommit={(v) => editDesign((d) => updateTarget(d, i, { rpoMs: Math.round(v * 1000) }))} />
              <button type="button" onClick={() => editDesign((d) => removeTarget(d, i))}>
                {t('analysis.targets.remove', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => editDesign(addTarget)}>
        {t('analysis.targets.add')}
      </button>
    </div>
  );
}
