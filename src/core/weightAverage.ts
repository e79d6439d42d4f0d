// An averaged generator: an exponential moving average of a packed network's parameters, updated after each of its
// training updates and used only to draw samples (Yazıcı et al. 2019, "The unusual effectiveness of averaging in
// GAN training"). Training itself never reads it, so it works the same whichever path the update took.
import { tf } from './tf';
import { PackedMlp } from './packedMlp';

export class WeightAverage {
  /** A network of the same shape whose θ is the average θ̄. */
  readonly net: PackedMlp;
  /** Updates since the average last started. */
  private updates = 0;

  constructor(private readonly source: PackedMlp) {
    this.net = new PackedMlp(source.spec);
    this.restart();
  }

  /** θ̄ ← θ: the average starts again from the current parameters. */
  restart(): void {
    this.net.theta.assign(this.source.theta);
    this.updates = 0;
  }

  /**
   * θ̄ ← β_t·θ̄ + (1 − β_t)·θ, one update after each update of θ, with β_t = min(β, (1 + t)/(10 + t)) after t updates
   * (TensorFlow's ExponentialMovingAverage with num_updates): early on, while G still travels, the average follows
   * it closely; later it averages over about 1/(1 − β) updates.
   */
  update(beta: number): void {
    const t = this.updates++;
    const b = Math.min(beta, (1 + t) / (10 + t));
    tf.tidy(() => this.net.theta.assign(tf.add(tf.mul(this.net.theta, b), tf.mul(this.source.theta, 1 - b))));
  }

  dispose(): void {
    this.net.dispose();
  }
}
