import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DesignIssue } from '../../engine';
import { resources } from '../../i18n/resources';
import { defaultDesign } from '../../state/initialDesign';
import { designToText, parseDesignText } from '../../state/persistence/designText';
import { readShareFragment } from '../../state/persistence/shareLink';
import { describeIssue, issueText } from './describeIssue';

let en: TFunction;
let ja: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
    return instance.t;
  };
  en = await make('en');
  ja = await make('ja');
});

function refused(text: string): DesignIssue[] {
  const result = parseDesignText(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.issues;
}

/** Bad inputs covering every kind of refusal: JSON, version, schema types/bounds/format, references, links. */
function badInputs(): DesignIssue[] {
  const good = defaultDesign();
  const broken = JSON.parse(designToText(good)) as Record<string, unknown> & { nodes: Record<string, unknown>[]; sites: Record<string, unknown>[] };
  broken.name = '';
  broken.seed = 'x';
  broken.sites[0]!.id = 'bad id!';
  broken.nodes[0]!.siteId = 'nowhere';
  const refs = JSON.parse(designToText(good)) as { nodes: { siteId?: string; kind: string }[] };
  refs.nodes[0]!.siteId = 'nowhere';
  refs.nodes[0]!.kind = 'toaster';
  // What only the kits know: parameter ranges and names, relation rules, cluster kinds.
  const kits = JSON.parse(designToText(good)) as { nodes: { id: string; kind: string; params: Record<string, unknown> }[]; relations: unknown[]; clusters: unknown[] };
  const ot = kits.nodes.find((n) => n.kind === 'ontimeServer')!;
  ot.params.takeoverAfterMs = -5;
  ot.params.noSuchSetting = 1;
  kits.relations.push({ id: 'r8', kind: 'dataGuard', from: ot.id, to: ot.id }, { id: 'r9', kind: 'noSuchRelation', from: ot.id, to: ot.id });
  kits.clusters.push({ id: 'c9', kind: 'noSuchCluster', name: 'x', members: [] });
  return [
    ...refused(JSON.stringify(kits)),
    ...refused('{ oops'),
    ...refused(' '),
    ...refused('[1]'),
    ...refused('{"schemaVersion": 99}'),
    ...refused('{"name": "x"}'),
    ...refused(JSON.stringify(broken)),
    ...refused(JSON.stringify(refs)),
    ...(readShareFragment('#share=') as { issues: DesignIssue[] }).issues,
    ...(readShareFragment('#share=%%%broken') as { issues: DesignIssue[] }).issues,
  ];
}

describe('import and share-link problems in the user language', () => {
  it('every refusal has a code with a translation in English and Japanese', () => {
    const issues = badInputs();
    expect(issues.length).toBeGreaterThan(8);
    const codes = new Set(issues.map((i) => i.code));
    for (const code of ['param.range', 'param.unknown', 'relation.self', 'relation.fromKind', 'relation.unknownKind', 'cluster.unknownKind']) expect(codes).toContain(code);
    for (const issue of issues) {
      expect(issue.code, issue.message).toBeTruthy();
      // A translated text differs from the English fallback in Japanese; English reads like the engine's message.
      expect(issueText(ja, issue), `${issue.code}`).not.toBe(issue.message);
      expect(issueText(en, issue)).not.toContain('editor.issue');
    }
  });

  it('keeps JSON paths verbatim and translates the frame, with type names', () => {
    const issue = refused('{"schemaVersion": 1, "name": 5}').find((i) => i.path === 'name');
    expect(issue).toBeDefined();
    expect(describeIssue(en, issue!)).toBe('name: expected text, got a number');
    expect(describeIssue(ja, issue!)).toBe('name: 文字列が必要ですが、数値です');
  });

  it('names a newer schema version and the whole file in Japanese', () => {
    const [issue] = refused('{"schemaVersion": 99}');
    expect(describeIssue(ja, issue!)).toBe('schemaVersion: バージョン99はこのアプリ(3)より新しい形式です: Failover Labを更新してください');
    expect(describeIssue(ja, refused(' ')[0]!)).toBe('ファイル全体: ファイルが空です');
  });

  it('falls back to the engine English for a code it does not know', () => {
    const issue: DesignIssue = { path: 'nodes[0].params.x', message: 'some new check', code: 'brandNew.check' };
    expect(issueText(ja, issue)).toBe('some new check');
  });
});
