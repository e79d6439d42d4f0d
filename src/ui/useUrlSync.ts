import { useEffect, useSyncExternalStore } from 'react';
import { toQuery } from '../params/url';
import { dataForLink } from '../params/dataLink';
import { useSession, useSessionFields } from './sessionContext';
import { useViewOptions } from './teaching/viewOptions';

/** Keeps the address bar equal to the current state (without reloading), so every state is a link. */
export function useUrlSync(): void {
  const session = useSession();
  const { experiment, preset, params, userData, trainedStart } = useSessionFields('experiment', 'preset', 'params', 'userData', 'trainedStart');
  const { presenter, hide, theme, lesson } = useViewOptions();
  // run B's setting: the same object for as long as a comparison runs, so frames of training re-render nothing here
  const compare = useSyncExternalStore(session.subscribe, () => session.getState().compare?.update ?? null);
  useEffect(() => {
    // the user's data travels in the link while it is in use and small enough (else `points=local` says it stayed here)
    const points = experiment.userData?.inUse(params) ? dataForLink(userData) : null;
    let query = toQuery(experiment.schema, experiment.id, preset, params, { presenter, hide, theme, points, lesson, compare, startTrained: trainedStart });
    if (session.requestedBackend !== 'webgl') query += `&backend=${session.requestedBackend}`;
    const url = `${window.location.pathname}?${query}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [session, experiment, preset, params, presenter, hide, theme, userData, lesson, trainedStart, compare]);
}
