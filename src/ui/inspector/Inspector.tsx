import { useTranslation } from 'react-i18next';
import type { DesignDoc, DesignNode } from '../../engine';
import { useAppStore } from '../../state/store';
import { edit } from '../editor/actions';
import { patchNodes } from '../editor/model/edits';
import { injectFault } from '../faults/inject';
import { actionLabel } from '../faults/label';
import { nodeActions } from '../faults/nodeActions';
import { kindLabel } from '../palette/kinds';
import { ClusterFields } from './ClusterFields';
import { DeleteButton, DesignFields, LinkFields, RelationFields, SiteFields } from './ElementFields';
import { TextField } from './NumberField';
import { Connections } from './WireFields';
import { ParamFields } from './ParamFields';

/** The outages that can be injected on one node (the same registry as its context menu). */
function OutageActions({ node }: { node: DesignNode }) {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.nodeViews[node.id]);
  return (
    <div role="group" aria-label={t('inspector.actions')} className="actions">
      {nodeActions(node, view).map((action) => (
        <button key={action.id} type="button" onClick={() => injectFault(action.fault)}>
          {actionLabel(t, action)}
        </button>
      ))}
    </div>
  );
}

function ServerFields({ design, nodes, disabled }: { design: DesignDoc; nodes: DesignNode[]; disabled: boolean }) {
  const { t } = useTranslation();
  const single = nodes.length === 1 ? nodes[0]! : undefined;
  const view = useAppStore((s) => (single ? s.nodeViews[single.id] : undefined));
  const kinds = [...new Set(nodes.map((n) => n.kind))];
  return (
    <>
      <h3>{single ? single.name : t('editor.inspector.many', { count: nodes.length })}</h3>
      <dl>
        <dt>{t('inspector.kind')}</dt>
        <dd>{kinds.map((k) => kindLabel(t, k)).join(', ')}</dd>
        {single && (
          <>
            <dt>{t('editor.inspector.site')}</dt>
            <dd>{design.sites.find((s) => s.id === single.siteId)?.name ?? t('editor.inspector.noSite')}</dd>
            <dt>{t('inspector.status')}</dt>
            <dd>{view ? t(`status.${view.status}`) : '—'}</dd>
          </>
        )}
      </dl>
      {single && <OutageActions node={single} />}
      {single && <Connections design={design} id={single.id} />}
      {single && (
        <TextField
          key={single.id}
          label={t('editor.field.name')}
          value={single.name}
          disabled={disabled}
          onCommit={(name) => edit((d) => patchNodes(d, new Set([single.id]), { name }))}
        />
      )}
      {!single && kinds.length > 1 && <p className="muted">{t('editor.inspector.sharedOnly')}</p>}
      <ParamFields nodes={nodes} disabled={disabled} />
      <ClusterFields design={design} nodes={nodes} disabled={disabled} />
      {!disabled && <DeleteButton />}
    </>
  );
}

/** The selection's properties: servers (parameters, clusters, outages), a site, a link, a relation, or the design. */
export function Inspector() {
  const { t } = useTranslation();
  const design = useAppStore((s) => s.design);
  const selectedNodes = useAppStore((s) => s.selection.nodes);
  const selectedEdges = useAppStore((s) => s.selection.edges);
  const readOnly = useAppStore((s) => s.readOnly);
  const nodeIds = selectedNodes;
  const servers = design.nodes.filter((n) => nodeIds.includes(n.id));
  const site = nodeIds.length === 1 ? design.sites.find((s) => s.id === nodeIds[0]) : undefined;
  const edgeId = nodeIds.length === 0 && selectedEdges.length === 1 ? selectedEdges[0] : undefined;
  const link = edgeId ? design.links.find((l) => l.id === edgeId) : undefined;
  const relation = edgeId ? design.relations.find((r) => r.id === edgeId) : undefined;
  let body;
  if (servers.length > 0) body = <ServerFields design={design} nodes={servers} disabled={readOnly} />;
  else if (site) body = <SiteFields design={design} site={site} disabled={readOnly} />;
  else if (link) body = <LinkFields design={design} link={link} disabled={readOnly} />;
  else if (relation) body = <RelationFields design={design} relation={relation} disabled={readOnly} />;
  else body = <DesignFields design={design} disabled={readOnly} />;
  return (
    <section className="panel inspector" aria-label={t('panel.inspector')}>
      <h2>{t('panel.inspector')}</h2>
      {body}
    </section>
  );
}
