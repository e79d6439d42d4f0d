import type { ParamGroup, ParamSpec, ParamValue } from '../params/schema';
import { useSession, useSessionFields } from './sessionContext';
import { useViewOptions } from './teaching/viewOptions';
import { NumberControl } from './controls/NumberControl';
import { ChoiceControl } from './controls/ChoiceControl';
import { BooleanControl } from './controls/BooleanControl';
import { LayersControl } from './controls/LayersControl';
import { lossChoice } from '../experiments/objectiveEntry';
import { isObjectiveId } from '../core/objectives';

const GROUPS: { id: ParamGroup; title: string }[] = [
  { id: 'data', title: 'Data' },
  { id: 'networks', title: 'Networks' },
  { id: 'training', title: 'Training' },
  { id: 'run', title: 'Run' },
];

/** Every schema entry of the current experiment as a control, grouped; each change goes through setParams. */
export function Controls() {
  const session = useSession();
  const { experiment, params } = useSessionFields('experiment', 'params');
  const { hide } = useViewOptions();
  const set = (key: string, value: ParamValue) => {
    // choosing a loss in the menu also applies its recommended settings (WGAN: RMSProp, η, k, clip) and says so
    const choice = key === 'loss' && typeof value === 'string' && isObjectiveId(value) ? lossChoice(value) : { params: { [key]: value }, notice: null };
    session
      .setParams(choice.params)
      .then(() => choice.notice && session.notify(choice.notice, 'info'))
      .catch((e: Error) => session.notify(e.message, 'error'));
  };
  const render = (spec: ParamSpec) => {
    const v = params[spec.key];
    switch (spec.kind) {
      case 'number':
        return <NumberControl key={spec.key} spec={spec} value={Number(v)} onChange={(x) => set(spec.key, x)} />;
      case 'choice':
        return <ChoiceControl key={spec.key} spec={spec} value={String(v)} onChange={(x) => set(spec.key, x)} />;
      case 'boolean':
        return <BooleanControl key={spec.key} spec={spec} value={v === true} onChange={(x) => set(spec.key, x)} />;
      case 'layers':
        return <LayersControl key={spec.key} spec={spec} value={String(v)} onChange={(x) => set(spec.key, x)} />;
    }
  };
  if (hide.all) return null;
  return (
    <aside className="controls" aria-label="Parameters">
      {GROUPS.filter((g) => !hide.groups?.includes(g.id)).map((g) => {
        // the speed sits beside Play (SpeedControl), not among the model's parameters
        const entries = experiment.schema.entries.filter((e) => e.group === g.id && e.key !== 'speed' && !hide.keys.includes(e.key));
        if (!entries.length) return null;
        return (
          <fieldset key={g.id}>
            <legend>{g.title}</legend>
            {entries.map(render)}
          </fieldset>
        );
      })}
      <p className="hint">Sliders marked in the Networks group (and the seed) rebuild the networks; the rest act live.</p>
    </aside>
  );
}
