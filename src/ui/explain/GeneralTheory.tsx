import type { SnapshotBase } from '../../engine/types';
import type { Params } from '../../params/schema';
import { objectiveOf } from '../views/objectiveOf';
import { cOfGTex, equilibriumTex, valueFunctionTex } from './ganMath';
import { Tex } from './Tex';

/**
 * The theory every experiment shares, with the run's latest numbers (any experiment reporting dLoss/gLoss/js):
 * the selected objective's own formulas and reference values come from its record (core/objectives).
 */
export function GeneralTheory({ snapshot, params }: { snapshot: SnapshotBase; params: Params }) {
  const m = snapshot.metrics;
  const objective = objectiveOf(params);
  const { reference } = objective;
  const probability = objective.output === 'probability';
  return (
    <>
      <h3>The game</h3>
      <p>
        D tries to tell real samples from G’s; G tries to fool it. Algorithm 1 alternates k updates of D with one of G.
        {probability ? ' For a probability D the game is the value function:' : ''}
      </p>
      {probability && <Tex tex={valueFunctionTex(m.dLoss)} />}
      <h3 data-objective={objective.id}>The losses: {objective.label}</h3>
      {!probability && (
        <p>
          Here D’s last layer is read as a raw, unbounded score (a critic): no sigmoid or clipped tanh turns it into a
          probability, so the D-output setting does not apply.
        </p>
      )}
      <Tex tex={objective.formula.d} />
      <Tex tex={objective.formula.g} />
      <h3>Where it should end</h3>
      <p>{objective.equilibrium}</p>
      <Tex tex={equilibriumTex(m.dLoss, m.gLoss, reference)} />
      {probability && m.js !== undefined && <Tex tex={cOfGTex(m.js)} />}
    </>
  );
}
