import { useEffect, useState } from 'react';
import type { NumberSpec } from '../../params/schema';

interface Props {
  spec: NumberSpec;
  value: number;
  onChange: (value: number) => void;
}

const LOG_STEPS = 1000;

/** A slider and a number box for one numeric schema entry (a log-scale slider for learning rates; no slider for step counts). */
export function NumberControl({ spec, value, onChange }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const toSlider = (v: number) =>
    spec.log ? Math.round(((Math.log10(v) - Math.log10(spec.min)) / (Math.log10(spec.max) - Math.log10(spec.min))) * LOG_STEPS) : v;
  const fromSlider = (s: number) => {
    if (!spec.log) return s;
    const v = Math.pow(10, Math.log10(spec.min) + (s / LOG_STEPS) * (Math.log10(spec.max) - Math.log10(spec.min)));
    return Number(v.toPrecision(2));
  };
  const commitText = () => {
    const v = Number(text);
    if (text.trim() !== '' && Number.isFinite(v) && v !== value) onChange(v);
    else setText(String(value));
  };
  const id = `param-${spec.key}`;
  return (
    <div className="control" title={spec.help}>
      <label htmlFor={id}>{spec.label}</label>
      <div className="control-row">
        {!spec.noSlider && <input
          type="range"
          aria-label={`${spec.label} slider`}
          min={spec.log ? 0 : spec.min}
          max={spec.log ? LOG_STEPS : spec.max}
          step={spec.log ? 1 : spec.step}
          value={toSlider(value)}
          onChange={(e) => onChange(fromSlider(Number(e.target.value)))}
        />}
        <input
          id={id}
          data-param={spec.key}
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.log ? 'any' : spec.step}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitText();
          }}
        />
      </div>
    </div>
  );
}
