import { scaleBand, scaleLinear } from 'd3-scale';
import { Axis } from './Axis';
import { innerHeight, innerWidth, makeFrame, STYLE } from './frame';
import { useHoverIndex } from './useHoverIndex';

export interface ClassHistogramProps {
  /** How many generated digits the classifier put in each class 0–9, or null before the first evaluation. */
  counts: number[] | null;
  step: number | null;
  score: number | null;
  realScore: number | null;
  /** A conditional GAN's share of samples classed as the digit each was asked for (100 of each), or undefined. */
  agreement?: number;
}

const frame = makeFrame(640, 220);

/** The class histogram of generated digits (missing bars = mode collapse) and the classifier score. */
export function ClassHistogram({ counts, step, score, realScore, agreement }: ClassHistogramProps) {
  const w = innerWidth(frame);
  const h = innerHeight(frame);
  const total = counts ? counts.reduce((a, b) => a + b, 0) : 0;
  const x = scaleBand<number>().domain([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).range([0, w]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(0.3, ...(counts ?? []).map((c) => c / Math.max(total, 1)))]).range([h, 0]).nice();
  const { index: hover, setIndex, focusProps } = useHoverIndex(counts ? 10 : 0);
  const share = (c: number) => `${c} of ${total} (${((100 * c) / Math.max(total, 1)).toFixed(1)}%)`;
  const fmt = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : v.toFixed(2));
  return (
    <figure className="panel" data-panel="classes" aria-label="Classes of generated digits">
      <figcaption>Which digits does G draw? {step !== null && <span className="hint">(1,000 samples, step {step})</span>}</figcaption>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" className="focusable-chart"
        aria-label="Class histogram; arrow keys read out one class at a time" {...focusProps} onPointerLeave={() => setIndex(null)}
      >
        <g transform={`translate(${frame.margin.left},${frame.margin.top})`}>
          <line x1={0} x2={w} y1={y(0.1)} y2={y(0.1)} stroke={STYLE.half.stroke} strokeDasharray={STYLE.half.dash} />
          <text x={w - 4} y={y(0.1) - 4} textAnchor="end" fontSize={10} fill={STYLE.half.stroke}>uniform 10%</text>
          {counts?.map((c, digit) => (
            <rect
              key={digit} className="class-bar" x={x(digit)} width={x.bandwidth()} y={y(c / total)} height={h - y(c / total)}
              fill={STYLE.generatedFill} stroke={STYLE.generated.stroke} strokeWidth={hover === digit ? 3 : 1} pointerEvents="none"
            />
          ))}
          {/* Full-height columns take the pointer, so an empty class (a collapsed mode) can be read too. */}
          {counts?.map((c, digit) => (
            <rect
              key={`t${digit}`} className="hover-target class-column" data-digit={digit} x={x(digit)} width={x.bandwidth()} y={0} height={h}
              fill="transparent" onPointerEnter={() => setIndex(digit)}
            >
              <title>{`digit ${digit}: ${share(c)}`}</title>
            </rect>
          ))}
          <Axis scale={y} orient="left" at={0} ticks={4} label="share" />
          {x.domain().map((d) => (
            <text key={d} x={(x(d) ?? 0) + x.bandwidth() / 2} y={h + 16} textAnchor="middle" fontSize={12} fill="currentColor">{d}</text>
          ))}
        </g>
      </svg>
      <div className="hover-value" data-hover="classes" aria-live="polite">
        {hover !== null && counts ? `generated digits classed as ${hover}: ${share(counts[hover])}` : '\u00a0'}
      </div>
      <dl className="scores">
        <div title="exp(E[KL(p(y|x) ‖ p(y))]) with the digit classifier: 1 = one class or ambiguous strokes, 10 = confident and balanced">
          <dt>classifier score, generated</dt>
          <dd data-metric="classifierScore">{fmt(score)}</dd>
        </div>
        <div title="The same score on the 1,000 real held-out digits: what a perfect generator would reach">
          <dt>same score, real held-out digits</dt>
          <dd>{fmt(realScore)}</dd>
        </div>
        {agreement !== undefined && (
          <div title="Conditional GAN: of 100 samples asked for each digit, the share the classifier reads as that digit">
            <dt>classed as the digit asked for</dt>
            <dd data-metric="labelAgreement">{(100 * agreement).toFixed(1)}%</dd>
          </div>
        )}
      </dl>
    </figure>
  );
}
