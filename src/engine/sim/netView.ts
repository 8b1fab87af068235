import type { World } from './world';
import type { LinkTraffic, LinkView, NetView } from './view';

/**
 * The network as it is now, for the frame: every design link with its traffic (cut while it is down, while a site
 * at either end has no power, or while a two-way partition separates its sites; one way while only a one-way
 * partition does), its round trip now and as designed; the partitions in force; the sites without power.
 */
export function netView(world: World): NetView {
  const network = world.network;
  const partitions = network.activePartitions();
  const links: Record<string, LinkView> = {};
  for (const link of world.design.links) {
    if (!network.hasLink(link.id)) continue;
    const down = !network.isLinkUp(link.id);
    // Each direction is cut by a partition from one end's site to the other's (a two-way one cuts both).
    let ab = false;
    let ba = false;
    for (const p of partitions) {
      const fromA = p.from.includes(link.a) && p.to.includes(link.b);
      const fromB = p.from.includes(link.b) && p.to.includes(link.a);
      ab ||= fromA || (!p.oneWay && fromB);
      ba ||= fromB || (!p.oneWay && fromA);
    }
    const cut = down || world.downSites.has(link.a) || world.downSites.has(link.b) || (ab && ba);
    const traffic: LinkTraffic = cut ? 'cut' : ab || ba ? 'oneWay' : 'up';
    links[link.id] = { traffic, down, rttMs: network.linkRttMs(link.id) ?? link.rttMs, designRttMs: link.rttMs };
  }
  return {
    links,
    partitions: partitions.map((p) => ({ id: p.id, from: [...p.from], to: [...p.to], oneWay: p.oneWay })),
    downSites: [...world.downSites],
  };
}
