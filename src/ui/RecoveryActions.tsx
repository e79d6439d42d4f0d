import { useSession, useSessionFields } from './sessionContext';

/** After divergence: start again from the seed, or go back to the last snapshot whose weights were all finite. */
export function RecoveryActions() {
  const session = useSession();
  const { divergedAt, snapshotStep } = useSessionFields('divergedAt', 'snapshotStep');
  if (divergedAt === null) return null;
  const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
  return (
    <span className="recovery-actions">
      <button type="button" data-action="divergence-reset" onClick={() => report(session.reset())}>
        Reset
      </button>
      {snapshotStep !== null && (
        <button type="button" data-action="rollback" onClick={() => report(session.rollback())}>
          Roll back to last good snapshot (step {snapshotStep})
        </button>
      )}
    </span>
  );
}
