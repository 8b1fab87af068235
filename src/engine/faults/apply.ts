import type { World } from '../sim/world';
import type { Fault } from './catalogue';

/**
 * Carries out one fault of the generic catalogue on the world; the current cause is the 'fault.injected'
 * event. Returns false for a kind the engine itself cannot carry out (e.g. 'dbSwitchover' without a kit that
 * models the database): the simulation then reports it as unsupported instead of failing silently.
 */
export function applyFault(world: World, fault: Fault): boolean {
  const net = world.network;
  switch (fault.kind) {
    case 'stopProcess':
      world.process(fault.target, fault.process)?.stop();
      return true;
    case 'startProcess':
      world.process(fault.target, fault.process)?.start();
      return true;
    case 'crashProcess':
      world.process(fault.target, fault.process)?.crash();
      return true;
    case 'crashHost':
      world.crashHost(fault.target);
      return true;
    case 'recoverHost':
      world.recoverHost(fault.target);
      return true;
    case 'siteDown':
      world.siteDown(fault.target);
      return true;
    case 'siteUp':
      world.siteUp(fault.target);
      return true;
    case 'partition':
      net.partition(fault.from, fault.to, { oneWay: fault.oneWay ?? false, ...(fault.target === undefined ? {} : { id: fault.target }) });
      return true;
    case 'heal':
      net.heal(fault.target);
      return true;
    case 'linkDown':
    case 'linkUp':
      net.setLinkUp(fault.target, fault.kind === 'linkUp');
      return true;
    case 'setRtt':
      net.setRtt(fault.target, fault.rttMs);
      return true;
    case 'setParams':
      return world.setParams(fault.target, fault.params);
    case 'maintenance':
      maintenance(world, fault.target, fault.process);
      return true;
    case 'recover':
      recover(world, fault.target);
      return true;
    case 'dbSwitchover':
    case 'changeRestUrl':
    case 'zdtRollout':
    case 'deploy':
    case 'reinstateDatabase':
    case 'restartAdminServer':
      return false;
  }
}

function maintenance(world: World, nodeId: string, process: string | undefined): void {
  const targets = process === undefined ? world.processesOn(nodeId) : [world.process(nodeId, process)].filter((p) => p !== undefined);
  targets.forEach((p) => p.stop());
}

function recover(world: World, nodeId: string): void {
  if (!world.network.isHostUp(nodeId)) {
    world.recoverHost(nodeId);
    return;
  }
  world.processesOn(nodeId).forEach((p) => p.start());
}
