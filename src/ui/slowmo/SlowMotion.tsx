import { useEffect, useRef, useState } from 'react';
import { useSession, useSessionFields } from '../sessionContext';
import { usePrefersReducedMotion } from '../teaching/reducedMotion';
import { ModelDiagram } from './ModelDiagram';
import { phasesFor, type Network } from './phases';

const SPEEDS = [
  { ms: 1500, label: 'slow' },
  { ms: 600, label: 'brisk' },
  { ms: 0, label: 'by hand (Next ›)' },
];
const BY_HAND = 0;

interface Walk {
  net: Network;
  index: number;
}

/**
 * One D update or one G update at a time, phase by phase. The timer here only moves a highlight; the update itself
 * is a single awaited session.singleUpdate when the "update" phase is reached, so there is no second training loop.
 * With prefers-reduced-motion the pace starts "by hand": nothing changes on its own until Next is pressed (a timed
 * pace stays one choice away in the menu, as the user's explicit pick).
 */
export function SlowMotion() {
  const session = useSession();
  const { progress } = useSessionFields('progress');
  const [walk, setWalk] = useState<Walk | null>(null);
  const reduceMotion = usePrefersReducedMotion();
  // null until the user picks a pace: until then it follows the motion preference.
  const [picked, setSpeed] = useState<number | null>(null);
  const speed = picked ?? (reduceMotion ? BY_HAND : SPEEDS[0].ms);
  /** The walk whose update was made: one update per walk, however often the panel re-renders at its last phase. */
  const updated = useRef<Walk | null>(null);
  const phases = walk ? phasesFor(walk.net) : [];
  const phase = walk ? phases[walk.index] : null;

  const advance = () => setWalk((w) => (w && w.index < phasesFor(w.net).length - 1 ? { ...w, index: w.index + 1 } : w));

  useEffect(() => {
    if (!walk || !phase) return;
    if (phase.id === 'update' && updated.current !== walk) {
      updated.current = walk;
      session.singleUpdate(walk.net).catch((e: Error) => session.notify(e.message, 'error'));
      return;
    }
    if (speed === BY_HAND || phase.id === 'update') return;
    const t = window.setTimeout(advance, speed);
    return () => window.clearTimeout(t);
  }, [walk, phase, speed, session]);

  const start = (net: Network) => {
    session.pause();
    setWalk({ net, index: 0 });
  };
  const busy = progress !== null;
  const finished = phase?.id === 'update';
  return (
    <section className="slowmo" data-panel="slowmo" aria-label="Step-by-step slow motion">
      <div className="row">
        <b>Slow motion</b>
        <button type="button" data-action="slow-d" onClick={() => start('D')} disabled={busy}>One D update, slowly</button>
        <button type="button" data-action="slow-g" onClick={() => start('G')} disabled={busy}>One G update, slowly</button>
        <label>
          Pace{' '}
          <select data-control="slowmo-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => <option key={s.ms} value={s.ms}>{s.label}</option>)}
          </select>
        </label>
        {walk && !finished && speed === BY_HAND && <button type="button" data-action="slow-next" onClick={advance}>Next ›</button>}
      </div>
      <ModelDiagram phase={phase} />
      {walk && (
        <>
          <ol aria-label={`Phases of one ${walk.net} update`}>
            {phases.map((p, i) => (
              <li key={p.id} data-phase={p.id} aria-current={i === walk.index ? 'step' : undefined}>{i + 1}. {p.label}</li>
            ))}
          </ol>
          <p aria-live="polite" data-slowmo-says>{phase?.says}</p>
        </>
      )}
    </section>
  );
}
