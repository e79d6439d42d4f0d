import type { MnistSnapshot } from '../../experiments/mnist/snapshot';
import { classifierScoreTex } from './ganMath';
import { Tex } from './Tex';

/** What the MNIST panels show, and the classifier score live. */
export function MnistExplain({ snapshot }: { snapshot: MnistSnapshot }) {
  const c = snapshot.classes;
  return (
    <>
      <h3>The panels</h3>
      <ul>
        <li><b>Samples</b>: G(z) for the same 64 noise vectors every frame, beside real digits; the timeline keeps earlier grids.</li>
        <li><b>Classes</b>: what a digit classifier (96% on held-out digits) calls 1,000 generated digits. Missing bars are missing modes.</li>
        <li><b>Paper</b>: Goodfellow et al.’s Table 1 and, on demand, a Parzen-window log-likelihood for this run.</li>
        <li><b>Nearest training digit</b>: a sample that is a copy of a training digit would be memorisation, not generation.</li>
      </ul>
      <h3>The classifier score, live</h3>
      <p>High when each digit is clearly one class and all classes appear; 10 is the most ten classes allow.</p>
      <Tex tex={classifierScoreTex(c?.score, c?.realScore)} />
    </>
  );
}
