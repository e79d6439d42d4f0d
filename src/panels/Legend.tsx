export interface LegendItem {
  label: string;
  stroke: string;
  width?: number;
  dash?: string;
  fill?: string;
}

/** A legend row drawn with the same strokes as the chart, so it reads in greyscale too. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((it) => (
        <li key={it.label}>
          <svg width={28} height={12} aria-hidden="true">
            {it.fill ? (
              <rect x={2} y={1} width={24} height={10} fill={it.fill} stroke={it.stroke} />
            ) : (
              <line x1={2} x2={26} y1={6} y2={6} stroke={it.stroke} strokeWidth={it.width ?? 2} strokeDasharray={it.dash || undefined} />
            )}
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}
