import type { Translation } from '../types';

/** Editing a live run (issue 17 §5): wires in the inspector, a node's connections, what an edit did to the run. */
export const en = {
  liveEdit: {
    notice: {
      applied: 'Edit applied at {{time}}: the run goes on with the new values (recorded on the timeline, so a replay gives the same run).',
      restarted: 'This edit changes what the simulation was built from (a node, a wire, or a setting fixed at start): the run restarted from 0:00.',
      dismiss: 'Dismiss',
    },
    wire: {
      kind: 'Kind',
      from: 'From',
      to: 'To',
      link: 'Network link between sites',
      goTo: 'Select {{name}}',
    },
    rttNow: 'RTT now: {{now}} ms (designed {{designed}} ms)',
    connections: {
      title: 'Connections',
      none: 'No connections yet: drag from a handle of this node to another one.',
      wire: '{{kind}}: {{from}} → {{to}}',
    },
  },
};

export const ja: Translation<typeof en> = {
  liveEdit: {
    notice: {
      applied: '{{time}} に変更を反映しました。実行はそのまま続きます（タイムラインに記録されるので、再生しても同じ結果になります）。',
      restarted: 'この変更はシミュレーションの構成（ノード、接続、開始時に固定される設定）を変えるため、0:00 から再実行しました。',
      dismiss: '閉じる',
    },
    wire: {
      kind: '種類',
      from: '接続元',
      to: '接続先',
      link: 'サイト間のネットワークリンク',
      goTo: '{{name}} を選択',
    },
    rttNow: '現在の RTT: {{now}} ms（設計値 {{designed}} ms）',
    connections: {
      title: '接続',
      none: 'まだ接続がありません。このノードのハンドルから別のノードへドラッグしてください。',
      wire: '{{kind}}: {{from}} → {{to}}',
    },
  },
};
