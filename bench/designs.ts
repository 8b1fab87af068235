/**
 * Large designs for the benchmark, built from the built-in templates: each template's structure (its sites, links,
 * nodes, relations and clusters) is replicated under fresh ids until the design has about the asked number of
 * nodes. Replicas are laid out in a grid so the canvas looks like a real large design, not a pile.
 */
import { validateDesign, formatIssue, type DesignDoc, type DesignSite } from '../src/engine';
import { TEMPLATES } from '../src/templates';

/** Replicas of one template that share one generated site (the schema allows at most 100 sites). */
const DEFAULT_REPLICAS_PER_SITE = 2;
const MAX_SITES = 100;
const GAP = 80;
const DEFAULT_SITE = { width: 600, height: 400 };

interface Block {
  template: DesignDoc;
  replicas: number;
}

function siteSize(site: DesignSite): { width: number; height: number } {
  return site.size ?? DEFAULT_SITE;
}

/** The template's footprint: the bounding box of its sites (a site-less template counts as one default site). */
function footprint(template: DesignDoc): { width: number; height: number } {
  let width = DEFAULT_SITE.width;
  let height = DEFAULT_SITE.height;
  for (const site of template.sites) {
    const size = siteSize(site);
    width = Math.max(width, (site.position?.x ?? 0) + size.width);
    height = Math.max(height, (site.position?.y ?? 0) + size.height);
  }
  return { width, height };
}

/** Which templates, how many replicas each, cycling through the gallery until `targetNodes` is reached. */
function plan(targetNodes: number, perSite: number): Block[] {
  const usable = TEMPLATES.map((t) => t.design).filter((d) => d.nodes.length > 0);
  const blocks: Block[] = [];
  let nodes = 0;
  for (let i = 0; nodes < targetNodes; i++) {
    const template = usable[i % usable.length]!;
    const left = Math.ceil((targetNodes - nodes) / template.nodes.length);
    const replicas = Math.min(perSite, left);
    blocks.push({ template, replicas });
    nodes += replicas * template.nodes.length;
  }
  return blocks;
}

/** Copies one replica of `template` into `out`, inside block `b` (whose sites are shared by its replicas). */
function addReplica(out: DesignDoc, template: DesignDoc, b: number, r: number, offset: { x: number; y: number }, inner: { x: number; y: number }): void {
  const site = (id: string) => `b${b}-${id}`;
  const id = (orig: string) => `${orig}-${b}.${r}`;
  for (const node of template.nodes) {
    const pos = node.siteId ? { x: node.position.x + inner.x, y: node.position.y + inner.y } : { x: node.position.x + offset.x + inner.x, y: node.position.y + offset.y + inner.y };
    out.nodes.push({ ...node, id: id(node.id), name: `${node.name}-${b}.${r}`, position: pos, ...(node.siteId ? { siteId: site(node.siteId) } : {}) });
  }
  for (const rel of template.relations) out.relations.push({ ...rel, id: id(rel.id), from: id(rel.from), to: id(rel.to) });
  for (const c of template.clusters) out.clusters.push({ ...c, id: id(c.id), name: `${c.name} ${b}.${r}`, members: c.members.map(id) });
}

function build(targetNodes: number, perSite: number): DesignDoc {
  return layout(plan(targetNodes, perSite), `Benchmark: ${targetNodes} nodes`);
}

/** The design made of `blocks`, laid out in a grid of blocks. */
function layout(blocks: readonly Block[], name: string): DesignDoc {
  const out: DesignDoc = { schemaVersion: 3, name, seed: 42, sites: [], links: [], nodes: [], relations: [], clusters: [] } as DesignDoc;
  const columns = Math.max(1, Math.ceil(Math.sqrt(blocks.length)));
  let rowY = 0;
  let rowHeight = 0;
  let x = 0;
  blocks.forEach((block, b) => {
    const fp = footprint(block.template);
    const cols = Math.min(2, block.replicas);
    const rows = Math.ceil(block.replicas / cols);
    // Each template site becomes one block site, wide enough to hold the block's replicas side by side.
    const scaleW = cols * (fp.width + GAP);
    const scaleH = rows * (fp.height + GAP);
    if (b % columns === 0 && b > 0) {
      rowY += rowHeight + GAP;
      rowHeight = 0;
      x = 0;
    }
    const offset = { x, y: rowY };
    for (const s of block.template.sites) {
      const size = siteSize(s);
      const pos = { x: offset.x + (s.position?.x ?? 0) * cols, y: offset.y + (s.position?.y ?? 0) * rows };
      out.sites.push({ ...s, id: `b${b}-${s.id}`, name: `${s.name} (${b})`, position: pos, size: { width: Math.min(20000, size.width * cols + GAP * (cols - 1)), height: Math.min(20000, size.height * rows + GAP * (rows - 1)) } });
    }
    for (const l of block.template.links) out.links.push({ ...l, id: `b${b}-${l.id}`, a: `b${b}-${l.a}`, b: `b${b}-${l.b}` });
    for (let r = 0; r < block.replicas; r++) {
      const inner = { x: (r % cols) * (fp.width + GAP), y: Math.floor(r / cols) * (fp.height + GAP) };
      addReplica(out, block.template, b, r, offset, inner);
    }
    x += scaleW + GAP;
    rowHeight = Math.max(rowHeight, scaleH);
  });
  return out;
}

/**
 * A valid design of about `targetNodes` nodes (whole template replicas, so the count may be a few over).
 * Throws with the validator's paths if the generated document is invalid: a benchmark on a design the app would
 * refuse measures nothing.
 */
export function generateDesign(targetNodes: number): DesignDoc {
  let perSite = DEFAULT_REPLICAS_PER_SITE;
  let design = build(targetNodes, perSite);
  while (design.sites.length > MAX_SITES) {
    perSite *= 2;
    design = build(targetNodes, perSite);
  }
  return validated(design);
}

function validated(design: DesignDoc): DesignDoc {
  const result = validateDesign(design);
  if (!result.ok) throw new Error(`generated design "${design.name}" is invalid: ${result.issues.slice(0, 5).map(formatIssue).join('; ')}`);
  return result.design;
}

/**
 * `copies` replicas of every template, each template's replicas sharing its sites: the same mix of node kinds at
 * every size (the growth exponent measures scale, not a change of mix). One copy is 66 nodes.
 */
export function galleryDesign(copies: number): DesignDoc {
  const blocks = TEMPLATES.map((t) => t.design)
    .filter((d) => d.nodes.length > 0)
    .map((template) => ({ template, replicas: copies }));
  return validated(layout(blocks, `Benchmark: ${copies} × the gallery`));
}

/** Ids of nodes of one kind, in design order (fault scripts and UI probes pick their targets here). */
export function nodesOfKind(design: DesignDoc, kind: string): string[] {
  return design.nodes.filter((n) => n.kind === kind).map((n) => n.id);
}
