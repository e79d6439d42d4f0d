import { useEffect, useRef } from 'react';

const SIDE = 28;

export interface DigitCanvasProps {
  /** count × 784 greyscale pixels, row-major; values in [0, max]. */
  pixels: ArrayLike<number>;
  count: number;
  columns: number;
  /** 1 for floats in [0, 1], 255 for bytes. */
  max?: number;
  /** CSS width in pixels of one digit. */
  cellSize?: number;
  label: string;
  className?: string;
}

/** Draws digits as a grid on one canvas: ink is dark on white, like pencil on paper. */
export function DigitCanvas({ pixels, count, columns, max = 1, cellSize = 28, label, className }: DigitCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const rows = Math.ceil(count / columns);
  const gap = 1;
  const width = columns * (SIDE + gap) - gap;
  const height = rows * (SIDE + gap) - gap;
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(width, height);
    image.data.fill(255);
    for (let n = 0; n < count; n++) {
      const x0 = (n % columns) * (SIDE + gap);
      const y0 = Math.floor(n / columns) * (SIDE + gap);
      for (let p = 0; p < SIDE * SIDE; p++) {
        const v = Math.max(0, Math.min(1, pixels[n * SIDE * SIDE + p] / max));
        const o = 4 * ((y0 + Math.floor(p / SIDE)) * width + x0 + (p % SIDE));
        const shade = Math.round(255 * (1 - v));
        image.data[o] = image.data[o + 1] = image.data[o + 2] = shade;
      }
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels, count, columns, max, width, height]);
  const scale = cellSize / SIDE;
  return (
    <canvas
      ref={ref}
      className={className ? `digits ${className}` : 'digits'}
      width={width}
      height={height}
      style={{ width: width * scale, height: height * scale }}
      role="img"
      aria-label={label}
    />
  );
}
