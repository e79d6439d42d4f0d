import { useEffect, useState } from 'react';
import { findSpec } from '../../params/schema';
import { ChoiceControl } from '../controls/ChoiceControl';
import { useSession, useSessionFields } from '../sessionContext';
import { useViewOptions } from '../teaching/viewOptions';
import { speedCost } from './speedSteps';

/**
 * The speed choice (steps per drawn frame) beside Play, with what it costs right now (`showCost`; the compact bar has no
 * room for it); keys + and − in useTransportKeys.
 */
export function SpeedControl({ showCost = true }: { showCost?: boolean }) {
  const session = useSession();
  const { experiment, params, playing } = useSessionFields('experiment', 'params', 'playing');
  const { hide } = useViewOptions();
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((t) => t + 1), 500);
    return () => window.clearInterval(id);
  }, []);
  const spec = findSpec(experiment.schema, 'speed');
  if (!spec || spec.kind !== 'choice' || hide.all || hide.keys.includes('speed')) return null;
  const s = session.getStatus();
  const speed = String(params.speed);
  return (
    <div className="speed-control">
      <ChoiceControl
        spec={spec}
        value={speed}
        onChange={(v) => session.setParams({ speed: v }).catch((e: Error) => session.notify(e.message, 'error'))}
      />
      {showCost && (
        <span className="speed-cost" data-status="speed-cost" title="Panel redraws per second and training steps per second at this speed">
          {speedCost(speed, s.fps, s.stepsPerSecond, s.stepsPerFrame ?? 1, playing)}
        </span>
      )}
    </div>
  );
}
