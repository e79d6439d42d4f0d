import { useEffect, useState } from 'react';
import type { LayersSpec } from '../../params/schema';

interface Props {
  spec: LayersSpec;
  value: string;
  onChange: (value: string) => void;
}

/** Hidden layer widths as text ("6,5"), applied on Enter or when the box loses focus. */
export function LayersControl({ spec, value, onChange }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.replace(/\s/g, '') !== value) onChange(text.replace(/\s/g, ''));
  };
  const id = `param-${spec.key}`;
  return (
    <div className="control" title={spec.help}>
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        data-param={spec.key}
        type="text"
        inputMode="numeric"
        pattern="[0-9, ]*"
        maxLength={40}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(value);
        }}
      />
    </div>
  );
}
