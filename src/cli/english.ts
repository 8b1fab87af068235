import { resources } from '../i18n/resources';

type Dict = { [key: string]: string | Dict };
const EN = resources.en.translation as Dict;

/** An English string of the app's dictionary, `{{param}}`s filled in (the CLI speaks English only). */
export function text(key: string, params: Record<string, unknown> = {}): string {
  let node: string | Dict | undefined = EN;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? name));
}

