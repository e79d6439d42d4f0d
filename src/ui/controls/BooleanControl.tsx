import type { BooleanSpec } from '../../params/schema';

interface Props {
  spec: BooleanSpec;
  value: boolean;
  onChange: (value: boolean) => void;
}

export function BooleanControl({ spec, value, onChange }: Props) {
  return (
    <div className="control control-check" title={spec.help}>
      <label>
        <input type="checkbox" data-param={spec.key} checked={value} onChange={(e) => onChange(e.target.checked)} />
        {spec.label}
      </label>
    </div>
  );
}
