import type { Toy2dSnapshot } from '../../experiments/toy2d/snapshot';
import { coverageTex } from './ganMath';
import { Tex } from './Tex';

/** What the 2-D plot's layers show, and the coverage figures live on the Gaussian mixtures. */
export function Toy2dExplain({ snapshot }: { snapshot: Toy2dSnapshot }) {
  const m = snapshot.metrics;
  return (
    <>
      <h3>The plot</h3>
      <ul>
        <li><b>Real</b> and <b>generated</b> points, in the data’s own units (the networks see them normalised).</li>
        <li><b>D heat map</b>: D(x) over the plane, with its D = ½ contour — where D cannot tell real from fake.</li>
        <li><b>z-grid</b>: G applied to a regular grid of noise; folds and stretches show how G bends the noise plane.</li>
        <li><b>Arrows</b>: −∇ₓ of G’s loss at generated points — the direction D’s gradient pushes each fake.</li>
        <li><b>Grid KL and JS</b> (bits): how far the histograms of all real and all generated points are apart.</li>
      </ul>
      {snapshot.modes && (
        <>
          <h3>Mode coverage, live</h3>
          <p>A mode is captured when a generated point within 3σ of it has it as its nearest mode (VEEGAN).</p>
          <Tex tex={coverageTex(m.modes, snapshot.modes.length, m.highQuality)} />
        </>
      )}
    </>
  );
}
