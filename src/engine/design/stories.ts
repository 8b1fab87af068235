import type { Fault } from '../faults/catalogue';
import type { KindCatalog } from './kindCatalog';
import type { DesignDoc, Story } from './schema';
import type { DesignIssue } from './validate';

/**
 * Cross-references of `stories[]` (issue 15 §2) the schema cannot express: story ids are unique, the camera and the
 * highlights name nodes or sites of this design, every fault's target exists (a node, a site or a link, as its kind
 * says; a process its node's kind has), and a story's time never goes back (a step plays the run forward to its
 * `untilMs`: a step earlier than the one before it could not be reached without re-running).
 */
export function storyIssues(doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const seen = new Set<string>();
  (doc.stories ?? []).forEach((story, i) => {
    if (seen.has(story.id)) issues.push({ path: `stories[${i}].id`, message: `duplicate story id "${story.id}"`, code: 'story.duplicateId', params: { id: story.id } });
    seen.add(story.id);
    issues.push(...storyRefIssues(story, doc, kinds).map((issue) => ({ ...issue, path: `stories[${i}].${issue.path}` })));
  });
  return issues;
}

/** One story against a design, paths relative to the story (`steps[2].camera[1]`): also what offers a built-in story. */
export function storyRefIssues(story: Story, doc: DesignDoc, kinds: KindCatalog): DesignIssue[] {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const sites = new Set(doc.sites.map((s) => s.id));
  const links = new Set(doc.links.map((l) => l.id));
  const issues: DesignIssue[] = [];
  let previousMs = 0;
  story.steps.forEach((step, j) => {
    const at = `steps[${j}]`;
    for (const field of ['camera', 'highlight'] as const) {
      step[field].forEach((id, k) => {
        if (!nodes.has(id) && !sites.has(id)) issues.push({ path: `${at}.${field}[${k}]`, message: `unknown node "${id}"`, code: 'ref.unknownNode', params: { id } });
      });
    }
    step.faults.forEach((fault, k) => issues.push(...faultRefIssues(fault, { nodes, sites, links }, kinds).map((issue) => ({ ...issue, path: `${at}.faults[${k}].${issue.path}` }))));
    if (step.untilMs < previousMs) {
      issues.push({ path: `${at}.untilMs`, message: `goes back in time: ${step.untilMs} ms is before the previous step's ${previousMs} ms`, code: 'story.timeBack', params: { got: step.untilMs, previous: previousMs } });
    }
    previousMs = Math.max(previousMs, step.untilMs);
  });
  return issues;
}

interface Ids {
  nodes: ReadonlyMap<string, DesignDoc['nodes'][number]>;
  sites: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

/** Whether the ids a fault names exist (the format's share of the fault-script check: which kit takes a fault is the kits'). */
function faultRefIssues(fault: Fault, ids: Ids, kinds: KindCatalog): DesignIssue[] {
  const issues: DesignIssue[] = [];
  const need = (ok: boolean, path: string, what: 'node' | 'site' | 'link', id: string) => {
    if (!ok) issues.push({ path, message: `unknown ${what} "${id}"`, code: what === 'node' ? 'ref.unknownNode' : what === 'site' ? 'ref.unknownSite' : 'story.unknownLink', params: { id } });
  };
  switch (fault.kind) {
    case 'siteDown':
    case 'siteUp':
      need(ids.sites.has(fault.target), 'target', 'site', fault.target);
      break;
    case 'linkDown':
    case 'linkUp':
    case 'setRtt':
      need(ids.links.has(fault.target), 'target', 'link', fault.target);
      break;
    case 'partition':
      fault.from.forEach((s, k) => need(ids.sites.has(s), `from[${k}]`, 'site', s));
      fault.to.forEach((s, k) => need(ids.sites.has(s), `to[${k}]`, 'site', s));
      break;
    case 'heal':
      break;
    default: {
      // Maintenance of a whole site (S6) names the site.
      if (fault.kind === 'maintenance' && fault.process === undefined && ids.sites.has(fault.target)) break;
      const node = ids.nodes.get(fault.target);
      need(node !== undefined, 'target', 'node', fault.target);
      if (fault.kind === 'changeRestUrl') need(ids.nodes.has(fault.to), 'to', 'node', fault.to);
      if (fault.kind === 'restartAdminServer' && fault.site !== undefined) need(ids.sites.has(fault.site), 'site', 'site', fault.site);
      const process = 'process' in fault ? fault.process : undefined;
      const known = node ? kinds.nodeKinds.get(node.kind)?.processes : undefined;
      if (node && process !== undefined && known && !known.includes(process)) {
        issues.push({ path: 'process', message: `node kind "${node.kind}" has no process "${process}" (it has: ${known.join(', ') || 'none'})`, code: 'story.unknownProcess', params: { kind: node.kind, process, known: known.join(', ') } });
      }
    }
  }
  return issues;
}
