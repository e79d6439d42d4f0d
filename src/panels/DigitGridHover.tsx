import type { PointerEvent, ReactNode } from 'react';
import { gridCell } from './hover';
import { useHoverIndex } from './useHoverIndex';

interface Props {
  /** Hook for tests: the read-out carries data-hover="<name>". */
  name: string;
  /** What one digit is called in the read-out, e.g. "generated sample". */
  what: string;
  count: number;
  columns: number;
  /** D(x) per digit when known (the live grid), else null (older timeline frames keep pixels only). */
  scores: ArrayLike<number> | null;
  /** Extra words for digit i (e.g. its t on an interpolation line). */
  detail?: (i: number) => string;
  children: ReactNode;
}

/** Wraps a digit grid: hovering a digit (or moving with the arrow keys) outlines it and reads out which it is and D(x). */
export function DigitGridHover({ name, what, count, columns, scores, detail, children }: Props) {
  const rows = Math.ceil(count / columns);
  const { index, setIndex, focusProps } = useHoverIndex(count);
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setIndex(gridCell((e.clientX - box.left) / box.width, (e.clientY - box.top) / box.height, columns, rows));
  };
  const row = index === null ? 0 : Math.floor(index / columns);
  const col = index === null ? 0 : index % columns;
  const score = index !== null && scores && Number.isFinite(scores[index]) ? ` · D(x) = ${scores[index].toFixed(3)}` : '';
  const extra = index !== null && detail ? ` · ${detail(index)}` : '';
  return (
    <div className="digit-hover">
      <div
        className="digit-hover-area focusable-chart" role="group" aria-label={`${what}s; arrow keys read out one digit at a time`}
        onPointerMove={onMove} onPointerLeave={() => setIndex(null)} {...focusProps}
      >
        {children}
        {index !== null && (
          <div
            className="digit-hover-box" aria-hidden="true"
            style={{ left: `${(100 * col) / columns}%`, top: `${(100 * row) / rows}%`, width: `${100 / columns}%`, height: `${100 / rows}%` }}
          />
        )}
      </div>
      <div className="hover-value" data-hover={name} aria-live="polite">
        {index === null ? '\u00a0' : `${what} ${index + 1} (row ${row + 1}, column ${col + 1})${extra}${score}`}
      </div>
    </div>
  );
}
