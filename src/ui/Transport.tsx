import { useSession, useSessionFields } from './sessionContext';
import { Icon } from './icons/Icon';

export type TransportAction = 'play' | 'step' | 'update-d' | 'update-g' | 'reset';

export const ALL_TRANSPORT: readonly TransportAction[] = ['play', 'step', 'update-d', 'update-g', 'reset'];

/**
 * Play/Pause, Step, D only, G only, Reset as buttons (their keys: useTransportKeys). `actions` picks which, so the
 * compact bar can hold the three a lecture needs and the drawer the single updates.
 */
export function Transport({ actions = ALL_TRANSPORT, label = 'Training controls' }: { actions?: readonly TransportAction[]; label?: string }) {
  const session = useSession();
  const { playing, progress } = useSessionFields('playing', 'progress');
  const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
  const busy = progress !== null;
  const button = (action: TransportAction) => {
    switch (action) {
      case 'play':
        return (
          <button key={action} type="button" className="primary" data-action="play" onClick={() => (session.getState().playing ? session.pause() : session.play())} disabled={busy} title="Play / pause (Space)">
            <Icon name={playing ? 'pause' : 'play'} /> <span className="button-label">{playing ? 'Pause' : 'Play'}</span>
          </button>
        );
      case 'step':
        return (
          <button key={action} type="button" data-action="step" onClick={() => report(session.step(1))} disabled={busy} title="One full step: k D-updates then one G-update (→)">
            <Icon name="step" /> <span className="button-label">Step</span>
          </button>
        );
      case 'update-d':
        return (
          <button key={action} type="button" data-action="update-d" onClick={() => report(session.singleUpdate('D'))} disabled={busy} title="One discriminator update only (D)">
            D only
          </button>
        );
      case 'update-g':
        return (
          <button key={action} type="button" data-action="update-g" onClick={() => report(session.singleUpdate('G'))} disabled={busy} title="One generator update only (G)">
            G only
          </button>
        );
      case 'reset':
        return (
          <button key={action} type="button" data-action="reset" onClick={() => report(session.reset())} disabled={busy} title="Re-initialise from the seed, back to step 0 (R)">
            <Icon name="reset" /> <span className="button-label">Reset</span>
          </button>
        );
    }
  };
  return (
    <div className="transport" role="toolbar" aria-label={label}>
      {actions.map(button)}
    </div>
  );
}
