import { describe, expect, it } from 'vitest';
import { runScenario, type DesignDoc } from '../../engine';
import { templateById } from '../../templates';
import { castDemo } from './demoRoles';
import { DEMOS } from './demos';

const template = (id: string) => structuredClone(templateById(id)!.design);
const demo = (key: string) => DEMOS.find((d) => d.titleKey === `live.demo.${key}.title`)!;

/** The same design with every id renamed (what a user's own design looks like to the matcher). */
function renamed(design: DesignDoc, prefix: string): DesignDoc {
  const map = (id: string) => `${prefix}${id}`;
  const text = JSON.stringify(design);
  const ids = [...design.nodes.map((n) => n.id), ...design.sites.map((s) => s.id), ...design.links.map((l) => l.id)].sort((a, b) => b.length - a.length);
  return JSON.parse(ids.reduce((t, id) => t.replaceAll(`"${id}"`, `"${map(id)}"`), text)) as DesignDoc;
}

describe('scenarios on the user’s design (issue 15 §5)', () => {
  it.each(DEMOS.map((d) => [d.scenario, d.titleKey, d.templateId] as const))('%s (%s) on its own template %s: the very script it always had', (_s, key, templateId) => {
    const d = DEMOS.find((x) => x.titleKey === key)!;
    expect(castDemo(d, template(templateId))).toMatchObject({ ok: true, script: d.script });
  });

  it('S1 on an OnTime design of the user’s own (other ids): re-targeted to its server with a peer; S2 needs a colocated server', () => {
    const mine = renamed(template('ontime-minimal'), 'my-');
    expect(castDemo(demo('S1'), mine)).toMatchObject({ ok: true, script: [{ fault: { target: 'my-OT1', process: 'ontime' } }, { fault: { target: 'my-OT1' } }] });
    expect(castDemo(demo('S2'), mine)).toEqual({ ok: false, missing: ['colocatedPair'] });
  });

  it('S2 on a colocated OnTime design of the user’s own: re-targeted, and the load balancer notices the server is gone', () => {
    const mine = renamed(template('ontime-p1-colocated'), 'my-');
    const cast = castDemo(demo('S2'), mine);
    expect(cast).toMatchObject({ ok: true, script: [{ fault: { kind: 'crashHost', target: 'my-OT1' } }, { fault: { kind: 'recoverHost', target: 'my-OT1' } }] });
    const { events } = runScenario(mine, { faults: cast.ok ? cast.script : [], untilMs: 170_000 });
    expect(events.some((e) => e.type === 'lb.markedDown' && 'member' in e && e.member === 'my-OT1')).toBe(true);
  });

  it('S3–S8 on a WebLogic design with other ids: sites, servers and the link re-targeted', () => {
    const mine = renamed(template('weblogic-maa'), 'x');
    expect(castDemo(demo('S3'), mine)).toMatchObject({ ok: true, script: [{ fault: { target: 'xMS1' } }] });
    expect(castDemo(demo('S4'), mine)).toMatchObject({ ok: true, script: [{ fault: { target: 'xMS1' } }, { fault: { target: 'xMS2' } }] });
    expect(castDemo(demo('S5'), mine)).toMatchObject({ ok: true, script: [{ fault: { kind: 'siteDown', target: 'xsite1' } }] });
    expect(castDemo(demo('S6'), mine)).toMatchObject({ ok: true, script: [{ fault: { kind: 'maintenance', target: 'xsite1' } }] });
    expect(castDemo(demo('S7'), mine)).toMatchObject({ ok: true, script: [{ fault: { kind: 'partition', from: ['xsite1'], to: ['xsite2'] } }, { fault: { kind: 'heal' } }] });
    expect(castDemo(demo('S8'), mine)).toMatchObject({ ok: true, script: [{ fault: { kind: 'setRtt', target: 'xman', rttMs: 20 } }] });
    // The reference design has none of the mistakes: that comparison needs its own template.
    expect(castDemo(demo('S7mistakes'), mine)).toEqual({ ok: false, missing: ['mistakes'] });
  });

  it('S3–S8 on an OnTime design: each says which role is missing', () => {
    const ontime = template('ontime-minimal');
    expect(['S3', 'S4', 'S5', 'S6', 'S7', 'S8'].map((k) => castDemo(demo(k), ontime))).toEqual(
      ['wlServer', 'wlPair', 'standbySite', 'maintenanceSite', 'siteLink', 'siteLink'].map((role) => ({ ok: false, missing: [role] })),
    );
  });

  it('S5, S8 on a one-site WebLogic design (site 2 removed): no standby site, no link', () => {
    const d = template('weblogic-maa');
    const oneSite: DesignDoc = {
      ...d,
      sites: d.sites.filter((s) => s.id === 'site1'),
      links: [],
      nodes: d.nodes.filter((n) => n.siteId !== 'site2'),
      relations: d.relations.filter((r) => [r.from, r.to].every((id) => d.nodes.find((n) => n.id === id)?.siteId !== 'site2')),
      clusters: d.clusters.map((c) => ({ ...c, members: c.members.filter((id) => d.nodes.find((n) => n.id === id)?.siteId !== 'site2') })).filter((c) => c.members.length > 0),
    };
    expect(castDemo(demo('S5'), oneSite)).toEqual({ ok: false, missing: ['standbySite'] });
    expect(castDemo(demo('S8'), oneSite)).toEqual({ ok: false, missing: ['siteLink'] });
    expect(castDemo(demo('S4'), oneSite)).toMatchObject({ ok: true });
  });

  it('S1 on an OnTime cluster of one server (no peer): the OnTime pair is missing', () => {
    const d = template('ontime-minimal');
    const lonely: DesignDoc = { ...d, clusters: d.clusters.map((c) => ({ ...c, members: ['OT1'] })) };
    expect(castDemo(demo('S1'), lonely)).toEqual({ ok: false, missing: ['ontimePair'] });
  });
});
