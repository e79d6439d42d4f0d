// Seeded randomness. Every random draw in a run derives from the run's seed, so the same seed, backend and
// parameters give the same run.

/** mulberry32: a tiny, fast 32-bit PRNG with good statistical quality for teaching-scale needs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one well-spread 31-bit seed (for tfjs random ops, which take a number seed). */
export function deriveSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    let v = Math.floor(p) >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
      v >>>= 8;
    }
  }
  // final avalanche
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h & 0x7fffffff;
}

/** Named random streams, so adding a draw in one place does not shift every other draw. */
export const Stream = {
  initD: 1,
  initG: 2,
  data: 3,
  noiseD: 4,
  noiseG: 5,
  pretrain: 6,
  view: 7,
  dataShuffle: 8,
  /** WGAN-GP's interpolation weights ε. */
  interpolate: 9,
  /** A conditional GAN's labels for the G step. */
  labelsG: 10,
  /** The data a frame compares G's samples with (the 1-D critic's W1 estimate). */
  viewData: 11,
} as const;
