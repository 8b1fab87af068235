import type { Translation } from '../types';
import type { Lane, Phase } from '../../engine';

/** The run report's lanes and phases (src/engine/report/contract.ts): the CLI summary and the takeover view. */
export const en = {
  report: {
    lane: {
      sync: 'OnTime Sync',
      mailDb: 'Mail DB access',
      rest: 'REST through the load balancer',
      configDb: 'ConfigDB',
      database: 'Database role',
      jmsJta: 'JMS / JTA',
      leasing: 'Leasing',
      sessions: 'Sessions',
      coherence: 'Coherence',
      admin: 'Administration Server',
      glb: 'Global load balancer',
      servers: 'Servers',
      network: 'Network',
      deploy: 'Deployment',
      patching: 'Zero-downtime patching',
    } satisfies Record<Lane, string>,
    phase: {
      failed: 'failed',
      detected: 'detected',
      decided: 'decided',
      progress: 'in progress',
      tookOver: 'took over',
      orphaned: 'nobody took over',
      blocked: 'blocked',
      restored: 'restored',
      failedBack: 'failed back',
      lost: 'lost',
      converged: 'converged',
      completed: 'completed',
      finding: 'finding',
    } satisfies Record<Phase, string>,
  },
};

export const ja: Translation<typeof en> = {
  report: {
    lane: {
      sync: 'OnTime Sync',
      mailDb: 'メールDBへのアクセス',
      rest: 'ロードバランサー経由のREST',
      configDb: 'ConfigDB',
      database: 'データベースのロール',
      jmsJta: 'JMS / JTA',
      leasing: 'リース',
      sessions: 'セッション',
      coherence: 'Coherence',
      admin: '管理サーバー',
      glb: 'グローバルロードバランサー',
      servers: 'サーバー',
      network: 'ネットワーク',
      deploy: 'デプロイ',
      patching: 'ゼロダウンタイム・パッチ適用',
    },
    phase: {
      failed: '停止',
      detected: '検知',
      decided: '決定',
      progress: '進行中',
      tookOver: '引き継ぎ',
      orphaned: '引き継ぎ先なし',
      blocked: '阻止',
      restored: '復旧',
      failedBack: 'フェイルバック',
      lost: '喪失',
      converged: '収束',
      completed: '完了',
      finding: '指摘',
    },
  },
};
