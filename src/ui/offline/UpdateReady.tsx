import { useSyncExternalStore } from 'react';
import { updateReady } from './serviceWorker';

/** "A new version is ready": shown once a new deploy's service worker has installed and waits. */
export function UpdateReady() {
  const ready = useSyncExternalStore(updateReady.subscribe, updateReady.get);
  if (!ready) return null;
  return (
    <p className="notice notice-info update-ready" data-notice="update" role="status">
      <span>A new version of the playground is ready. Updating reloads the page (save a checkpoint first to keep this run).</span>
      <button type="button" data-action="update" onClick={() => void updateReady.apply()}>Update</button>
    </p>
  );
}
