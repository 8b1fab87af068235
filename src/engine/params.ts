/**
 * A tunable parameter of a node kind: its default, unit, allowed range and where the default comes from
 * (DOMAIN.md: doc = a seed document, vendor = vendor documentation, model = our estimate). The inspector shows
 * all of it; the engine reads the value with the default as fallback.
 */
export interface ParamSpec {
  key: string;
  default: number;
  /**
   * 'flag' is 0 (off) or 1 (on); 'kB' is kilobytes; 'h' is hours (reliability: MTBF, MTTR); 'perRequest' is a mean
   * number per request (1.5 database calls: some requests make one, some two), so it may be a fraction.
   */
  unit: 'ms' | 'count' | 'users' | 'percent' | 'flag' | 'kB' | 'h' | 'perRequest';
  min: number;
  max: number;
  source: 'doc' | 'vendor' | 'model';
  /** The DOMAIN.md behaviour the parameter belongs to, e.g. "OT-4". */
  ref?: string;
  /**
   * The kit reads the value where it uses it (a timer's next delay, a retry count), not once at install: a change
   * during a run (a 'setParams' fault) applies from that moment. Absent: a change needs the run to restart.
   */
  live?: true;
}

/**
 * A setting that is a choice rather than a number (e.g. leasing "database" or "consensus"). `options` empty =
 * free text (a replication group name); options "false"/"true" also accept the JSON booleans.
 */
export interface ChoiceSpec {
  key: string;
  options: readonly string[];
  default: string;
  ref?: string;
}

/** Units that count things: a fraction makes no sense (a mean per request may be one). */
export function isWholeUnit(unit: ParamSpec['unit']): boolean {
  return unit === 'count' || unit === 'users' || unit === 'flag';
}
