import { useEffect } from 'react';
import { useSession } from './sessionContext';
import { nextSpeed } from './speed/speedSteps';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/** The training keys, once for the whole page: Space play/pause, → step, D / G single update, R reset, + / − speed. */
export function useTransportKeys(): void {
  const session = useSession();
  useEffect(() => {
    const report = (p: Promise<unknown>) => p.catch((e: Error) => session.notify(e.message, 'error'));
    const speed = (by: 1 | -1) => report(session.setParams({ speed: nextSpeed(String(session.getState().params.speed), by) }));
    const act: Record<string, () => void> = {
      ' ': () => (session.getState().playing ? session.pause() : session.play()),
      ArrowRight: () => report(session.step(1)),
      d: () => report(session.singleUpdate('D')),
      g: () => report(session.singleUpdate('G')),
      r: () => report(session.reset()),
      '+': () => speed(1),
      '=': () => speed(1),
      '-': () => speed(-1),
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const fn = act[e.key];
      if (fn) {
        e.preventDefault();
        fn();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);
}
