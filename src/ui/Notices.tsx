import { useSession, useSessionFields } from './sessionContext';
import { RecoveryActions } from './RecoveryActions';

/** Visible notices (dropped or clamped URL values, rebuilds, errors). Text only: nothing here is HTML. */
export function Notices() {
  const session = useSession();
  const { notices, error } = useSessionFields('notices', 'error');
  return (
    <div className="notices" role="status" aria-live="polite">
      {error && (
        <p className="notice notice-error" data-notice="error">
          <span>{error}</span>
          <RecoveryActions />
        </p>
      )}
      {notices.map((n) => (
        <p key={n.id} className={`notice notice-${n.kind}`}>
          <span>{n.text}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => session.dismissNotice(n.id)}>×</button>
        </p>
      ))}
    </div>
  );
}
