import { useEffect } from 'react';
import { toQuery } from '../params/url';
import { useSessionState } from './sessionContext';
import { useViewOptions } from './teaching/viewOptions';

/** Keeps the address bar equal to the current state (without reloading), so every state is a link. */
export function useUrlSync(): void {
  const { experiment, preset, params } = useSessionState();
  const { presenter, hide } = useViewOptions();
  useEffect(() => {
    const query = toQuery(experiment.schema, experiment.id, preset, params, { presenter, hide });
    const url = `${window.location.pathname}?${query}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [experiment, preset, params, presenter, hide]);
}
