export interface Readout {
  label: string;
  value: number | undefined;
  help: string;
}

/** The latest figures as numbers, each with a tooltip saying what it measures. */
export function MetricReadout({ items }: { items: Readout[] }) {
  return (
    <dl className="readout" data-panel="readout">
      {items.map((it) => (
        <div key={it.label} title={it.help}>
          <dt>{it.label}</dt>
          <dd>{it.value === undefined || !Number.isFinite(it.value) ? '—' : it.value.toFixed(3)}</dd>
        </div>
      ))}
    </dl>
  );
}
