import type { Translation } from '../types';

/** The app shell, the simulation controls and the slice's panels. */
export const en = {
  app: {
    title: 'Failover Lab',
    tagline: 'Break a highly available system and watch it fail over',
  },
  lang: { label: 'Language', en: 'English', ja: '日本語' },
  offline: {
    ready: 'Works offline',
    readyHint: 'Every file of the app is kept in this browser: it opens and runs without a network, and designs are saved here.',
    update: 'New version: reload',
    updateHint: 'A newer version is ready. Reloading keeps your design (it is saved in the browser).',
  },
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
    syncLagMore: 'Sync lag of {{mail}} and {{count}} more',
    seconds: 'seconds since last sync',
    time: 'simulated time',
  },
  worker: { crashed: 'The simulation stopped unexpectedly: {{reason}}', stalled: 'it sent nothing for {{seconds}} s while playing' },
  template: {
    ontimeMinimal: {
      title: 'OnTime: two servers, one mail server',
      purpose: 'The smallest OnTime cluster: stop OT1 and watch OT2 take over the Sync.',
    },
  },
};

/** 日本語。キーは英語版と同一(型で検査)。 */
export const ja: Translation<typeof en> = {
  app: {
    title: 'Failover Lab',
    tagline: '高可用性システムを壊して、フェールオーバーを観察する',
  },
  lang: { label: '言語', en: 'English', ja: '日本語' },
  offline: {
    ready: 'オフライン対応',
    readyHint: 'アプリのファイルはすべてこのブラウザーに保存済み: ネットワークなしで開いて動作し、設計もここに保存されます。',
    update: '新しいバージョン: 再読み込み',
    updateHint: '新しいバージョンの準備ができました。再読み込みしても設計は残ります(ブラウザーに保存済み)。',
  },
  controls: {
    label: 'シミュレーション操作',
    play: '再生',
    pause: '一時停止',
    speed: '速度',
    clock: 'シミュレーション時刻',
  },
  panel: { canvas: '構成キャンバス', events: 'イベント', inspector: 'インスペクター', charts: 'グラフ' },
  kind: {
    loadBalancer: '負荷分散装置',
    clients: 'クライアント',
    ontimeServer: 'OnTimeサーバー',
    mailServer: 'メールサーバー',
  },
  status: {
    running: '稼働中',
    starting: '起動中',
    stopping: '停止処理中',
    failed: '障害',
    stopped: '停止',
    standby: '待機',
    takingOver: '代理処理中',
    degraded: '縮退',
  },
  pstate: { stopped: '停止', starting: '起動中', running: '稼働中', stopping: '停止処理中', crashed: 'クラッシュ' },
  process: { ontime: 'OnTimeタスク', domino: 'Dominoサーバー', http: 'HTTPサービス' },
  note: {
    syncing: '{{mail}} をSync',
    syncingFor: '{{owner}} の代理で {{mail}} をSync',
    syncedBy: '{{server}} がSync',
    notSynced: 'Syncされていない',
    taskStopped: 'OnTimeタスク停止',
    hostDown: 'サーバーダウン(電源断)',
  },
  action: {
    menu: '{{node}} の操作',
    stopTask: 'OnTimeタスクを停止',
    startTask: 'OnTimeタスクを開始',
    crashHost: 'サーバーをダウンさせる',
    recoverHost: 'サーバーを復旧',
  },
  fault: {
    stopProcess: '{{target}} の{{process}}を停止',
    startProcess: '{{target}} の{{process}}を開始',
    crashProcess: '{{target}} の{{process}}がクラッシュ',
    crashHost: '{{target}} の電源断',
    recoverHost: '{{target}} の電源投入',
  },
  event: {
    run: { started: '「{{subject}}」のシミュレーションを開始' },
    fault: { injected: '障害注入: {{fault}}' },
    process: { state: '{{subject}} の{{process}}: {{from}} → {{to}}' },
    host: { up: '{{subject}} の電源が入った', down: '{{subject}} の電源が落ちた' },
    member: {
      dead: '{{observer}} が {{peer}} をダウンと判定(ハートビートなし)',
      alive: '{{observer}} が {{peer}} の応答を再び確認',
    },
    sync: {
      takeover: '{{to}} が {{from}} に代わって {{mailServer}} のSyncを引き継いだ',
      failback: '{{to}} が {{mailServer}} のSyncを再開し、{{from}} の代理処理が終了',
      orphaned: '{{mailServer}} をSyncできるサーバーがない(担当 {{owner}} がダウン)',
    },
  },
  events: { empty: 'まだ何も起きていません。再生を押して、何かを壊してみてください。', cause: '#{{id}} が原因' },
  inspector: {
    empty: 'ノードを選択すると、状態と注入できる障害が表示されます。',
    kind: '種類',
    status: '状態',
    actions: '障害を注入',
  },
  chart: {
    syncLag: '{{mail}} のSync遅れ',
    syncLagMore: '{{mail}} ほか{{count}}台のSync遅れ',
    seconds: '最終Syncからの秒数',
    time: 'シミュレーション時刻',
  },
  worker: { crashed: 'シミュレーションが予期せず停止しました: {{reason}}', stalled: '再生中に{{seconds}}秒間応答がありませんでした' },
  template: {
    ontimeMinimal: {
      title: 'OnTime: サーバー2台とメールサーバー1台',
      purpose: '最小のOnTimeクラスター。OT1を止めるとOT2がSyncを引き継ぐ様子を確認できます。',
    },
  },
};
