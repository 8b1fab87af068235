import { useTranslation } from 'react-i18next';
import { relationKindLabel } from '../palette/kinds';
import type { DesignDoc, DesignLink, DesignRelation, DesignSite } from '../../engine';
import { deleteSelection, edit } from '../editor/actions';
import { patchLink, renameDesign, renameSite } from '../editor/model/edits';
import { NumberField, TextField } from './NumberField';
import { ReliabilityFields } from './ReliabilityFields';
import { Connections, LiveRtt, WireEnds } from './WireFields';

/** A network link between two sites: its round-trip time and jitter. */
export function LinkFields({ design, link, disabled }: { design: DesignDoc; link: DesignLink; disabled: boolean }) {
  const { t } = useTranslation();
  const siteName = (id: string) => design.sites.find((s) => s.id === id)?.name ?? id;
  return (
    <>
      <h3>{t('editor.link.title', { a: siteName(link.a), b: siteName(link.b) })}</h3>
      <WireEnds design={design} kind={t('liveEdit.wire.link')} from={link.a} to={link.b} />
      <LiveRtt link={link} />
      <NumberField
        key={`${link.id}:rtt`}
        label={t('editor.link.rtt')}
        value={link.rttMs}
        unit={t('editor.unit.ms')}
        min={0}
        max={1000}
        integer={false}
        disabled={disabled}
        hint={<> · {t('editor.link.rttHint')}</>}
        onCommit={(rttMs) => edit((d) => patchLink(d, link.id, { rttMs }))}
      />
      <NumberField
        key={`${link.id}:jitter`}
        label={t('editor.link.jitter')}
        value={link.jitterMs}
        unit={t('editor.unit.ms')}
        min={0}
        max={1000}
        integer={false}
        disabled={disabled}
        onCommit={(jitterMs) => edit((d) => patchLink(d, link.id, { jitterMs }))}
      />
      <ReliabilityFields element="link" item={link} disabled={disabled} />
      {!disabled && <DeleteButton />}
    </>
  );
}

export function RelationFields({ design, relation, disabled }: { design: DesignDoc; relation: DesignRelation; disabled: boolean }) {
  const { t } = useTranslation();
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <>
      <h3>{t('editor.relation.label', { kind: relationKindLabel(t, relation.kind), from: name(relation.from), to: name(relation.to) })}</h3>
      <WireEnds design={design} kind={relationKindLabel(t, relation.kind)} from={relation.from} to={relation.to} />
      {!disabled && <DeleteButton />}
    </>
  );
}

export function SiteFields({ design, site, disabled }: { design: DesignDoc; site: DesignSite; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{site.name}</h3>
      <TextField key={site.id} label={t('editor.field.name')} value={site.name} disabled={disabled} onCommit={(name) => edit((d) => renameSite(d, site.id, name))} />
      <p className="muted">{t('editor.site.help')}</p>
      <Connections design={design} id={site.id} />
      <ReliabilityFields element="site" item={site} disabled={disabled} />
      {!disabled && <DeleteButton />}
    </>
  );
}

/** Nothing selected: the design itself. */
export function DesignFields({ design, disabled }: { design: DesignDoc; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField key={design.name} label={t('editor.design.name')} value={design.name} disabled={disabled} onCommit={(name) => edit((d) => renameDesign(d, name))} />
      <p className="muted">{t('inspector.empty')}</p>
      <p className="muted">{t('editor.design.counts', { sites: design.sites.length, nodes: design.nodes.length, links: design.links.length })}</p>
    </>
  );
}

export function DeleteButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="danger" onClick={deleteSelection}>
      {t('editor.cmd.delete')}
    </button>
  );
}
