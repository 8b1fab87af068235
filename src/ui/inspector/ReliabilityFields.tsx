import { useTranslation } from 'react-i18next';
import { LINK_RELIABILITY, SITE_RELIABILITY, type DesignLink, type DesignSite } from '../../engine';
import { edit } from '../editor/actions';
import { setReliability, type ReliabilityKey } from '../editor/model/reliabilityEdits';
import { NumberField } from './NumberField';
import { paramNameKey } from './paramLabels';

const KEYS: readonly ReliabilityKey[] = ['mtbfHours', 'mttrHours'];

/**
 * A site's or a link's MTBF and MTTR (issue 14: the availability analysis fails sites and links with them):
 * unit, range, the default and that it is an estimate with its source; each change is one undo step.
 */
export function ReliabilityFields({ element, item, disabled }: { element: 'site' | 'link'; item: DesignSite | DesignLink; disabled: boolean }) {
  const { t } = useTranslation();
  const spec = element === 'site' ? SITE_RELIABILITY : LINK_RELIABILITY;
  const unit = t('editor.unit.h');
  return (
    <div role="group" aria-label={t(`analysis.reliability.${element}`)} className="params">
      <p className="muted">{t(`analysis.reliability.${element}Help`)}</p>
      {KEYS.map((key) => {
        const set = item[key];
        const range = key === 'mtbfHours' ? spec.mtbf : spec.mttr;
        const name = t(paramNameKey(key));
        return (
          <NumberField
            key={`${item.id}:${key}`}
            label={name}
            value={set ?? spec[key]}
            unit={unit}
            min={range.min}
            max={range.max}
            integer={false}
            disabled={disabled}
            onCommit={(v) => edit((d) => setReliability(d, element, item.id, key, v))}
            hint={
              <>
                {' · '}
                {t('editor.field.default', { value: spec[key], unit })}
                {' · '}
                <span className="source source-model">{t(`analysis.reliability.${element}Source`)}</span>
                {set !== undefined && !disabled && (
                  <button type="button" className="link-button" onClick={() => edit((d) => setReliability(d, element, item.id, key, undefined))}>
                    {t('editor.field.reset', { name })}
                  </button>
                )}
              </>
            }
          />
        );
      })}
    </div>
  );
}
