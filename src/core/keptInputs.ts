import { tf } from './tf';

/**
 * Inputs a frame feeds the networks that change only with a few settings (a grid over the view, a z-grid): made once
 * per key and kept on the device until the key changes or dispose(), instead of being uploaded on every frame.
 * The value's tensors (fields, or arrays of them) are disposed with it; its other fields are plain data.
 */
export class KeptInputs<T extends object> {
  private held: { key: string; value: T } | null = null;

  get(key: string, make: () => T): T {
    if (this.held?.key === key) return this.held.value;
    this.dispose();
    const value = make();
    this.held = { key, value };
    return value;
  }

  dispose(): void {
    if (!this.held) return;
    tf.dispose(Object.values(this.held.value).flat().filter((v): v is tf.Tensor => v instanceof tf.Tensor));
    this.held = null;
  }
}
