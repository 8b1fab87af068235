import type { Translation } from '../types';

/** The engine's generic faults and the events of the network and the building blocks (src/engine). */
export const en = {
  fault: {
    siteDown: 'power failure of site {{target}}',
    siteUp: 'power back in site {{target}}',
    partition: 'network partition {{from}} ⇸ {{to}}',
    heal: 'network partition healed',
    linkDown: 'link {{target}} cut',
    linkUp: 'link {{target}} restored',
    setRtt: 'round trip of {{target}} set to {{rttMs}} ms',
    setParams: 'parameters of {{target}} changed: {{params}}',
    maintenance: 'planned maintenance of {{target}} (graceful stop)',
    dbSwitchover: 'database switchover of {{target}}',
    recover: 'recover {{target}}',
  },
  event: {
    site: { down: 'Site {{subject}} lost power', up: 'Power is back in site {{subject}}' },
    link: {
      down: 'Link {{subject}} is down: {{a}} and {{b}} cannot talk',
      up: 'Link {{subject}} is up again',
      rtt: 'Round trip of {{subject}} changed from {{fromMs}} ms to {{toMs}} ms',
    },
    node: { params: '{{subject}} runs on with new parameters from now: {{params}}' },
    net: {
      partitioned: 'Network partition: {{from}} can no longer reach {{to}}',
      healed: 'Network partition between {{from}} and {{to}} healed',
    },
    fault: { unsupported: 'Nothing in this design can carry out: {{fault}}' },
    restart: {
      attempt: 'Node Manager restarts {{process}} on {{subject}} (restart {{attempt}} of {{maxRestarts}})',
      exhausted: 'Node Manager gives up on {{process}} on {{subject}}: {{maxRestarts}} restarts already used in this interval',
    },
    lb: {
      markedDown: '{{lb}} marks {{member}} down (health checks failed) and stops routing to it',
      markedUp: '{{lb}} marks {{member}} up again and routes to it',
    },
    client: {
      failover: '{{client}} gave up on {{from}} after its retries and switched to {{to}}',
      failed: '{{client}} could not reach {{target}} or any alternative ({{attempts}} attempts)',
    },
    service: {
      unavailable: 'Users of {{service}}: every request fails',
      degraded: 'Users of {{service}}: some requests fail or answers are slow',
      stale: 'Users of {{service}} get stale data',
      restored: 'Users of {{service}} are served normally again',
    },
    data: { lost: '{{subject}}: {{lostMs}} ms of {{what}} lost' },
    assignment: {
      takeover: '{{to}} took over {{resource}} from {{from}}',
      failback: '{{resource}} is back with {{to}}; {{from}} stopped standing in',
    },
  },
  check: {
    cluster: {
      memberIgnored: {
        message: '{{cluster}} includes {{nodes}}, which this kind of cluster does not take: the simulation leaves them out of it',
        fix: 'Take {{nodes}} out of {{cluster}}, or group them into a cluster of their own kind.',
      },
      memberTwice: {
        message: '{{node}} is in two clusters of the same kind ({{clusters}}): each would take over or declare members dead on its own',
        fix: 'Keep {{node}} in one of {{clusters}}, or merge them into one cluster.',
      },
    },
  },
};

export const ja: Translation<typeof en> = {
  fault: {
    siteDown: 'サイト {{target}} の電源断',
    siteUp: 'サイト {{target}} の電源復旧',
    partition: 'ネットワーク分断 {{from}} ⇸ {{to}}',
    heal: 'ネットワーク分断の解消',
    linkDown: 'リンク {{target}} の切断',
    linkUp: 'リンク {{target}} の復旧',
    setRtt: '{{target}} の往復遅延を {{rttMs}} ms に変更',
    setParams: '{{target}} のパラメーターを変更: {{params}}',
    maintenance: '{{target}} の計画メンテナンス(正常停止)',
    dbSwitchover: '{{target}} のデータベース・スイッチオーバー',
    recover: '{{target}} を復旧',
  },
  event: {
    site: { down: 'サイト {{subject}} の電源が落ちた', up: 'サイト {{subject}} の電源が戻った' },
    link: {
      down: 'リンク {{subject}} がダウン: {{a}} と {{b}} は通信できない',
      up: 'リンク {{subject}} が復旧',
      rtt: '{{subject}} の往復遅延が {{fromMs}} ms から {{toMs}} ms に変化',
    },
    node: { params: '{{subject}} はこの時点から新しいパラメーターで動作: {{params}}' },
    net: {
      partitioned: 'ネットワーク分断: {{from}} から {{to}} へ到達できない',
      healed: '{{from}} と {{to}} の間のネットワーク分断が解消',
    },
    fault: { unsupported: 'この構成では実行できない障害: {{fault}}' },
    restart: {
      attempt: 'Node Manager が {{subject}} の{{process}}を再起動({{maxRestarts}} 回中 {{attempt}} 回目)',
      exhausted: 'Node Manager は {{subject}} の{{process}}の再起動を断念: この期間の上限 {{maxRestarts}} 回に到達',
    },
    lb: {
      markedDown: '{{lb}} が {{member}} をダウンと判定(ヘルスチェック失敗)し、振り分けを停止',
      markedUp: '{{lb}} が {{member}} を再びアップと判定し、振り分けを再開',
    },
    client: {
      failover: '{{client}} は {{from}} へのリトライを使い切り、{{to}} に切り替えた',
      failed: '{{client}} は {{target}} にも代替先にも到達できなかった({{attempts}} 回試行)',
    },
    service: {
      unavailable: '{{service}} の利用者: すべてのリクエストが失敗',
      degraded: '{{service}} の利用者: 一部のリクエストが失敗、または応答が遅い',
      stale: '{{service}} の利用者に古いデータが返されている',
      restored: '{{service}} の利用者への応答が正常に戻った',
    },
    data: { lost: '{{subject}}: {{what}} の {{lostMs}} ms 分が失われた' },
    assignment: {
      takeover: '{{to}} が {{from}} から {{resource}} を引き継いだ',
      failback: '{{resource}} が {{to}} に戻り、{{from}} の代理が終了',
    },
  },
  check: {
    cluster: {
      memberIgnored: {
        message: '{{cluster}} に、この種類のクラスターに入れられない {{nodes}} が含まれている: シミュレーションではクラスター外として扱う',
        fix: '{{nodes}} を {{cluster}} から外すか、種類の合うクラスターにまとめてください。',
      },
      memberTwice: {
        message: '{{node}} が同じ種類の2つのクラスター({{clusters}})に入っている: それぞれが別々に引き継ぎやメンバーの停止判定を行う',
        fix: '{{node}} を {{clusters}} のどちらか一方だけに入れるか、1つのクラスターにまとめてください。',
      },
    },
  },
};
