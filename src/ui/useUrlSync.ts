import { useEffect } from 'react';
import { toQuery } from '../params/url';
import { useSession, useSessionFields } from './sessionContext';
import { useViewOptions } from './teaching/viewOptions';

/** Keeps the address bar equal to the current state (without reloading), so every state is a link. */
export function useUrlSync(): void {
  const session = useSession();
  const { experiment, preset, params } = useSessionFields('experiment', 'preset', 'params');
  const { presenter, hide, theme } = useViewOptions();
  useEffect(() => {
    let query = toQuery(experiment.schema, experiment.id, preset, params, { presenter, hide, theme });
    if (session.requestedBackend !== 'webgl') query += `&backend=${session.requestedBackend}`;
    const url = `${window.location.pathname}?${query}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [session, experiment, preset, params, presenter, hide, theme]);
}
