import type { Gaussian1dSnapshot } from '../../experiments/gaussian1d/snapshot';
import type { Params } from '../../params/schema';
import { objectiveOf } from '../views/objectiveOf';
import { optimalDTex } from './ganMath';
import { Tex } from './Tex';

/** Index of the grid point nearest x. */
function nearest(grid: Float64Array, x: number): number {
  let best = 0;
  for (let i = 1; i < grid.length; i++) if (Math.abs(grid[i] - x) < Math.abs(grid[best] - x)) best = i;
  return best;
}

/** What the 1-D panels show, and D* evaluated live at the data mean μ. */
export function Gaussian1dExplain({ snapshot, params }: { snapshot: Gaussian1dSnapshot; params: Params }) {
  const i = nearest(snapshot.grid, Number(params.mu));
  const at = { x: snapshot.grid[i], pData: snapshot.pData[i], pG: snapshot.pgKde[i], d: snapshot.dGrid[i] };
  return (
    <>
      <h3>The plots</h3>
      <ul>
        <li><b>Distributions</b>: p_data (the target’s exact pdf; with your own values, their kernel density estimate over their histogram), p_g (a smoothed density of 5,000 samples of G, with their histogram), D(x) and the optimal D*(x) for the current G. Hover to read values.</li>
        <li><b>z → x</b>: each line joins a noise value z to G(z). Crossing lines mean G folds the noise; lines bunching up make density.</li>
        <li><b>Losses</b>: D’s and G’s losses per step, with their equilibrium values dashed.</li>
        <li><b>Divergences</b>: how far p_g is from p_data — JSD, W1 and C(G). Hover to read values.</li>
      </ul>
      <h3>The optimal discriminator, live at x ≈ μ</h3>
      {objectiveOf(params).reference.output === null ? (
        <p data-explain="no-d-star">
          This loss has no optimal D of the form p_data / (p_data + p_g): D is a critic whose scores are only compared
          with each other, so the panel draws neither D* nor the ½ line. The critic is at its best where its scores
          separate the two distributions: for WGAN and WGAN-GP the gap E[D(x)] − E[D(G(z))] estimates the Wasserstein
          distance; for hinge, reals score above 1 and fakes below −1.
        </p>
      ) : (
        <Tex tex={optimalDTex(at)} />
      )}
    </>
  );
}
