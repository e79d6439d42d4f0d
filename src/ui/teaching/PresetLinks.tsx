import { useSession, useSessionFields } from '../sessionContext';

/** Every scenario of the current experiment as a link (`?experiment=…&preset=…`) an instructor can send. */
export function PresetLinks() {
  const session = useSession();
  const { experiment, preset } = useSessionFields('experiment', 'preset');
  return (
    <nav className="preset-links" aria-label="Scenarios" data-control="preset-links">
      {Object.entries(experiment.schema.presets).map(([id, p]) => {
        const q = new URLSearchParams({ experiment: experiment.id, preset: id });
        return (
          <a
            key={id} href={`?${q.toString()}`} data-preset={id} aria-current={id === preset ? 'true' : undefined} title={p.description}
            onClick={(e) => {
              if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return; // let new-tab clicks through
              e.preventDefault();
              session.applyPreset(id).catch((err: Error) => session.notify(err.message, 'error'));
            }}
          >
            {p.label}
          </a>
        );
      })}
    </nav>
  );
}
