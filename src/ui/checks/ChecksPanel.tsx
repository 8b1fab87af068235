import { memo, useMemo } from 'react';
import { CircleAlert, Info, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { checkDesign, type Severity } from '../../engine';
import { useAppStore } from '../../state/store';
import { nameLookup } from '../timeline/describeEvent';

const SEVERITY_ICONS: Record<Severity, LucideIcon> = { error: CircleAlert, warning: TriangleAlert, info: Info };

/**
 * The kits' design checks for the current design, re-run on every edit: severity (icon and word), the
 * behaviour it comes from, the nodes it concerns (click selects) and a one-line fix.
 */
export const ChecksPanel = memo(function ChecksPanel() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const select = useAppStore((s) => s.select);
  const findings = useMemo(() => checkDesign(design), [design]);
  const name = useMemo(() => nameLookup(design), [design]);
  return (
    <section className="panel checks" aria-label={t('live.checks.title')}>
      {findings.length === 0 ? (
        <p className="ok-note">{t('live.checks.none')}</p>
      ) : (
        <ul className="findings" aria-label={t('live.checks.title')}>
          {findings.map((f, i) => {
            const Icon = SEVERITY_ICONS[f.severity];
            const params = { ...f.params };
            return (
              <li key={`${f.checkId}-${i}`} className={`finding severity-${f.severity}`}>
                <div className="finding-head">
                  <Icon size={14} aria-hidden="true" />
                  <span className="severity">{t(`live.checks.severity.${f.severity}`)}</span>
                  <span className="ref" title={t('live.checks.refHelp')}>
                    {f.ref}
                  </span>
                </div>
                <p className="finding-message">{t(f.messageKey, params)}</p>
                <p className="finding-fix">
                  <span className="muted">{t('live.checks.fix')}</span> {t(f.fixKey, params)}
                </p>
                {f.nodes.length > 0 && (
                  <div className="finding-nodes" role="group" aria-label={t('live.checks.nodes')}>
                    {f.nodes.map((id) => (
                      <button key={id} type="button" onClick={() => select([id])}>
                        {name(id)}
                      </button>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
