import type { World } from '../sim/world';
import type { Fault } from './catalogue';

/** Carries out one fault on the world; the current cause is the 'fault.injected' event. */
export function applyFault(world: World, fault: Fault): void {
  switch (fault.kind) {
    case 'stopProcess':
      world.process(fault.target, fault.process)?.stop();
      return;
    case 'startProcess':
      world.process(fault.target, fault.process)?.start();
      return;
    case 'crashProcess':
      world.process(fault.target, fault.process)?.crash();
      return;
    case 'crashHost':
      world.crashHost(fault.target);
      return;
    case 'recoverHost':
      world.recoverHost(fault.target);
      return;
  }
}
