import type { OnTimeContext } from './context';
import { DOMINO_PARAMS, MAIL_SERVER_PARAMS as M } from './params';
import { replicaHolders } from './topology';

/** Where OnTime reaches one mail server's mail DBs (the cluster path of the users' UserSetting). */
export interface MailDbState {
  home: string;
  /** The server whose replica OnTime reads and writes now: the home server in normal operation (OT-7). */
  target: string;
  /** No replica could be reached after the retries: Domino's mail failover is broken, so is OnTime's (OT-6). */
  broken: boolean;
  failures: number;
  lastProbeMs: number;
  /**
   * The last takeover, failback or breakdown of this mail DB: why writes to it fail or work again, and why it
   * is found again by a syncer that could always reach it (another OnTime server took its Sync over).
   */
  lastEvent: number | null;
}

/** Called with the server OnTime reached, or null when it gave up (broken). */
type Done = (target: string | null) => void;

/**
 * OT-6 / OT-7: OnTime reads and writes a mail DB at its home server. When that fails it retries a few times
 * (attempts × delay, each attempt failing after the connect timeout when the host is gone), then switches to a
 * replica on a cluster mate; with no reachable replica the mail DBs are broken for OnTime too. While on a
 * replica it probes the home server at the Domino cluster-probe interval and returns home when it answers.
 */
export class MailDbService {
  readonly state = new Map<string, MailDbState>();
  /** Counts changes of any target or broken flag (what views and REST paths show). */
  changes = 0;

  constructor(private readonly ctx: OnTimeContext) {
    for (const mail of ctx.topo.mailServers) {
      this.state.set(mail, { home: mail, target: mail, broken: false, failures: 0, lastProbeMs: 0, lastEvent: null });
    }
  }

  /** Cluster mates holding a replica of `mail`'s DBs. */
  replicas(mail: string): string[] {
    return replicaHolders(this.ctx.topo, mail, this.ctx.num(mail, M.replicaCount));
  }

  /** One access by the OnTime server `by` (a Sync pass). `still` turns false when the caller lost interest. */
  access(by: string, mail: string, still: () => boolean, done: Done): void {
    const st = this.state.get(mail);
    if (!st) return done(null);
    if (st.broken) return this.recoverFromBroken(by, mail, st, done);
    if (st.target !== st.home) this.probeHome(by, mail, st);
    this.attempt(by, mail, st, still, done);
  }

  private attempt(by: string, mail: string, st: MailDbState, still: () => boolean, done: Done): void {
    const target = st.target;
    if (this.ctx.reachable(by, target)) {
      st.failures = 0;
      return done(target);
    }
    // A refused connection fails at once; a dead host only after the TCP connect timeout.
    const hostUp = this.ctx.world.network.isHostUp(target) && this.ctx.world.network.rttMs(by, target) !== undefined;
    const failAfterMs = hostUp ? this.ctx.rttMs(by, target) : this.ctx.num(by, DOMINO_PARAMS.connectTimeoutMs);
    this.ctx.kernel.after(failAfterMs, () => {
      if (!still() || st.target !== target || st.broken) return;
      if (this.ctx.reachable(by, target)) return this.attempt(by, mail, st, still, done);
      st.failures += 1;
      const attempts = this.ctx.num(mail, M.mailDbAttempts);
      const event = this.ctx.kernel.emit(
        { type: 'maildb.unreachable', subject: mail, mailServer: mail, target, by, attempt: st.failures, attempts },
        this.ctx.whyUnreachable(by, target),
      );
      this.ctx.kernel.withCause(event.id, () => {
        if (st.failures >= attempts) return this.switchOver(by, mail, st, done);
        this.ctx.kernel.after(this.ctx.num(mail, M.mailDbRetryDelayMs), () => {
          if (still()) this.attempt(by, mail, st, still, done);
        });
      });
    });
  }

  /** The retries are used up: move to the first reachable replica holder (or home), else declare it broken. */
  private switchOver(by: string, mail: string, st: MailDbState, done: Done): void {
    const from = st.target;
    const next = [st.home, ...this.replicas(mail)].find((s) => s !== from && this.ctx.reachable(by, s));
    st.failures = 0;
    if (next === undefined) {
      st.broken = true;
      this.changes++;
      st.lastEvent = this.ctx.kernel.emit({ type: 'maildb.broken', subject: mail, mailServer: mail, home: st.home, by }).id;
      this.ctx.changed(mail);
      return done(null);
    }
    st.target = next;
    this.changes++;
    st.lastProbeMs = this.ctx.now;
    const type = next === st.home ? 'maildb.failback' : 'maildb.takeover';
    st.lastEvent = this.ctx.kernel.emit({ type, subject: mail, mailServer: mail, from, to: next, by }).id;
    this.ctx.changed(mail);
    done(next);
  }

  /** Domino's cluster manager prefers the home server again once its probe finds it up. */
  private probeHome(by: string, mail: string, st: MailDbState): void {
    if (this.ctx.now - st.lastProbeMs < this.ctx.num(mail, M.clusterProbeMs)) return;
    st.lastProbeMs = this.ctx.now;
    if (!this.ctx.reachable(by, st.home)) return;
    this.goHome(by, mail, st);
  }

  private goHome(by: string, mail: string, st: MailDbState): void {
    const from = st.target;
    st.target = st.home;
    st.broken = false;
    this.changes++;
    st.failures = 0;
    const cause = this.ctx.whyReachable(by, st.home) ?? st.lastEvent;
    // Mail DBs that never left home (no replica to fail over to) have nothing to fail back from: they are reachable again.
    const input = from === st.home ? { type: 'maildb.restored' as const, subject: mail, mailServer: mail, home: st.home, by } : { type: 'maildb.failback' as const, subject: mail, mailServer: mail, from, to: st.home, by };
    st.lastEvent = this.ctx.kernel.emit(input, cause).id;
    this.ctx.changed(mail);
  }

  /** While broken, each access quietly tries home then the replicas; the first that answers ends the outage. */
  private recoverFromBroken(by: string, mail: string, st: MailDbState, done: Done): void {
    if (this.ctx.reachable(by, st.home)) {
      this.goHome(by, mail, st);
      return done(st.home);
    }
    const replica = this.replicas(mail).find((s) => this.ctx.reachable(by, s));
    if (replica === undefined) return done(null);
    const from = st.target;
    st.target = replica;
    st.broken = false;
    this.changes++;
    st.lastProbeMs = this.ctx.now;
    st.lastEvent = this.ctx.kernel.emit({ type: 'maildb.takeover', subject: mail, mailServer: mail, from, to: replica, by }, this.ctx.whyReachable(by, replica) ?? st.lastEvent).id;
    this.ctx.changed(mail);
    done(replica);
  }
}
