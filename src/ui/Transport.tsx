import { useEffect } from 'react';
import { useSession, useSessionFields } from './sessionContext';
import { nextSpeed } from './speed/speedSteps';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el.isContentEditable;
}

/** Play/Pause, Step, D only, G only, Reset — and their keys (Space, →, D, G, R), plus + / − for the speed. */
export function Transport() {
  const session = useSession();
  const { playing, progress } = useSessionFields('playing', 'progress');
  const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
  const toggle = () => (session.getState().playing ? session.pause() : session.play());

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const act: Record<string, () => void> = {
        ' ': toggle,
        ArrowRight: () => report(session.step(1)),
        d: () => report(session.singleUpdate('D')),
        g: () => report(session.singleUpdate('G')),
        r: () => report(session.reset()),
        '+': () => report(session.setParams({ speed: nextSpeed(String(session.getState().params.speed), 1) })),
        '=': () => report(session.setParams({ speed: nextSpeed(String(session.getState().params.speed), 1) })),
        '-': () => report(session.setParams({ speed: nextSpeed(String(session.getState().params.speed), -1) })),
      };
      const fn = act[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const busy = progress !== null;
  return (
    <div className="transport" role="toolbar" aria-label="Training controls">
      <button type="button" className="primary" data-action="play" onClick={toggle} disabled={busy} title="Play / pause (Space)">
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" data-action="step" onClick={() => report(session.step(1))} disabled={busy} title="One full step: k D-updates then one G-update (→)">
        Step
      </button>
      <button type="button" data-action="update-d" onClick={() => report(session.singleUpdate('D'))} disabled={busy} title="One discriminator update only (D)">
        D only
      </button>
      <button type="button" data-action="update-g" onClick={() => report(session.singleUpdate('G'))} disabled={busy} title="One generator update only (G)">
        G only
      </button>
      <button type="button" data-action="reset" onClick={() => report(session.reset())} disabled={busy} title="Re-initialise from the seed, back to step 0 (R)">
        ↺ Reset
      </button>
    </div>
  );
}
