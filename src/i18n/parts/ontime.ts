import type { Translation } from '../types';

/**
 * The OnTime / Domino kit (DOMAIN.md §1): kinds, parameters, notes under nodes, event sentences, design checks
 * and templates. The first strings of the kit (kind.ontimeServer, note.syncing, event.sync.*…) live in core.ts.
 */
export const en = {
  kind: {
    dominoServer: 'Domino server (mail + OnTime)',
    webOnlyServer: 'WebOnly server (External)',
  },
  kindHelp: {
    loadBalancer: 'HTTP load balancer in front of the OnTime REST servers: it health-checks them and routes every request to a healthy one (OT-1).',
    clients: 'OnTime client users sending REST requests to the REST URL of the ConfigDB (a load balancer, or one server).',
    ontimeServer: 'Domino server dedicated to OnTime: runs the OnTime task (Sync), holds a ConfigDB replica, answers REST.',
    dominoServer: 'Domino mail server that also runs OnTime (layout P1): its task syncs its own local mail DBs.',
    mailServer: 'Domino mail server holding users\u2019 mail DBs; in a Domino cluster its mates hold replicas.',
    webOnlyServer: 'Answers OnTime clients and REST only: no OnTime task, no ConfigDB (OT-3).',
  },
  relationKind: {
    routes: 'routes REST to',
    watches: 'syncs (watches)',
    restUrl: 'REST URL points to',
    sync: 'Sync now',
    maildb: 'reads/writes mail DBs at',
    configReplication: 'ConfigDB replication',
  },
  clusterKind: { ontime: 'OnTime cluster', mail: 'Domino mail cluster' },
  param: {
    dominoStartMs: 'Domino server start time',
    connectTimeoutMs: 'TCP connect timeout',
    takeoverAfterMs: 'Takeover after',
    failbackDelayMs: 'Failback delay',
    heartbeatIntervalMs: 'Heartbeat interval',
    syncIntervalMs: 'Sync interval',
    taskStartMs: 'OnTime task start time',
    configReplicationMs: 'ConfigDB replication interval',
    syncRoundTripsPerUser: 'Sync round trips per user',
    syncServiceMsPerUser: 'Sync work per user',
    syncKBPerUser: 'Sync data per user and pass',
    apiWebDbClustered: 'API/Web DBs clustered',
    users: 'Users',
    replicaCount: 'Replicas on cluster mates',
    mailDbAttempts: 'Mail DB attempts before failover',
    mailDbRetryDelayMs: 'Delay between mail DB attempts',
    clusterProbeMs: 'Domino cluster probe interval',
    healthCheckIntervalMs: 'Health check interval',
    healthCheckTimeoutMs: 'Health check timeout',
    failuresToMarkDown: 'Failed checks to mark down',
    successesToMarkUp: 'Passed checks to mark up',
    thinkTimeMs: 'Think time between requests',
    restServiceMs: 'REST service time',
    requestTimeoutMs: 'Request timeout',
    writePercent: 'Share of writes',
    tokenLifetimeMs: 'OnTime token lifetime',
  },
  note: {
    dominoDown: 'Domino server down',
    standby: 'Standing by (takes over if a member fails)',
    notWatched: 'No OnTime server syncs it',
    mailDbReplica: 'OnTime uses the replica on {{server}}',
    mailDbBroken: 'Mail DBs unreachable: no replica',
    restOnly: 'REST only (no task, no ConfigDB)',
    configDbBehind: 'ConfigDB v{{have}} (v{{latest}} not replicated yet)',
  },
  event: {
    sync: {
      stopped: 'Sync of {{mailServer}} stopped: {{syncer}} is down (its data goes stale)',
    },
    maildb: {
      unreachable: '{{by}} cannot reach the mail DBs of {{mailServer}} on {{target}} (attempt {{attempt}} of {{attempts}})',
      failover: '{{by}} switched the mail DBs of {{mailServer}} from {{from}} to the cluster replica on {{to}}',
      broken: 'Mail DBs of {{mailServer}} unreachable and no replica to fail over to: OnTime cannot sync them',
      failback: '{{by}} uses the mail DBs of {{mailServer}} on the home server {{to}} again',
    },
    configdb: {
      changed: 'ConfigDB changed on {{subject}} ({{setting}}, version {{version}})',
      replicated: 'ConfigDB version {{version}} replicated from {{from}} to {{to}}',
    },
  },
  check: {
    ontime: {
      noRestUrl: { message: '{{clients}} have no REST URL', fix: 'Connect the clients to the load balancer (the REST URL of the ServerSetting).' },
      noLoadBalancer: {
        message: '{{clients}} talk to {{server}} directly: if it dies they fail until the URL is changed',
        fix: 'Put an HTTP load balancer in front of the OnTime servers and use its URL as the REST URL.',
      },
      lbSingleTarget: { message: '{{lb}} routes to {{count}} server(s): no REST failover', fix: 'Route the load balancer to at least two OnTime servers.' },
      mailWatchedTwice: { message: '{{mail}} is watched by {{servers}}', fix: 'Register each mail server in exactly one ServerSetting.' },
      mailNotWatched: { message: 'No OnTime server syncs {{mail}}', fix: 'Let one OnTime server watch it.' },
      crossSiteSync: {
        message: '{{server}} syncs {{mail}} across sites ({{rttMs}} ms RTT): slow passes and link traffic',
        fix: 'Let an OnTime server in the mail server\u2019s own site sync it.',
      },
      clusterOfOne: { message: 'OnTime cluster "{{cluster}}" has fewer than two members', fix: 'Add a second OnTime server to the cluster.' },
      noTakeover: { message: '{{server}} has no OnTime cluster peer: nobody takes over its Sync', fix: 'Put it in an OnTime cluster with another OnTime server.' },
      mailClusterTooBig: { message: 'Domino cluster "{{cluster}}" has {{count}} servers (supported: up to {{max}})', fix: 'Split it into clusters of at most {{max}} servers.' },
      splitMailCluster: {
        message: 'Mail servers of "{{cluster}}" are synced by different OnTime servers ({{servers}})',
        fix: 'In a load-sharing layout, let one OnTime server sync all mail servers of a Domino cluster.',
      },
      noMailReplica: { message: '{{mail}} has no cluster replica: if it dies OnTime cannot fail over its mail DBs', fix: 'Put it in a Domino cluster with replicas of its mail DBs.' },
      clusteredApiWebDb: { message: 'The API and Web DBs of {{server}} are clustered', fix: 'Do not cluster the OnTime API and Web DBs.' },
    },
  },
  template: {
    ontimeP1: {
      title: 'OnTime P1: co-located with mail',
      purpose: 'OnTime runs on the two clustered mail servers; each syncs its own mail DBs.',
      when: 'Choose this layout when all you need is minimal redundancy: OnTime runs on the mail servers themselves, so there are no extra servers to buy or run and Sync never leaves the server (least network traffic). Each server\u2019s OnTime task syncs its local mail DBs; if one server dies, its OnTime cluster mate takes over the Sync within about 10 s and Domino clustering moves OnTime to the mail DB replicas. The price: a server outage hits mail and OnTime at once.',
    },
    ontimeP2: {
      title: 'OnTime P2: separate servers, load sharing',
      purpose: 'Two OnTime servers share the load; each syncs all mail servers of one Domino cluster.',
      when: 'Choose this layout when OnTime must also spread its normal load: each OnTime server runs on its own hardware, as independently as possible, and syncs every mail server of one Domino cluster. If one OnTime server fails, the other takes over its Sync; the load balancer keeps REST available meanwhile. It costs extra servers, and keeping each Domino cluster with one OnTime server matters.',
    },
    ontimeP3: {
      title: 'OnTime P3: separate servers, fault tolerant',
      purpose: 'A primary OnTime server syncs every mail server; the second stands by.',
      when: 'Choose this layout when fault tolerance is the goal: in normal operation the primary OnTime server alone does all the work efficiently, with every mail server attached to it, while the second server stands by. If the primary fails, the standby takes over the whole Sync within about 10 s and hands it back when the primary returns.',
    },
    ontimeP2Sites: {
      title: 'OnTime P2 across two sites',
      purpose: 'Load sharing with one OnTime server and one Domino cluster per site, linked by a WAN.',
      when: 'Choose this variant for disaster tolerance across two sites: each site keeps its own OnTime server syncing its own Domino cluster, so Sync never crosses the link in normal operation. After a takeover the surviving OnTime server syncs the other site\u2019s mail servers across the link: try a slow link to see the cost (OT-9) before you settle the network design with your partners.',
    },
  },
};

/** 日本語。キーは英語版と同一(型で検査)。 */
export const ja: Translation<typeof en> = {
  kind: {
    dominoServer: 'Dominoサーバー(メール+OnTime)',
    webOnlyServer: 'WebOnlyサーバー(External)',
  },
  kindHelp: {
    loadBalancer: 'OnTime RESTサーバーの前段に置くHTTP負荷分散装置。ヘルスチェックを行い、各リクエストを正常なサーバーへ振り分けます(OT-1)。',
    clients: 'ConfigDBに設定されたREST URL(負荷分散装置、または1台のサーバー)へRESTリクエストを送るOnTimeクライアント利用者。',
    ontimeServer: 'OnTime専用のDominoサーバー。OnTimeタスク(Sync)を実行し、ConfigDBの複製を持ち、RESTに応答します。',
    dominoServer: 'OnTimeも稼働するDominoメールサーバー(構成P1)。自サーバーのOnTimeタスクがローカルのメールDBをSyncします。',
    mailServer: 'ユーザーのメールDBを持つDominoメールサーバー。Dominoクラスターではクラスターメイトが複製を持ちます。',
    webOnlyServer: 'OnTimeクライアントとRESTにのみ応答。OnTimeタスクもConfigDBも持ちません(OT-3)。',
  },
  relationKind: {
    routes: 'RESTの振り分け先',
    watches: 'Sync担当(監視)',
    restUrl: 'REST URLの接続先',
    sync: '現在のSync',
    maildb: 'メールDBの読み書き先',
    configReplication: 'ConfigDBの複製',
  },
  clusterKind: { ontime: 'OnTimeクラスター', mail: 'Dominoメールクラスター' },
  param: {
    dominoStartMs: 'Dominoサーバーの起動時間',
    connectTimeoutMs: 'TCP接続タイムアウト',
    takeoverAfterMs: '引き継ぎまでの時間',
    failbackDelayMs: 'フェールバックまでの時間',
    heartbeatIntervalMs: 'ハートビート間隔',
    syncIntervalMs: 'Sync間隔',
    taskStartMs: 'OnTimeタスクの起動時間',
    configReplicationMs: 'ConfigDBの複製間隔',
    syncRoundTripsPerUser: 'ユーザーあたりのSync往復回数',
    syncServiceMsPerUser: 'ユーザーあたりのSync処理時間',
    syncKBPerUser: 'ユーザー・1回あたりのSyncデータ量',
    apiWebDbClustered: 'API/Web DBのクラスター化',
    users: 'ユーザー数',
    replicaCount: 'クラスターメイト上の複製数',
    mailDbAttempts: 'フェールオーバー前のメールDB試行回数',
    mailDbRetryDelayMs: 'メールDB試行の間隔',
    clusterProbeMs: 'Dominoクラスターのプローブ間隔',
    healthCheckIntervalMs: 'ヘルスチェック間隔',
    healthCheckTimeoutMs: 'ヘルスチェックのタイムアウト',
    failuresToMarkDown: 'ダウン判定までの失敗回数',
    successesToMarkUp: '復帰判定までの成功回数',
    thinkTimeMs: 'リクエスト間の思考時間',
    restServiceMs: 'RESTの処理時間',
    requestTimeoutMs: 'リクエストのタイムアウト',
    writePercent: '書き込みの割合',
    tokenLifetimeMs: 'OnTimeトークンの有効期間',
  },
  note: {
    dominoDown: 'Dominoサーバー停止',
    standby: '待機中(メンバー障害時に引き継ぐ)',
    notWatched: 'SyncするOnTimeサーバーがない',
    mailDbReplica: 'OnTimeは {{server}} 上の複製を使用中',
    mailDbBroken: 'メールDBに到達できない(複製なし)',
    restOnly: 'RESTのみ(タスクなし、ConfigDBなし)',
    configDbBehind: 'ConfigDB v{{have}}(v{{latest}} は未複製)',
  },
  event: {
    sync: {
      stopped: '{{mailServer}} のSyncが停止: {{syncer}} がダウン(データが古くなっていく)',
    },
    maildb: {
      unreachable: '{{by}} が {{target}} 上の {{mailServer}} のメールDBに到達できない(試行 {{attempt}}/{{attempts}})',
      failover: '{{by}} が {{mailServer}} のメールDBを {{from}} から {{to}} 上のクラスター複製に切り替えた',
      broken: '{{mailServer}} のメールDBに到達できず、切り替え先の複製もない: OnTimeはSyncできない',
      failback: '{{by}} がホームサーバー {{to}} 上の {{mailServer}} のメールDBを再び使用',
    },
    configdb: {
      changed: '{{subject}} でConfigDBを変更({{setting}}、バージョン {{version}})',
      replicated: 'ConfigDB バージョン {{version}} が {{from}} から {{to}} へ複製された',
    },
  },
  check: {
    ontime: {
      noRestUrl: { message: '{{clients}} にREST URLがない', fix: 'クライアントを負荷分散装置に接続してください(ServerSettingのREST URL)。' },
      noLoadBalancer: {
        message: '{{clients}} は {{server}} に直接接続: ダウンするとURLを変更するまで失敗し続ける',
        fix: 'OnTimeサーバーの前段にHTTP負荷分散装置を置き、そのURLをREST URLにしてください。',
      },
      lbSingleTarget: { message: '{{lb}} の振り分け先が {{count}} 台: RESTのフェールオーバーができない', fix: '負荷分散装置の振り分け先を2台以上のOnTimeサーバーにしてください。' },
      mailWatchedTwice: { message: '{{mail}} を {{servers}} が監視している', fix: '各メールサーバーは1つのServerSettingにだけ登録してください。' },
      mailNotWatched: { message: '{{mail}} をSyncするOnTimeサーバーがない', fix: '1台のOnTimeサーバーに監視させてください。' },
      crossSiteSync: {
        message: '{{server}} が拠点をまたいで {{mail}} をSync(RTT {{rttMs}} ms): Syncが遅く、回線にトラフィックが流れる',
        fix: 'メールサーバーと同じ拠点のOnTimeサーバーにSyncさせてください。',
      },
      clusterOfOne: { message: 'OnTimeクラスター「{{cluster}}」のメンバーが2台未満', fix: '2台目のOnTimeサーバーをクラスターに追加してください。' },
      noTakeover: { message: '{{server}} にはOnTimeクラスターの相手がいない: Syncを引き継ぐサーバーがない', fix: '他のOnTimeサーバーと同じOnTimeクラスターに入れてください。' },
      mailClusterTooBig: { message: 'Dominoクラスター「{{cluster}}」が {{count}} 台(サポートは {{max}} 台まで)', fix: '{{max}} 台以下のクラスターに分割してください。' },
      splitMailCluster: {
        message: '「{{cluster}}」のメールサーバーを別々のOnTimeサーバー({{servers}})がSyncしている',
        fix: '負荷分散構成では、1つのDominoクラスターのメールサーバーはすべて同じOnTimeサーバーにSyncさせてください。',
      },
      noMailReplica: { message: '{{mail}} にクラスター複製がない: ダウンするとOnTimeはメールDBを切り替えられない', fix: 'メールDBの複製を持つDominoクラスターに入れてください。' },
      clusteredApiWebDb: { message: '{{server}} のAPI DBとWeb DBがクラスター化されている', fix: 'OnTimeのAPI DBとWeb DBはクラスター化しないでください。' },
    },
  },
  template: {
    ontimeP1: {
      title: 'OnTime P1: メールと共存',
      purpose: 'クラスター化した2台のメールサーバー上でOnTimeが稼働し、各自のメールDBをSyncします。',
      when: '必要最低限の冗長性が目的ならこの構成を選びます。OnTimeをメールサーバー自体で動かすため、追加のサーバーが不要でコンパクトに収まり、Syncがサーバーの外に出ないのでネットワークトラフィックも最小です。各サーバーのOnTimeタスクがローカルのメールDBをSyncし、1台がダウンすると約10秒以内にOnTimeクラスターの相手がSyncを引き継ぎ、DominoクラスタリングによってOnTimeはメールDBの複製へ切り替わります。代償として、サーバー障害はメールとOnTimeに同時に影響します。',
    },
    ontimeP2: {
      title: 'OnTime P2: 独立サーバーで負荷分散',
      purpose: '2台のOnTimeサーバーが負荷を分担し、それぞれが1つのDominoクラスターの全メールサーバーをSyncします。',
      when: '平常時の負荷分散も考慮するならこの構成を選びます。各OnTimeサーバーは独立したハードウェアでできるだけ独立して動作し、1つのDominoクラスターのメールサーバーをすべて同じOnTimeサーバーがSyncします。1台のOnTimeサーバーが障害になると、もう1台がSyncを引き継ぎ、その間も負荷分散装置がRESTを提供し続けます。サーバーの追加が必要で、Dominoクラスターごとに1台のOnTimeサーバーを割り当てることが重要です。',
    },
    ontimeP3: {
      title: 'OnTime P3: 独立サーバーでフォールトトレラント',
      purpose: '主系のOnTimeサーバーが全メールサーバーをSyncし、2台目は待機します。',
      when: '有事の際のフォールトトレランスが目的ならこの構成を選びます。平常時は主系のOnTimeサーバーだけが全メールサーバーを接続して効率よく処理し、2台目は待機します。主系が障害になると、待機系が約10秒以内にSync全体を引き継ぎ、主系が復旧すると自動的に戻します。',
    },
    ontimeP2Sites: {
      title: 'OnTime P2: 2拠点構成',
      purpose: '拠点ごとに1台のOnTimeサーバーと1つのDominoクラスターを置き、WANで結ぶ負荷分散構成です。',
      when: '2拠点にまたがる災害対策にはこの変形を選びます。各拠点のOnTimeサーバーが自拠点のDominoクラスターをSyncするため、平常時はSyncが拠点間回線を通りません。引き継ぎ後は、残ったOnTimeサーバーが回線越しにもう一方の拠点のメールサーバーをSyncします。ネットワーク設計をパートナーと決める前に、低速な回線でそのコスト(OT-9)を試してください。',
    },
  },
};
