import { useTranslation } from 'react-i18next';
import { isWholeUnit, NODE_KINDS, type DesignNode, type ParamSpec } from '../../engine';
import { edit } from '../editor/actions';
import { patchNodes, resetParam } from '../editor/model/edits';
import { FlagField } from './FlagField';
import { NumberField } from './NumberField';
import { isFlag, paramNameKey, unitKey } from './paramLabels';

/** The parameters every selected node has (same key, same spec): what a multi-selection can edit together. */
export function sharedParams(nodes: readonly DesignNode[]): ParamSpec[] {
  const [first, ...rest] = nodes.map((n) => NODE_KINDS.get(n.kind)?.params ?? []);
  if (!first) return [];
  return first.filter((p) => rest.every((specs) => specs.some((q) => q.key === p.key && q.unit === p.unit && q.min === p.min && q.max === p.max)));
}

/** The value shown for a parameter: the common value of the selection, or undefined when they differ. */
export function sharedValue(nodes: readonly DesignNode[], spec: ParamSpec): number | undefined {
  const values = new Set(nodes.map((n) => (typeof n.params[spec.key] === 'number' ? (n.params[spec.key] as number) : spec.default)));
  return values.size === 1 ? [...values][0] : undefined;
}

/** Every parameter of the selected node(s): unit, allowed range, default and where the default comes from. */
export function ParamFields({ nodes, disabled }: { nodes: readonly DesignNode[]; disabled: boolean }) {
  const { t } = useTranslation();
  const specs = sharedParams(nodes);
  const ids = new Set(nodes.map((n) => n.id));
  const key = nodes.map((n) => n.id).join(',');
  if (specs.length === 0) return <p className="muted">{t('editor.inspector.noParams')}</p>;
  return (
    <div role="group" aria-label={t('editor.inspector.params')} className="params">
      {specs.map((spec) => {
        const overridden = nodes.some((n) => spec.key in n.params);
        const name = t(paramNameKey(spec.key));
        const unit = t(unitKey(spec.unit));
        const flag = isFlag(spec);
        const commit = (v: number) => edit((d) => patchNodes(d, ids, { params: { [spec.key]: v } }));
        const hint = (
          <>
            {flag
              ? t('editor.field.defaultFlag', { value: t(spec.default ? 'editor.field.on' : 'editor.field.off') })
              : t('editor.field.default', { value: spec.default, unit })}
            {' · '}
            <span className={`source source-${spec.source}`}>
              {t(`editor.source.${spec.source}`)}
              {spec.ref ? ` (${spec.ref})` : ''}
            </span>
            {overridden && !disabled && (
              <button type="button" className="link-button" onClick={() => edit((d) => resetParam(d, ids, spec.key))}>
                {t('editor.field.reset', { name })}
              </button>
            )}
          </>
        );
        if (flag) return <FlagField key={`${key}:${spec.key}`} label={name} value={sharedValue(nodes, spec)} disabled={disabled} onCommit={commit} hint={hint} />;
        return (
          <NumberField
            key={`${key}:${spec.key}`}
            label={name}
            value={sharedValue(nodes, spec)}
            unit={unit}
            min={spec.min}
            max={spec.max}
            integer={isWholeUnit(spec.unit)}
            disabled={disabled}
            onCommit={commit}
            hint={<>{' · '}{hint}</>}
          />
        );
      })}
    </div>
  );
}
