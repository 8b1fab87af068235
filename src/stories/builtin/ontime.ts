import { builtin, step, type BuiltinStory } from './step';

/** S1 and S2 of DOMAIN.md §3, told on the OnTime templates. Times were read from the engine (see builtin.test.ts). */

export const S1_STORY: BuiltinStory = builtin('S1', 'ontime-minimal', { en: 'S1: the OnTime task dies on OT1', ja: 'S1: OT1 の OnTime タスクが停止する' }, [
  step(
    20,
    'Normal operation. The OnTime task on OT1 syncs mail server MS1; OT2 is its partner in the OnTime cluster and watches it (OT-4). Clients reach either server through the load balancer LB (OT-1).',
    '通常運用です。OT1 の OnTime タスクがメールサーバー MS1 を同期しています。OT2 は同じ OnTime クラスターの相方として OT1 を監視しています (OT-4)。クライアントはロードバランサー LB 経由でどちらのサーバーにも接続できます (OT-1)。',
  ),
  step(
    25,
    'The OnTime task on OT1 stops. Sync of MS1 stops with it: its calendar data is now going stale. REST calls are still answered: the OnTime token is valid on any server, so LB can send them to OT2 (OT-1).',
    'OT1 の OnTime タスクが停止しました。MS1 の同期も止まり、カレンダーのデータが古くなり始めます。REST 呼び出しには引き続き応答があります。OnTime トークンはどのサーバーでも有効なので、LB が OT2 に振り分けられるからです (OT-1)。',
    { faults: [{ kind: 'stopProcess', target: 'OT1', process: 'ontime' }], camera: ['OT1', 'MS1'], highlight: ['OT1', 'MS1'] },
  ),
  step(
    32,
    'About 10 s after the failure OT2 notices that OT1’s task is gone and performs MS1’s Sync on its behalf (OT-4). Nobody logs in again: the token is still valid.',
    '障害から約 10 秒後、OT2 が OT1 のタスク停止を検知し、OT1 に代わって MS1 の同期を引き継ぎます (OT-4)。トークンは有効なままなので、ユーザーの再ログインは不要です。',
    { camera: ['OT2', 'MS1'], highlight: ['OT2', 'MS1'] },
  ),
  step(
    60,
    'The task is started again. Failback is automatic: once OT2 sees OT1 alive, OT1 resumes its own Sync of MS1 and the stand-in stops (OT-5).',
    'タスクを再起動しました。フェイルバックは自動です。OT2 が OT1 の復活を確認すると、OT1 が MS1 の同期を再開し、代行は終了します (OT-5)。',
    { faults: [{ kind: 'startProcess', target: 'OT1', process: 'ontime' }], camera: ['OT1', 'OT2', 'MS1'], highlight: ['OT1', 'MS1'] },
  ),
]);

export const S2_STORY: BuiltinStory = builtin('S2', 'ontime-p1-colocated', { en: 'S2: OT1’s whole Domino server dies', ja: 'S2: OT1 の Domino サーバー全体が停止する' }, [
  step(
    20,
    'P1 layout: OnTime runs on the mail servers themselves. OT1 syncs its own mail databases; OT2 is its mate in both the OnTime cluster and the Domino cluster. Clients come in through the load balancer LB.',
    'P1 構成では、OnTime がメールサーバー上で動いています。OT1 は自分のメール DB を同期し、OT2 は OnTime クラスターと Domino クラスターの両方で OT1 の相方です。クライアントはロードバランサー LB 経由で接続します。',
  ),
  step(
    32,
    'OT1’s whole Domino server dies: its OnTime task and the mail databases homed there go with it. About 10 s later OT2 takes over the Sync of OT1’s mail (OT-4).',
    'OT1 の Domino サーバー全体が停止し、OnTime タスクとそこにあるメール DB も一緒に失われます。約 10 秒後、OT2 が OT1 のメールの同期を引き継ぎます (OT-4)。',
    { faults: [{ kind: 'crashHost', target: 'OT1' }], camera: ['OT1', 'OT2'], highlight: ['OT1', 'OT2'] },
  ),
  step(
    60,
    'OnTime cannot reach the mail databases on OT1. It retries several times, then switches to their replicas on OT2, its Domino cluster mate (OT-6).',
    'OnTime は OT1 上のメール DB に接続できません。何度か再試行した後、Domino クラスターの相方である OT2 上のレプリカに切り替えます (OT-6)。',
    { camera: ['OT1', 'OT2'], highlight: ['OT2'] },
  ),
  step(
    100,
    'The load balancer has marked OT1 down after 3 failed health checks, 30 s apart. Until then, requests it still routed to OT1 failed: this is the ≈90 s of errors to expect from the LB’s defaults (OT-1).',
    'ロードバランサーは 30 秒間隔のヘルスチェックに 3 回失敗した OT1 をダウンと判定しました。それまで OT1 に振り分けられたリクエストは失敗していました。LB の既定値では最大で約 90 秒のエラーを見込む必要があります (OT-1)。',
    { camera: ['CL', 'LB', 'OT1'], highlight: ['LB', 'OT1'] },
  ),
  step(
    180,
    'OT1 is powered on again. The load balancer takes it back after a good health check, OT1 resumes its own Sync, and its mail databases fail back home (OT-5).',
    'OT1 の電源が戻りました。ヘルスチェックに成功すると LB は OT1 を振り分け先に戻し、OT1 は自分の同期を再開し、メール DB も元のサーバーにフェイルバックします (OT-5)。',
    { faults: [{ kind: 'recoverHost', target: 'OT1' }], camera: [], highlight: ['OT1'] },
  ),
]);
