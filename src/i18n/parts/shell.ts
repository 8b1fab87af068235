import type { Translation } from '../types';

/** What a panel shows when it fails to render (src/ui/shell/PanelBoundary.tsx). */
export const en = {
  panelError: {
    title: 'This part of the page ({{panel}}) stopped working',
    text: 'The rest of the app still works. Your design is saved in this browser; download a copy to be safe, then reload the page.',
    reason: 'Error: {{reason}}',
    reload: 'Reload',
    download: 'Download my design',
    panel: {
      canvas: 'design canvas',
      palette: 'palette',
      inspector: 'inspector',
      start: 'templates',
      side: 'events, checks and takeovers',
      charts: 'charts',
      timeline: 'time axis',
      controls: 'simulation controls',
      toolbar: 'file and edit toolbar',
      overlays: 'dialogs',
    },
  },
};

/** 日本語。キーは英語版と同一(型で検査)。 */
export const ja: Translation<typeof en> = {
  panelError: {
    title: 'ページのこの部分({{panel}})が動作を停止しました',
    text: 'アプリの他の部分は動作しています。設計はこのブラウザーに保存されています。念のためコピーをダウンロードしてから、ページを再読み込みしてください。',
    reason: 'エラー: {{reason}}',
    reload: '再読み込み',
    download: '設計をダウンロード',
    panel: {
      canvas: '構成キャンバス',
      palette: 'パレット',
      inspector: 'インスペクター',
      start: 'テンプレート',
      side: 'イベント・チェック・引き継ぎ',
      charts: 'グラフ',
      timeline: '時間軸',
      controls: 'シミュレーション操作',
      toolbar: 'ファイル・編集ツールバー',
      overlays: 'ダイアログ',
    },
  },
};
