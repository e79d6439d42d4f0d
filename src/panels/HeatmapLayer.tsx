import { useEffect, useRef } from 'react';
import { heatColour } from './heatColour';

interface Props {
  /** D(x) on a cells×cells grid, row-major with row 0 at the bottom. */
  values: Float32Array;
  cells: number;
  /** Placement over the plot area, in the plot's viewBox units. */
  left: number;
  top: number;
  width: number;
  height: number;
  frameWidth: number;
  frameHeight: number;
  /** Maps a value to the colour scale's [0, 1] (a critic's scores); probabilities are used as they are. */
  normalise?: (v: number) => number;
}

/** The discriminator layer: one canvas pixel per grid cell, stretched over the plot area. */
export function HeatmapLayer({ values, cells, left, top, width, height, frameWidth, frameHeight, normalise }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(cells, cells);
    for (let j = 0; j < cells; j++) {
      for (let i = 0; i < cells; i++) {
        const v = values[j * cells + i];
        const [r, g, b] = heatColour(normalise ? normalise(v) : v);
        const o = 4 * ((cells - 1 - j) * cells + i); // canvas rows run downwards
        image.data[o] = r;
        image.data[o + 1] = g;
        image.data[o + 2] = b;
        image.data[o + 3] = 255;
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [values, cells, normalise]);
  const pct = (v: number, total: number) => `${(100 * v) / total}%`;
  return (
    <canvas
      ref={ref}
      data-panel="heatmap"
      width={cells}
      height={cells}
      aria-label="Discriminator D(x) heat map: teal where D says real, orange where it says fake"
      style={{
        position: 'absolute', left: pct(left, frameWidth), top: pct(top, frameHeight), width: pct(width, frameWidth),
        height: pct(height, frameHeight), imageRendering: 'auto',
      }}
    />
  );
}
