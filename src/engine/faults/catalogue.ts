/**
 * The outages a user (or a fault script) can inject. `target` is a design node id unless the kind says
 * otherwise; `process` names one process on that node (e.g. "ontime" for the OnTime task).
 */
export type Fault =
  | { kind: 'stopProcess'; target: string; process: string }
  | { kind: 'startProcess'; target: string; process: string }
  | { kind: 'crashProcess'; target: string; process: string }
  | { kind: 'crashHost'; target: string }
  | { kind: 'recoverHost'; target: string };

export type FaultKind = Fault['kind'];
