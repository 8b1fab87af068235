import type { TFunction } from 'i18next';

/** The label of a fault option or node action: its key with its params, a process name translated. */
export function actionLabel(t: TFunction, option: { labelKey: string; params?: Record<string, string | number> }): string {
  const params: Record<string, string | number> = { ...option.params };
  if (typeof params.process === 'string') params.process = t(`process.${params.process}`, { defaultValue: params.process });
  return t(option.labelKey, params);
}
