// The Compare… dialog: one setting of the experiment and run B's value for it. Starting a comparison restarts both
// runs from the seed (session setCompare); the schema's own checks refuse a bad value, and the dialog shows why.
import { useEffect, useRef, useState } from 'react';
import { comparableKeys } from '../../params/compare';
import { findSpec, type ParamSpec } from '../../params/schema';
import { useSession, useSessionFields } from '../sessionContext';
import './compare.css';

/** The value field for one schema entry: a list of its options, or a text field (numbers, layer lists). */
function ValueField({ spec, value, onChange }: { spec: ParamSpec; value: string; onChange: (v: string) => void }) {
  if (spec.kind === 'choice' || spec.kind === 'boolean') {
    const options = spec.kind === 'choice' ? spec.options : [{ value: 'true', label: 'on' }, { value: 'false', label: 'off' }];
    return (
      <select data-compare="value" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  }
  const hint = spec.kind === 'number' ? `${spec.min} to ${spec.max}` : 'e.g. 16,16';
  return <input data-compare="value" value={value} placeholder={hint} onChange={(e) => onChange(e.target.value)} />;
}

export default function CompareDialog({ onClose }: { onClose: () => void }) {
  const session = useSession();
  const { experiment, params, compare } = useSessionFields('experiment', 'params', 'compare');
  const ref = useRef<HTMLDialogElement>(null);
  const keys = comparableKeys(experiment.schema);
  const [key, setKey] = useState(compare?.key ?? (keys.includes('loss') ? 'loss' : keys[0]));
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const spec = findSpec(experiment.schema, key);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  // a new key starts from a value that differs from run A's (the first other option), or A's number to edit
  useEffect(() => {
    if (!spec) return;
    const current = String(params[key]);
    const other = spec.kind === 'choice' ? spec.options.find((o) => o.value !== current)?.value : spec.kind === 'boolean' ? String(!params[key]) : current;
    setValue(other ?? current);
    setError(null);
    // only a change of key resets the value; A's parameters changing meanwhile must not overwrite what was typed
  }, [key]);
  const run = async (update: Record<string, unknown> | null) => {
    setBusy(true);
    try {
      await session.setCompare(update);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="compare-dialog" aria-labelledby="compare-title" data-dialog="compare" onClose={onClose}>
      <h2 id="compare-title">Compare two runs</h2>
      <p>
        Run B is this run with one setting changed: same seed, same data, trained step for step beside it. Every panel
        shows both. Starting a comparison restarts both runs at step 0.
      </p>
      <label>
        Setting{' '}
        <select data-compare="key" value={key} onChange={(e) => setKey(e.target.value)}>
          {keys.map((k) => <option key={k} value={k}>{findSpec(experiment.schema, k)?.label ?? k}</option>)}
        </select>
      </label>
      <p>Run A: {String(params[key])}</p>
      {spec && <label>Run B: <ValueField spec={spec} value={value} onChange={setValue} /></label>}
      {error && <p className="compare-error" role="alert">{error}</p>}
      <div className="compare-dialog-actions">
        {compare && <button type="button" data-action="end-compare" disabled={busy} onClick={() => void run(null)}>End comparison</button>}
        <button type="button" className="primary" data-action="start-compare" disabled={busy} onClick={() => void run({ [key]: value })}>
          Compare
        </button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
