import type { Translation } from '../types';

/** Issue 15 §4–5: timeline branches, Reset vs Clear faults, the step note, scenarios on the user's own design. */
export const en = {
  branches: {
    cmd: {
      reset: 'Reset to 0:00',
      resetHelp: 'Back to 0:00 with the same seed; the fault script is kept (Shift+R)',
      clearFaults: 'Clear faults',
      clearFaultsHelp: 'Removes every fault of this timeline, and its branches, and goes back to 0:00',
    },
    title: 'Branches',
    main: 'Main',
    named: 'Branch {{n}} (from {{time}})',
    span: '{{name}}: {{from}} to {{to}}, {{faults}} faults',
    switchTo: 'Run {{name}}',
    overlay: 'Overlay branch',
    overlayNone: 'No overlay',
    overlayLegend: '{{name}} (dashed)',
    made: 'Injected in the past: {{name}} starts here. {{parent}} keeps its own future.',
    removeFault: 'Remove {{fault}} at {{time}} (re-runs to the time on screen)',
    step: {
      moved: 'Stepped +{{delta}} s to {{time}}: {{event}}',
      movedQuiet: 'Stepped +{{delta}} s to {{time}}',
      none: 'Nothing more happens: the run stays at {{time}}',
    },
    scenario: {
      needs: 'Needs: {{missing}}',
      openTemplate: 'Open the template {{template}}',
      runHere: 'Runs on your design',
      opensTemplate: 'Opens the template {{template}}',
      unknown: 'parts this design does not have',
      role: {
        ontimePair: 'an OnTime server with a peer in its cluster, syncing a mail server',
        colocatedPair: 'a Domino server running OnTime and mail, with a peer, behind a load balancer',
        mistakes: 'consensus leasing or a Coherence cluster stretched across sites (the mistakes this scenario shows)',
        wlServer: 'a WebLogic managed server',
        wlPair: 'two WebLogic managed servers on the same site',
        standbySite: 'a second site with a standby database',
        maintenanceSite: 'a site with WebLogic servers and a standby database elsewhere',
        siteLink: 'a link between two sites',
      },
    },
    link: {
      badScript: 'The fault script in this link was left out: {{problems}}',
    },
  },
};

export const ja: Translation<typeof en> = {
  branches: {
    cmd: {
      reset: '0:00 にリセット',
      resetHelp: '同じシードで 0:00 に戻す。障害スクリプトはそのまま (Shift+R)',
      clearFaults: '障害をクリア',
      clearFaultsHelp: 'このタイムラインの障害とブランチをすべて削除して 0:00 に戻す',
    },
    title: 'ブランチ',
    main: 'メイン',
    named: 'ブランチ {{n}}（{{time}} から）',
    span: '{{name}}: {{from}} から {{to}}、障害 {{faults}} 件',
    switchTo: '{{name}} を実行',
    overlay: '重ねて表示するブランチ',
    overlayNone: '重ねない',
    overlayLegend: '{{name}}（破線）',
    made: '過去に障害を注入しました: ここから {{name}} が始まります。{{parent}} の未来はそのまま残ります。',
    removeFault: '{{time}} の {{fault}} を削除（画面の時刻まで再実行）',
    step: {
      moved: '+{{delta}} 秒進んで {{time}}: {{event}}',
      movedQuiet: '+{{delta}} 秒進んで {{time}}',
      none: 'これ以上何も起きません: {{time}} のまま',
    },
    scenario: {
      needs: '必要なもの: {{missing}}',
      openTemplate: 'テンプレート「{{template}}」を開く',
      runHere: 'あなたの設計で実行',
      opensTemplate: 'テンプレート「{{template}}」を開きます',
      unknown: 'この設計にない構成要素',
      role: {
        ontimePair: 'メールサーバーを同期し、クラスタにピアを持つ OnTime サーバー',
        colocatedPair: 'OnTime とメールを実行し、ピアを持ち、ロードバランサーの背後にある Domino サーバー',
        mistakes: 'コンセンサス・リースまたはサイトをまたぐ Coherence クラスタ（このシナリオが示す誤り）',
        wlServer: 'WebLogic 管理対象サーバー',
        wlPair: '同じサイトにある 2 台の WebLogic 管理対象サーバー',
        standbySite: 'スタンバイデータベースのある 2 つ目のサイト',
        maintenanceSite: 'WebLogic サーバーのあるサイトと、別サイトのスタンバイデータベース',
        siteLink: '2 つのサイト間のリンク',
      },
    },
    link: {
      badScript: 'このリンクの障害スクリプトは読み込みませんでした: {{problems}}',
    },
  },
};
