import { EXPERIMENTS } from '../experiments/registry';
import { useSession, useSessionFields } from './sessionContext';

function useReport(): (p: Promise<unknown>) => void {
  const session = useSession();
  return (p) => void p.catch((e: Error) => session.notify(e.message, 'error'));
}

export function ExperimentSelect() {
  const session = useSession();
  const report = useReport();
  const { experiment } = useSessionFields('experiment');
  return (
    <label>
      Experiment{' '}
      <select data-control="experiment" value={experiment.id} onChange={(e) => report(session.selectExperiment(e.target.value))}>
        {EXPERIMENTS.map((x) => (
          <option key={x.id} value={x.id}>{x.title}</option>
        ))}
      </select>
    </label>
  );
}

/** The preset select; `visibleLabel` false keeps the word "Preset" for screen readers only (the compact bar). */
export function PresetSelect({ visibleLabel = true }: { visibleLabel?: boolean }) {
  const session = useSession();
  const report = useReport();
  const { experiment, preset } = useSessionFields('experiment', 'preset');
  return (
    <label className="preset-select">
      <span className={visibleLabel ? undefined : 'visually-hidden'}>Preset</span>{' '}
      <select data-control="preset" value={preset} onChange={(e) => report(session.applyPreset(e.target.value))}>
        {Object.entries(experiment.schema.presets).map(([id, p]) => (
          <option key={id} value={id}>{p.label}</option>
        ))}
      </select>
    </label>
  );
}

export function PresetDescription() {
  const { experiment, preset } = useSessionFields('experiment', 'preset');
  const presets = experiment.schema.presets;
  const current = Object.prototype.hasOwnProperty.call(presets, preset) ? presets[preset] : undefined;
  return current ? <p className="preset-description">{current.description}</p> : null;
}

/** Experiment and preset selects; the preset's description explains what to look for. */
export function Pickers({ preset = true }: { preset?: boolean }) {
  return (
    <div className="pickers">
      <ExperimentSelect />
      {preset && <PresetSelect />}
      <PresetDescription />
    </div>
  );
}
