import { beforeEach, describe, expect, it } from 'vitest';
import { openDesign, useAppStore } from '../../../state/store';
import { defaultDesign } from '../../../state/initialDesign';
import { componentsOf, validateDesign } from '../../../engine';
import { templateById } from '../../../templates';
import { setReliability } from './reliabilityEdits';

const history = () => useAppStore.temporal.getState();

describe("a site's and a link's MTBF/MTTR (issue 14)", () => {
  beforeEach(() => openDesign(defaultDesign()));

  it('sets, resets and undoes them as design edits; the file stays valid and the availability reads them', () => {
    const original = useAppStore.getState().design;
    const site = original.sites.find((s) => original.nodes.some((n) => n.siteId === s.id))!;
    expect(site.mtbfHours).toBeUndefined();
    useAppStore.getState().editDesign((d) => setReliability(d, 'site', site.id, 'mtbfHours', 1234));
    const edited = useAppStore.getState().design;
    expect(edited.sites.find((s) => s.id === site.id)!.mtbfHours).toBe(1234);
    expect(validateDesign(JSON.parse(JSON.stringify(edited))).ok).toBe(true);
    expect(componentsOf(edited).find((c) => c.id === site.id)).toMatchObject({ element: 'site', mtbfHours: 1234, estimated: { mtbfHours: false, mttrHours: true } });
    // Reset: the key is gone (not set to undefined), so the estimate applies and the saved file omits it.
    useAppStore.getState().editDesign((d) => setReliability(d, 'site', site.id, 'mtbfHours', undefined));
    expect('mtbfHours' in useAppStore.getState().design.sites.find((s) => s.id === site.id)!).toBe(false);
    history().undo();
    expect(useAppStore.getState().design.sites.find((s) => s.id === site.id)!.mtbfHours).toBe(1234);
    history().undo();
    expect(useAppStore.getState().design).toBe(original);
  });

  it('changes only the link named', () => {
    const d = templateById('ontime-p2-two-sites')!.design;
    const [first, ...rest] = d.links;
    expect(first).toBeDefined();
    const next = setReliability(d, 'link', first!.id, 'mttrHours', 2);
    expect(next.links[0]).toEqual({ ...first, mttrHours: 2 });
    expect(next.links.slice(1)).toEqual(rest);
    expect(next.sites).toBe(d.sites);
  });
});
