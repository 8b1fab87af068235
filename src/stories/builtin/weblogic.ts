import { builtin, step, type BuiltinStory } from './step';

/** S3–S8 of DOMAIN.md §3 on the WebLogic MAA template. Times were read from the engine (see builtin.test.ts). */

const TEMPLATE = 'weblogic-maa';

const STEADY = {
  en: 'Two sites, one WebLogic cluster stretched over both (MS1–MS4). Each session has its secondary copy in the same site as its primary (WL-1). The database is active/passive: primary DB1 in site 1, Data Guard standby DB2 in site 2.',
  ja: '2 つのサイトにまたがる 1 つの WebLogic クラスター (MS1〜MS4) です。各セッションのセカンダリはプライマリと同じサイトに置かれます (WL-1)。データベースはアクティブ/パッシブで、プライマリ DB1 がサイト1、Data Guard スタンバイ DB2 がサイト2にあります。',
};

export const S3_STORY: BuiltinStory = builtin('S3', TEMPLATE, { en: 'S3: a WebLogic managed server crashes', ja: 'S3: WebLogic 管理対象サーバーがクラッシュする' }, [
  step(20, STEADY.en, STEADY.ja),
  step(
    22,
    'MS1’s JVM crashes. Its in-flight requests fail, but its sessions continue from their secondaries on MS2, in the same site (WL-1). MS1 was MS2’s only partner in site 1, so MS2’s sessions now replicate across to site 2, and stay there (WL-2). Node Manager starts MS1 again at once.',
    'MS1 の JVM がクラッシュしました。処理中のリクエストは失敗しますが、セッションは同じサイトの MS2 にあるセカンダリから継続します (WL-1)。MS1 はサイト1で MS2 の唯一の相方だったため、MS2 のセッションはサイト2へ複製されるようになり、その後もそのままです (WL-2)。Node Manager が MS1 をすぐに再起動します。',
    { faults: [{ kind: 'crashProcess', target: 'MS1', process: 'wls' }], camera: ['MS1', 'MS2', 'MS4'], highlight: ['MS1', 'MS2'] },
  ),
  step(
    52,
    'The other members declare MS1 dead after 3 missed heartbeats of 10 s (≤ 30 s). Its JMS and JTA services are inactive until MS1 is back or they migrate.',
    '他のメンバーは 10 秒間隔のハートビートを 3 回受け取れなかった時点で MS1 を停止と判定します (30 秒以内)。MS1 が戻るか移行されるまで、その JMS と JTA サービスは止まったままです。',
    { camera: ['MS1', 'MS2', 'MS3', 'MS4'], highlight: ['MS1'] },
  ),
  step(
    85,
    'MS1 has booted (≈ 60 s) before its database lease expired (≈ 90 s): it recovers its own in-doubt transactions and rejoins the cluster, so no service had to migrate.',
    'データベース・リースが切れる (約 90 秒) 前に MS1 の起動 (約 60 秒) が完了しました。MS1 は自分の未確定トランザクションをリカバリしてクラスターに戻るので、サービスの移行は不要でした。',
    { camera: ['MS1', 'MS2'], highlight: ['MS1'] },
  ),
]);

export const S4_STORY: BuiltinStory = builtin('S4', TEMPLATE, { en: 'S4: a session’s primary and secondary are both lost', ja: 'S4: セッションのプライマリとセカンダリが両方失われる' }, [
  step(20, STEADY.en, STEADY.ja),
  step(
    25,
    'The hosts of MS1 and MS2 fail together. Site 1’s sessions had their primary on one and their secondary on the other (WL-1): both copies are gone at once.',
    'MS1 と MS2 のホストが同時に停止しました。サイト1のセッションはプライマリを一方に、セカンダリをもう一方に持っていたため (WL-1)、両方のコピーが同時に失われます。',
    { faults: [{ kind: 'crashHost', target: 'MS1' }, { kind: 'crashHost', target: 'MS2' }], camera: ['site1'], highlight: ['MS1', 'MS2'] },
  ),
  step(
    52,
    'After 3 missed heartbeats (≤ 30 s) the cluster declares both dead, and their sessions are lost: those users must log in again (S4).',
    'ハートビートが 3 回途切れた時点 (30 秒以内) でクラスターは両サーバーを停止と判定し、そのセッションは失われます。該当ユーザーは再ログインが必要です (S4)。',
    { camera: ['MS1', 'MS2', 'MS3', 'MS4'], highlight: ['MS1', 'MS2'] },
  ),
  step(
    120,
    'Once their database leases have expired (≈ 90 s), the JMS and JTA services of MS1 and MS2 migrate to MS3 in site 2 and recover the in-doubt transactions: their stores are in the database (WL-5, WL-9).',
    'データベース・リースが切れると (約 90 秒)、MS1 と MS2 の JMS・JTA サービスはサイト2の MS3 に移行し、未確定トランザクションをリカバリします。ストアがデータベースにあるからです (WL-5、WL-9)。',
    { camera: ['MS1', 'MS2', 'MS3'], highlight: ['MS3'] },
  ),
  step(
    265,
    'Site 1 has no server left, so the global load balancer withdraws it and its clients move to site 2 once the DNS TTL (120 s) has run out.',
    'サイト1には稼働中のサーバーがなくなったため、グローバル・ロードバランサーはサイト1を外し、DNS の TTL (120 秒) が切れるとクライアントはサイト2に移ります。',
    { camera: [], highlight: ['GLB', 'OTD2'] },
  ),
]);

export const S5_STORY: BuiltinStory = builtin('S5', TEMPLATE, { en: 'S5: complete failure of site 1', ja: 'S5: サイト1の全面障害' }, [
  step(
    20,
    'Site 1 holds the primary database DB1; DB2 in site 2 is its Data Guard standby, kept in step synchronously (SYNC). Clients reach both sites through the global load balancer.',
    'サイト1にはプライマリ・データベース DB1 があり、サイト2の DB2 は同期 (SYNC) で更新される Data Guard スタンバイです。クライアントはグローバル・ロードバランサー経由で両方のサイトに接続します。',
  ),
  step(
    25,
    'Site 1 fails completely: its managed servers, OTD1, the Admin Server and the primary database are gone. Site 2 is still running but cannot commit: its database was in site 1.',
    'サイト1が全面的に停止しました。管理対象サーバー、OTD1、管理サーバー、プライマリ・データベースがすべて失われます。サイト2は動いていますが、データベースがサイト1にあったためコミットできません。',
    { faults: [{ kind: 'siteDown', target: 'site1' }], camera: ['site1', 'site2'], highlight: ['site1'] },
  ),
  step(
    52,
    'Data Guard fast-start failover waits for its threshold, 30 s without the primary, so that a short glitch does not cause a failover. Then Site Guard in site 2 starts the failover to DB2.',
    'Data Guard のファストスタート・フェイルオーバーは、プライマリと 30 秒間通信できなくなるまで待ちます。短い瞬断でフェイルオーバーしないためです。その後、サイト2の Site Guard が DB2 へのフェイルオーバーを開始します。',
    { camera: ['DB1', 'DB2', 'SG2'], highlight: ['DB2', 'SG2'] },
  ),
  step(
    66,
    'DB2 is the new primary after its role transition (< 10 s). Site 2’s connection pools reconnect (≈ 3 s) and transactions resume. With SYNC redo, no committed transaction is lost: RPO 0.',
    'ロール切り替え (10 秒未満) の後、DB2 が新しいプライマリになりました。サイト2の接続プールが再接続し (約 3 秒)、トランザクションが再開します。REDO が同期なので、コミット済みのトランザクションは失われません (RPO 0)。',
    { camera: ['site2'], highlight: ['DB2', 'MS3', 'MS4'] },
  ),
  step(
    120,
    'Sessions that lived only in site 1 are lost: both their copies were there (WL-1). The JMS and JTA services of MS1 and MS2 migrate to site 2 once their leases expire; their stores are in the database, which Data Guard carried over (WL-5). Coherence in site 2 serves its federated copy (WL-12).',
    'サイト1だけにあったセッションは失われます。両方のコピーがそこにあったからです (WL-1)。MS1 と MS2 の JMS・JTA サービスは、リースが切れるとサイト2に移行します。ストアはデータベースにあり、Data Guard がサイト2に引き継いでいます (WL-5)。サイト2の Coherence はフェデレーションされたコピーで応答します (WL-12)。',
    { camera: ['site2'], highlight: ['MS3', 'COH2'] },
  ),
  step(
    205,
    'The global load balancer has withdrawn site 1, and clients have moved to site 2 once the DNS TTL (120 s) ran out. The Admin Server stays down until an operator restarts it in site 2 (WL-6).',
    'グローバル・ロードバランサーはサイト1を外し、DNS の TTL (120 秒) が切れた時点でクライアントはサイト2に移りました。管理サーバーは、運用担当者がサイト2で再起動するまで停止したままです (WL-6)。',
    { camera: [], highlight: ['GLB', 'OTD2', 'ADMIN'] },
  ),
]);

export const S6_STORY: BuiltinStory = builtin('S6', TEMPLATE, { en: 'S6: planned maintenance of site 1', ja: 'S6: サイト1の計画メンテナンス' }, [
  step(20, STEADY.en, STEADY.ja),
  step(
    30,
    'Planned maintenance of site 1. Site Guard withdraws site 1 from the global load balancer and switches the database over to DB2: a planned switchover loses no data. The servers of site 1 stop gracefully, one at a time.',
    'サイト1の計画メンテナンスです。Site Guard はサイト1をグローバル・ロードバランサーから外し、データベースを DB2 にスイッチオーバーします。計画的な切り替えなのでデータは失われません。サイト1のサーバーは 1 台ずつ正常停止します。',
    { faults: [{ kind: 'maintenance', target: 'site1' }], camera: ['site1', 'DB2'], highlight: ['SG1', 'DB1', 'DB2'] },
  ),
  step(
    45,
    'Each stopping server hands its sessions to a live one before it goes: no session is lost, nobody logs in again.',
    '停止するサーバーは、止まる前にセッションを稼働中のサーバーに引き渡します。セッションは 1 つも失われず、再ログインも不要です。',
    { camera: ['MS1', 'MS2', 'MS3', 'MS4'], highlight: ['MS1', 'MS2'] },
  ),
  step(
    100,
    'While the database changes roles and the pools reconnect, clients see errors or slowness, about 75 s in Oracle’s test; then the service is back in full.',
    'データベースのロール切り替えと接続プールの再接続の間、クライアントにはエラーや遅延が見えます (Oracle のテストでは約 75 秒)。その後、サービスは完全に戻ります。',
    { camera: [], highlight: ['site2'] },
  ),
]);

export const S7_STORY: BuiltinStory = builtin('S7', TEMPLATE, { en: 'S7: network partition between the sites', ja: 'S7: サイト間のネットワーク分断' }, [
  step(20, STEADY.en, STEADY.ja),
  step(
    25,
    'The link between the sites is cut. Site 2 can no longer reach the primary database in site 1: its transactions fail, while site 1, which has the database, keeps processing (WL-17).',
    'サイト間の回線が切断されました。サイト2からはサイト1のプライマリ・データベースに届かず、トランザクションが失敗します。データベースのあるサイト1は処理を続けます (WL-17)。',
    { faults: [{ kind: 'partition', target: 'cut-man', from: ['site1'], to: ['site2'] }], camera: ['site1', 'site2'], highlight: ['site2'] },
  ),
  step(
    52,
    'After 3 missed heartbeats (≤ 30 s) each side marks the other side’s servers failed.',
    'ハートビートが 3 回途切れると (30 秒以内)、両サイトとも相手側のサーバーを停止と判定します。',
    { camera: ['MS1', 'MS2', 'MS3', 'MS4'], highlight: ['MS1', 'MS2', 'MS3', 'MS4'] },
  ),
  step(
    120,
    'With database leasing, site 2’s servers cannot renew their leases, so their JMS and JTA services move to site 1, the side that has the database (WL-10). With consensus leasing only one side would survive.',
    'データベース・リースを使っているため、サイト2のサーバーはリースを更新できず、JMS・JTA サービスはデータベースのあるサイト1に移ります (WL-10)。コンセンサス・リースでは片側しか生き残れません。',
    { camera: ['MS1', 'MS3', 'MS4'], highlight: ['MS1'] },
  ),
  step(
    140,
    'The link is healed. Site 2 reaches the database again, the federated Coherence caches converge (WL-12), and the services fail back to their home servers.',
    '回線が復旧しました。サイト2は再びデータベースに接続でき、フェデレーションされた Coherence のキャッシュは収束し (WL-12)、サービスは元のサーバーにフェイルバックします。',
    { faults: [{ kind: 'heal', target: 'cut-man' }], camera: [], highlight: ['COH1', 'COH2', 'MS3', 'MS4'] },
  ),
]);

export const S8_STORY: BuiltinStory = builtin('S8', TEMPLATE, { en: 'S8: latency between the sites rises from 5 to 20 ms', ja: 'S8: サイト間の遅延が 5 ms から 20 ms に増える' }, [
  step(
    20,
    'The sites are 5 ms apart (round trip). Each request pays a few synchronous round trips between them, so the whole system serves about 92 % of what one site alone would (WL-15).',
    'サイト間の往復遅延は 5 ms です。各リクエストはサイト間の同期的な往復を何回か必要とするため、システム全体のスループットは単一サイトの約 92 % です (WL-15)。',
  ),
  step(
    30,
    'The round trip rises to 20 ms. Throughput falls to about 75 % (−25 % at 20 ms, WL-15), and a warning says that more than 10 ms is outside the supported range of this topology (WL-3).',
    '往復遅延が 20 ms に増えました。スループットは約 75 % に下がり (20 ms で −25 %、WL-15)、10 ms を超える遅延はこの構成のサポート範囲外だという警告が出ます (WL-3)。',
    { faults: [{ kind: 'setRtt', target: 'man', rttMs: 20 }], camera: ['site1', 'site2'], highlight: ['site1', 'site2'] },
  ),
  step(
    85,
    'Deployments take longer too: every step of a composite deployment pays the round trip to the other site (WL-16).',
    'デプロイにも時間がかかるようになります。コンポジットのデプロイは各ステップでサイト間の往復遅延を払うからです (WL-16)。',
    { faults: [{ kind: 'deploy', target: 'ADMIN' }], camera: ['ADMIN'], highlight: ['ADMIN'] },
  ),
]);
