import type { TFunction } from 'i18next';
import type { DesignDoc, Fault, SimEvent } from '../../engine';
import { paramNameKey } from '../inspector/paramLabels';

type Names = (id: string) => string;

export function nameLookup(design: DesignDoc): Names {
  const names = new Map<string, string>();
  for (const s of design.sites) names.set(s.id, s.name);
  for (const n of design.nodes) names.set(n.id, n.name);
  for (const l of design.links) names.set(l.id, `${names.get(l.a) ?? l.a} ↔ ${names.get(l.b) ?? l.b}`);
  return (id) => names.get(id) ?? id;
}

/** Parameters changed during a run ('setParams', 'node.params'), as "Sync interval 10000, …" in the user's language. */
function paramList(t: TFunction, params: Readonly<Record<string, number>>): string {
  return Object.entries(params)
    .map(([key, value]) => `${t(paramNameKey(key), { defaultValue: key })} ${value}`)
    .join(', ');
}

export function describeFault(t: TFunction, fault: Fault, name: Names): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(fault)) {
    if (key === 'kind') continue;
    if (key === 'process' && typeof value === 'string') params[key] = t(`process.${value}`, { defaultValue: value });
    else if (fault.kind === 'setParams' && key === 'params') params[key] = paramList(t, fault.params);
    else if (Array.isArray(value)) params[key] = value.map((v) => name(String(v))).join(', ');
    else params[key] = typeof value === 'string' ? name(value) : (value as number);
  }
  return t(`fault.${fault.kind}`, params);
}

/**
 * The interpolation values of an event's sentence: ids become names, a fault becomes its own sentence, a
 * process name and process states are translated. Every other field passes through, so a kit that adds an
 * event type only adds its sentence (`event.<type>`) to its dictionary part.
 */
function eventParams(t: TFunction, event: SimEvent, name: Names): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'fault') params[key] = describeFault(t, value as Fault, name);
    else if (event.type === 'node.params' && key === 'params') params[key] = paramList(t, event.params);
    else if (key === 'process' && typeof value === 'string') params[key] = t(`process.${value}`, { defaultValue: value });
    else if (event.type === 'process.state' && (key === 'from' || key === 'to')) params[key] = t(`pstate.${String(value)}`);
    else if (typeof value === 'string') params[key] = name(value);
    else if (typeof value === 'number' || typeof value === 'boolean') params[key] = typeof value === 'boolean' ? String(value) : value;
  }
  return params;
}

/** One human sentence per event, in the current language. */
export function describeEvent(t: TFunction, event: SimEvent, name: Names): string {
  const params = eventParams(t, event, name);
  if (event.type === 'run.started') return t('event.run.started', { subject: event.subject });
  if (event.type === 'host.state') return t(event.up ? 'event.host.up' : 'event.host.down', params);
  // Sessions that had no second copy anywhere (no server left to replicate to) have no secondary to name.
  if (event.type === 'wl.sessionsLost' && event.secondary === '') return t('event.wl.sessionsLostUnreplicated', params);
  return t(`event.${event.type}`, params);
}
