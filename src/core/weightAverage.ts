// An averaged generator: an exponential moving average of a packed network's parameters, updated after each of its
// training updates and used only to draw samples (Yazıcı et al. 2019, "The unusual effectiveness of averaging in
// GAN training"). Training itself never reads it, so it works the same whichever path the update took.
import { tf } from './tf';
import { PackedMlp } from './packedMlp';

export class WeightAverage {
  /** A network of the same shape whose θ is the average θ̄. */
  readonly net: PackedMlp;

  constructor(private readonly source: PackedMlp) {
    this.net = new PackedMlp(source.spec);
    this.restart();
  }

  /** θ̄ ← θ: the average starts again from the current parameters. */
  restart(): void {
    this.net.theta.assign(this.source.theta);
  }

  /** θ̄ ← β·θ̄ + (1 − β)·θ, one update after each update of θ. */
  update(beta: number): void {
    tf.tidy(() => this.net.theta.assign(tf.add(tf.mul(this.net.theta, beta), tf.mul(this.source.theta, 1 - beta))));
  }

  dispose(): void {
    this.net.dispose();
  }
}
