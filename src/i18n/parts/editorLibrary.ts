import type { Translation } from '../types';

/** The palette's clusters and building-block library: membership by drag and drop, saving, importing and exporting blocks. */
export const en = {
  editor: {
    clusterDrop: {
      joined: '{{nodes}} joined {{cluster}}.',
      left: '{{nodes}} left {{cluster}}.',
      refused: '{{node}} cannot join {{cluster}}: a {{clusterKind}} takes only {{takes}}, not a {{nodeKind}}.',
    },
    blocks: {
      title: 'Library',
      empty: 'No blocks yet: select servers or sites and save them as a block to reuse them.',
      save: 'Save selection as block…',
      saveTitle: 'Save selection as block',
      name: 'Block name',
      defaultName: 'Block {{n}}',
      saveButton: 'Save block',
      cancel: 'Cancel',
      saved: 'Saved block "{{name}}" in the library.',
      delete: 'Delete block {{name}}',
      deleted: 'Deleted block "{{name}}".',
      import: 'Import blocks…',
      export: 'Export library',
      imported: 'Added {{count}} block(s) to the library.',
      storageFailed: 'The library could not be read or saved in this browser: {{reason}}',
    },
  },
};

export const ja: Translation<typeof en> = {
  editor: {
    clusterDrop: {
      joined: '{{nodes}}が{{cluster}}に加わりました。',
      left: '{{nodes}}が{{cluster}}から外れました。',
      refused: '{{node}}は{{cluster}}に加われません: {{clusterKind}}に入れるのは{{takes}}だけで、{{nodeKind}}は入れません。',
    },
    blocks: {
      title: 'ライブラリ',
      empty: 'ブロックはまだありません: サーバーやサイトを選択し、ブロックとして保存すると再利用できます。',
      save: '選択をブロックとして保存…',
      saveTitle: '選択をブロックとして保存',
      name: 'ブロック名',
      defaultName: 'ブロック {{n}}',
      saveButton: 'ブロックを保存',
      cancel: 'キャンセル',
      saved: 'ブロック「{{name}}」をライブラリに保存しました。',
      delete: 'ブロック {{name}} を削除',
      deleted: 'ブロック「{{name}}」を削除しました。',
      import: 'ブロックを読み込む…',
      export: 'ライブラリを書き出す',
      imported: '{{count}}個のブロックをライブラリに追加しました。',
      storageFailed: 'このブラウザーではライブラリを読み書きできません: {{reason}}',
    },
  },
};
