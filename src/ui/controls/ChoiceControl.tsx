import type { ChoiceSpec } from '../../params/schema';

interface Props {
  spec: ChoiceSpec;
  value: string;
  onChange: (value: string) => void;
}

export function ChoiceControl({ spec, value, onChange }: Props) {
  const id = `param-${spec.key}`;
  return (
    <div className="control" title={spec.help}>
      <label htmlFor={id}>{spec.label}</label>
      <select id={id} data-param={spec.key} value={value} onChange={(e) => onChange(e.target.value)}>
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
