import type { Fault } from '../../engine';
import { simulation } from '../../state/simulation';

/** Every injection goes through here: the worker records it into the timeline's script (the markers, replay). */
export function injectFault(fault: Fault): void {
  simulation.inject(fault);
}
