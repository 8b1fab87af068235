import type { Translation } from '../types';

/**
 * "Is my design good enough?" (issue 14): reliability parameters, recovery verdicts and the reasons the
 * simulated availability differs from the analytic estimate. The CLI prints the English strings.
 */
export const en = {
  param: {
    mtbfHours: 'Mean time between failures (MTBF)',
    mttrHours: 'Mean time to repair (MTTR)',
  },
  analysis: {
    miss: {
      slow: 'restored after the RTO',
      notRestored: 'not restored by the end of the run',
      relapsed: 'restored, then impaired again',
      dataLoss: 'more data lost than the RPO',
    },
    why: {
      agree: 'The simulation and the analytic estimate agree within the confidence interval.',
      takeover: 'Redundant components still cost downtime: each failure is felt until the takeover (detection, health checks) and again at the failback; the analytic estimate counts a redundant component as never down.',
      notModelled: 'The analytic estimate counts every component as needed; the engine found failures that hurt no service (e.g. a standby, or a process nobody uses while it is down).',
      overlap: 'Failures that overlap are simulated together in the engine; the analytic estimate treats components as independent.',
      sampling: 'Too few simulated failures for a sharp figure: simulate more years.',
    },
  },
};

export const ja: Translation<typeof en> = {
  param: {
    mtbfHours: '平均故障間隔(MTBF)',
    mttrHours: '平均修復時間(MTTR)',
  },
  analysis: {
    miss: {
      slow: 'RTOを過ぎてから復旧',
      notRestored: '実行終了までに復旧せず',
      relapsed: '復旧後に再び影響あり',
      dataLoss: 'RPOを超えるデータ損失',
    },
    why: {
      agree: 'シミュレーションと解析的な見積もりは信頼区間の範囲内で一致しています。',
      takeover: '冗長化した構成要素でも停止時間は発生します: 障害は引き継ぎ(検知、ヘルスチェック)まで、そしてフェイルバック時にも影響します。解析的な見積もりは冗長化された構成要素を停止しないものとして数えます。',
      notModelled: '解析的な見積もりはすべての構成要素を必須として数えます。エンジンではどのサービスにも影響しない障害(スタンバイ、停止中に使われないプロセスなど)が見つかりました。',
      overlap: '重なった障害はエンジンで同時にシミュレーションされます。解析的な見積もりは構成要素を独立として扱います。',
      sampling: 'シミュレーションした障害が少なく、値が粗くなっています: より多くの年数をシミュレーションしてください。',
    },
  },
};
