/** English strings. The Japanese dictionary must have exactly the same keys (the compiler checks it). */
export const en = {
  app: {
    title: 'Failover Lab',
    tagline: 'Break a highly available system and watch it fail over',
  },
  lang: { label: 'Language', en: 'English', ja: '日本語' },
  controls: {
    label: 'Simulation controls',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    clock: 'Simulated time',
  },
  panel: { canvas: 'Design canvas', events: 'Events', inspector: 'Inspector', charts: 'Charts' },
  kind: {
    loadBalancer: 'Load balancer',
    clients: 'Clients',
    ontimeServer: 'OnTime server',
    mailServer: 'Mail server',
  },
  status: {
    running: 'Running',
    starting: 'Starting',
    stopping: 'Stopping',
    failed: 'Failed',
    stopped: 'Stopped',
    standby: 'Standby',
    takingOver: 'Taking over',
    degraded: 'Degraded',
  },
  pstate: { stopped: 'stopped', starting: 'starting', running: 'running', stopping: 'stopping', crashed: 'crashed' },
  process: { ontime: 'OnTime task', domino: 'Domino server', http: 'HTTP service' },
  note: {
    syncing: 'Syncs {{mail}}',
    syncingFor: 'Syncs {{mail}} for {{owner}}',
    syncedBy: 'Synced by {{server}}',
    notSynced: 'Not synced',
    taskStopped: 'OnTime task down',
    hostDown: 'Server down (no power)',
  },
  action: {
    menu: 'Actions for {{node}}',
    stopTask: 'Stop OnTime task',
    startTask: 'Start OnTime task',
    crashHost: 'Crash server',
    recoverHost: 'Recover server',
  },
  fault: {
    stopProcess: 'stop {{process}} on {{target}}',
    startProcess: 'start {{process}} on {{target}}',
    crashProcess: 'crash {{process}} on {{target}}',
    crashHost: 'power failure of {{target}}',
    recoverHost: 'power on {{target}}',
  },
  event: {
    run: { started: 'Simulation of "{{subject}}" started' },
    fault: { injected: 'Injected: {{fault}}' },
    process: { state: '{{process}} on {{subject}}: {{from}} → {{to}}' },
    host: { up: '{{subject}} is powered on', down: '{{subject}} lost power' },
    member: {
      dead: '{{observer}} declares {{peer}} dead (no heartbeat)',
      alive: '{{observer}} hears from {{peer}} again',
    },
    sync: {
      takeover: '{{to}} took over the Sync of {{mailServer}} from {{from}}',
      failback: '{{to}} resumed the Sync of {{mailServer}}; {{from}} stopped standing in',
      orphaned: 'Nobody can sync {{mailServer}} (owner {{owner}} is down)',
    },
  },
  events: { empty: 'Nothing has happened yet. Press Play, then break something.', cause: 'because of #{{id}}' },
  inspector: {
    empty: 'Select a node to see its state and what you can break.',
    kind: 'Kind',
    status: 'State',
    actions: 'Inject an outage',
  },
  chart: {
    syncLag: 'Sync lag of {{mail}}',
    seconds: 'seconds since last sync',
    time: 'simulated time',
  },
  worker: { crashed: 'The simulation stopped unexpectedly: {{reason}}' },
  template: {
    ontimeMinimal: {
      title: 'OnTime: two servers, one mail server',
      purpose: 'The smallest OnTime cluster: stop OT1 and watch OT2 take over the Sync.',
    },
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Translation = DeepStrings<typeof en>;
