import type { ParamSpec } from '../../engine';

/** The dictionary key of a parameter's name (every parameter of every kind has one, in EN and JA). */
export const paramNameKey = (key: string): string => `param.${key}`;

/** The dictionary key of a unit's short label. */
export const unitKey = (unit: ParamSpec['unit']): string => `editor.unit.${unit}`;

/**
 * A switch rather than a number: the engine's 'flag' unit, and the older 0/1 settings the WebLogic kit stores as
 * counts (TestConnectionOnReserve, VIP script, ZDT rollback): a checkbox says "on/off" better than "0 to 1 times".
 */
export const isFlag = (spec: ParamSpec): boolean => spec.unit === 'flag' || (spec.min === 0 && spec.max === 1);
