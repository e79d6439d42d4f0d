import { EXPERIMENTS } from '../experiments/registry';
import { useSession, useSessionFields } from './sessionContext';

/** Experiment and preset selects; the preset's description explains what to look for. */
export function Pickers() {
  const session = useSession();
  const { experiment, preset } = useSessionFields('experiment', 'preset');
  const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
  const presets = experiment.schema.presets;
  const current = Object.prototype.hasOwnProperty.call(presets, preset) ? presets[preset] : undefined;
  return (
    <div className="pickers">
      <label>
        Experiment{' '}
        <select data-control="experiment" value={experiment.id} onChange={(e) => report(session.selectExperiment(e.target.value))}>
          {EXPERIMENTS.map((x) => (
            <option key={x.id} value={x.id}>{x.title}</option>
          ))}
        </select>
      </label>
      <label>
        Preset{' '}
        <select data-control="preset" value={preset} onChange={(e) => report(session.applyPreset(e.target.value))}>
          {Object.entries(presets).map(([id, p]) => (
            <option key={id} value={id}>{p.label}</option>
          ))}
        </select>
      </label>
      {current && <p className="preset-description">{current.description}</p>}
    </div>
  );
}
