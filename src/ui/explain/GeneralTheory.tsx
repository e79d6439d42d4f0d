import type { SnapshotBase } from '../../engine/types';
import type { Params } from '../../params/schema';
import { cOfGTex, equilibriumTex, valueFunctionTex } from './ganMath';
import { Tex } from './Tex';

/** The theory every experiment shares, with the run's latest numbers (any experiment reporting dLoss/gLoss/js). */
export function GeneralTheory({ snapshot, params }: { snapshot: SnapshotBase; params: Params }) {
  const m = snapshot.metrics;
  return (
    <>
      <h3>The game</h3>
      <p>
        D tries to tell real samples from G’s; G tries to fool it. Algorithm 1 alternates k updates of D with one of G.
      </p>
      <Tex tex={valueFunctionTex(m.dLoss)} />
      <h3>Where it should end</h3>
      <p>
        For a fixed G the best D is D*; against D* the game’s value is C(G), which is smallest (−log 4) exactly when
        p_g = p_data. Then D ≡ ½ and the losses settle at:
      </p>
      <Tex tex={equilibriumTex(m.dLoss, m.gLoss, params.loss !== 'minimax')} />
      {m.js !== undefined && <Tex tex={cOfGTex(m.js)} />}
    </>
  );
}
