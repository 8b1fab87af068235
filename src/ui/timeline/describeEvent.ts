import type { TFunction } from 'i18next';
import type { DesignDoc, Fault, SimEvent } from '../../engine';

type Names = (id: string) => string;

export function nameLookup(design: DesignDoc): Names {
  const names = new Map<string, string>();
  for (const s of design.sites) names.set(s.id, s.name);
  for (const n of design.nodes) names.set(n.id, n.name);
  return (id) => names.get(id) ?? id;
}

export function describeFault(t: TFunction, fault: Fault, name: Names): string {
  const process = 'process' in fault ? t(`process.${fault.process}`, { defaultValue: fault.process }) : '';
  return t(`fault.${fault.kind}`, { target: name(fault.target), process });
}

/** One human sentence per event, in the current language. */
export function describeEvent(t: TFunction, event: SimEvent, name: Names): string {
  switch (event.type) {
    case 'run.started':
      return t('event.run.started', { subject: event.subject });
    case 'fault.injected':
      return t('event.fault.injected', { fault: describeFault(t, event.fault, name) });
    case 'process.state':
      return t('event.process.state', {
        subject: name(event.subject),
        process: t(`process.${event.process}`, { defaultValue: event.process }),
        from: t(`pstate.${event.from}`),
        to: t(`pstate.${event.to}`),
      });
    case 'host.state':
      return t(event.up ? 'event.host.up' : 'event.host.down', { subject: name(event.subject) });
    case 'member.dead':
    case 'member.alive':
      return t(`event.${event.type}`, { observer: name(event.observer), peer: name(event.peer) });
    case 'sync.takeover':
    case 'sync.failback':
      return t(`event.${event.type}`, { mailServer: name(event.mailServer), from: name(event.from), to: name(event.to) });
    case 'sync.orphaned':
      return t('event.sync.orphaned', { mailServer: name(event.mailServer), owner: name(event.owner) });
  }
}
