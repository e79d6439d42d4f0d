/**
 * Inline SVG icons drawn with the text colour, so they render the same on every system (emoji glyphs show as empty
 * boxes where no emoji font is installed). Decorative only: the button beside them carries the text or aria-label.
 */
const PATHS = {
  play: { fill: 'M7 4.5v15l12.5-7.5z' },
  pause: { fill: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z' },
  step: { fill: 'M5 4.5v15l10.5-7.5zM16.5 4.5H19v15h-2.5z' },
  reset: { stroke: 'M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 4v4.7h4.7' },
  link: { stroke: 'M10 14a4 4 0 0 0 5.7 0l3.1-3.1a4 4 0 0 0-5.7-5.7l-1.2 1.2M14 10a4 4 0 0 0-5.7 0l-3.1 3.1a4 4 0 0 0 5.7 5.7l1.2-1.2' },
  check: { stroke: 'M4.5 12.5l5 5 10-11' },
  fullscreen: { stroke: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5' },
  controls: { stroke: 'M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1M15 4.5v4M9 10v4M17 15.5v4' },
  close: { stroke: 'M6 6l12 12M18 6L6 18' },
  presenter: { stroke: 'M3 4.5h18v11H3zM12 15.5V20M8 20h8' },
} as const satisfies Record<string, { fill: string } | { stroke: string }>;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  const shape: { fill?: string; stroke?: string } = PATHS[name];
  return (
    <svg className="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      {shape.fill !== undefined && <path d={shape.fill} fill="currentColor" />}
      {shape.stroke !== undefined && (
        <path d={shape.stroke} fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}
