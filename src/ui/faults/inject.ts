import type { Fault } from '../../engine';
import { sendToSimulation } from '../sim/simBridge';

/** Every injection goes through here: the worker records it into the timeline's script (the markers, replay). */
export function injectFault(fault: Fault): void {
  sendToSimulation({ type: 'inject', fault });
}
