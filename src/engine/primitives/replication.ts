import type { Kernel } from '../kernel/kernel';
import type { Network } from '../network/network';

export type ReplicationMode = 'sync' | 'async';

export interface ReplicationConfig {
  /** Host of the source and of the target (design node ids). */
  from: string;
  to: string;
  mode: ReplicationMode;
  /** How often the source ships what it has (async) or confirms it is in step (sync). */
  shipIntervalMs: number;
}

/**
 * A replication stream from a source to a target (Data Guard redo, storage mirroring, Coherence federation,
 * session replication). The target has applied the source's changes up to `appliedThroughMs` (source time).
 *
 * Sync: each change is acknowledged by the target before it commits, so while the target is reachable
 * nothing can be lost; when it is not, the stream falls behind from that moment. Async: the source ships
 * every interval; what was written since the last shipment that arrived is at risk.
 */
export class ReplicationStream {
  private appliedThrough: number;
  /** The source's changes run up to here: now while it is active, frozen when it died. */
  private sourceThrough: number;
  private wasActive = true;
  private connected = true;
  private generation = 0;
  /** The next shipment of the current generation: one function per start rather than a new closure per shipment. */
  private nextShipment: () => void = () => undefined;

  constructor(
    private readonly kernel: Kernel,
    private readonly network: Network,
    readonly config: ReplicationConfig,
    /** Whether the source is producing changes now (a stopped database writes nothing). */
    private readonly sourceActive: () => boolean = () => true,
    /** Whether the target is able to apply changes (a database that is a standby, a running cache…). */
    private readonly targetReady: () => boolean = () => true,
  ) {
    this.appliedThrough = kernel.now;
    this.sourceThrough = kernel.now;
  }

  get appliedThroughMs(): number {
    return this.appliedThrough;
  }

  /** Whether the last shipment reached the target. */
  get isConnected(): boolean {
    return this.connected;
  }

  /** Starts shipping (again). */
  start(): void {
    const gen = ++this.generation;
    this.nextShipment = () => this.ship(gen);
    this.ship(gen);
  }

  stop(): void {
    this.generation++;
  }

  /** The source just stopped producing (it crashed): its changes end now, not at the last shipment. */
  sourceStopped(): void {
    this.sourceThrough = this.kernel.now;
    this.wasActive = false;
  }

  /** How far the target is behind the source right now, in ms. */
  lagMs(): number {
    if (!this.sourceActive()) return 0;
    if (this.config.mode === 'sync' && this.connected) return Math.round((this.network.rttMs(this.config.from, this.config.to) ?? 0) / 2);
    return Math.max(0, this.kernel.now - this.appliedThrough);
  }

  /**
   * What the target misses if the source dies now (or has died): changes of this many ms, the RPO. Sync
   * replication that was in step when the source stopped loses nothing.
   */
  lostIfSourceDiesMs(): number {
    if (this.config.mode === 'sync' && this.connected) return 0;
    const through = this.sourceActive() ? this.kernel.now : this.sourceThrough;
    return Math.max(0, through - this.appliedThrough);
  }

  private ship(gen: number): void {
    if (gen !== this.generation) return;
    const sentAt = this.kernel.now;
    const active = this.sourceActive();
    // A source that comes back to life (a new primary) starts a fresh stream: the target is reinstated.
    if (active && !this.wasActive) this.appliedThrough = sentAt;
    if (active) {
      this.wasActive = true;
      this.sourceThrough = sentAt;
      const sent = this.network.send(this.config.from, this.config.to, () => {
        if (gen !== this.generation || !this.targetReady()) return;
        this.appliedThrough = Math.max(this.appliedThrough, sentAt);
        this.connected = true;
      });
      if (!sent || !this.targetReady()) this.connected = false;
      // A shipment that left but will not arrive (the target died in flight) is noticed at the next one.
      else if (!this.network.isHostUp(this.config.to)) this.connected = false;
    } else {
      this.wasActive = false;
    }
    // `gen` is current here, so the next shipment is this generation's.
    this.kernel.after(this.config.shipIntervalMs, this.nextShipment, null);
  }
}
