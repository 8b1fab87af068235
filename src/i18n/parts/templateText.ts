import type { Translation } from '../types';

/**
 * The built-in templates' own text in both languages (issue 15 §6): the design's name and description, and the
 * default labels of sites, servers and clusters. A template opened in Japanese holds the Japanese text (see
 * src/templates/localize.ts); a label not listed here (MS1, OT2: identifiers) stays as it is.
 */
export const en = {
  templateText: {
    label: {
      site1: 'Site 1',
      site2: 'Site 2',
      adminServer: 'Admin Server',
      clients: 'Clients',
      clients1: 'Clients 1',
      clients2: 'Clients 2',
      coherenceStretched: 'Coherence (stretched)',
      coherenceSite1: 'Coherence site 1',
      coherenceSite2: 'Coherence site 2',
      dbPrimary: 'DB primary',
      dbStandby: 'DB standby',
      globalLb: 'Global LB / DNS',
      storage1: 'Storage 1',
      storage2: 'Storage 2',
      weblogicCluster: 'WebLogic cluster',
      ontimeCluster: 'OnTime cluster',
    },
    design: {
      ontimeMinimal: {
        name: 'OnTime: two servers, one mail server',
        description: 'A load balancer in front of two OnTime servers of one OnTime cluster; OT1 syncs the mail server MS1.',
      },
      ontimeP1: {
        name: 'OnTime P1: co-located with mail',
        description: 'OnTime runs on two clustered Domino mail servers (OT1, OT2); each syncs its own local mail DBs. Clients reach REST through the load balancer.',
      },
      ontimeP2: {
        name: 'OnTime P2: separate servers, load sharing',
        description: 'Two dedicated OnTime servers share the load: OT1 syncs Domino cluster A (MS1, MS2), OT2 syncs cluster B (MS3, MS4).',
      },
      ontimeP2Sites: {
        name: 'OnTime P2 across two sites',
        description: "Load sharing over two sites linked by a 20 ms WAN: each site's OnTime server syncs its own Domino cluster; after a takeover Sync crosses the link.",
      },
      ontimeP3: {
        name: 'OnTime P3: separate servers, fault tolerant',
        description: 'The primary OnTime server OT1 syncs every mail server; OT2 stands by and takes over when OT1 fails.',
      },
      weblogicMaa: {
        name: 'WebLogic MAA: active/active stretch cluster, active/passive database',
        description:
          "The reference topology of the Oracle MAA guide (chapter 6): one WebLogic cluster stretched over two metro sites (2+2 managed servers, replication group per site), OTD per site behind a global load balancer, one Admin Server in site 1, the Oracle database primary in site 1 with a Data Guard standby in site 2, a Coherence cluster per site joined by federated caching, per-site storage mirrored both ways, Site Guard, and Table 6-1's leasing settings.",
      },
      weblogicMistakes: {
        name: 'WebLogic MAA: common mistakes',
        description:
          'The reference topology with the mistakes the MAA guide warns about: 20 ms between the sites, consensus leasing with default settings, JMS and TLogs in file stores, server migration, no replication groups, and one Coherence cluster stretched over both sites.',
      },
    },
  },
};

export const ja: Translation<typeof en> = {
  templateText: {
    label: {
      site1: 'サイト1',
      site2: 'サイト2',
      adminServer: '管理サーバー',
      clients: 'クライアント',
      clients1: 'クライアント 1',
      clients2: 'クライアント 2',
      coherenceStretched: 'Coherence (ストレッチ)',
      coherenceSite1: 'Coherence サイト1',
      coherenceSite2: 'Coherence サイト2',
      dbPrimary: 'DB プライマリ',
      dbStandby: 'DB スタンバイ',
      globalLb: 'グローバル LB / DNS',
      storage1: 'ストレージ 1',
      storage2: 'ストレージ 2',
      weblogicCluster: 'WebLogic クラスター',
      ontimeCluster: 'OnTime クラスター',
    },
    design: {
      ontimeMinimal: {
        name: 'OnTime: サーバー2台、メールサーバー1台',
        description: '1つのOnTimeクラスターの2台のOnTimeサーバーの前にロードバランサー。OT1がメールサーバーMS1を同期します。',
      },
      ontimeP1: {
        name: 'OnTime P1: メールと同居',
        description: 'OnTimeはクラスター化された2台のDominoメールサーバー(OT1、OT2)で動き、それぞれが自分のローカルのメールDBを同期します。クライアントはロードバランサー経由でRESTに届きます。',
      },
      ontimeP2: {
        name: 'OnTime P2: 専用サーバー、負荷分散',
        description: '2台の専用OnTimeサーバーが負荷を分担します。OT1がDominoクラスターA(MS1、MS2)を、OT2がクラスターB(MS3、MS4)を同期します。',
      },
      ontimeP2Sites: {
        name: 'OnTime P2: 2サイト構成',
        description: '20 msのWANで結ばれた2サイトで負荷分散します。各サイトのOnTimeサーバーが自サイトのDominoクラスターを同期し、引き継ぎ後はSyncがリンクを越えます。',
      },
      ontimeP3: {
        name: 'OnTime P3: 専用サーバー、フォールトトレラント',
        description: 'プライマリのOnTimeサーバーOT1がすべてのメールサーバーを同期し、OT2は待機してOT1の障害時に引き継ぎます。',
      },
      weblogicMaa: {
        name: 'WebLogic MAA: アクティブ/アクティブのストレッチクラスター、アクティブ/パッシブのデータベース',
        description:
          'Oracle MAAガイド(第6章)のリファレンス構成: 2つのメトロサイトにまたがる1つのWebLogicクラスター(管理対象サーバー2+2、サイトごとのレプリケーショングループ)、グローバルロードバランサーの背後にサイトごとのOTD、サイト1に管理サーバー1台、サイト1にOracleデータベースのプライマリとサイト2にData Guardスタンバイ、フェデレーテッドキャッシュで結ばれたサイトごとのCoherenceクラスター、双方向にミラーされたサイトごとのストレージ、Site Guard、表6-1のリース設定。',
      },
      weblogicMistakes: {
        name: 'WebLogic MAA: よくある間違い',
        description:
          'MAAガイドが警告する間違いを含むリファレンス構成: サイト間20 ms、デフォルト設定のコンセンサスリース、ファイルストアのJMSとTLog、サーバー移行、レプリケーショングループなし、両サイトにまたがる1つのCoherenceクラスター。',
      },
    },
  },
};
