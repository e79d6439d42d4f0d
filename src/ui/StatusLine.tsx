import { useEffect, useState } from 'react';
import { useSession, useSessionFields } from './sessionContext';
import { FasterBackendHint } from './FasterBackendHint';

/** Step, steps/s, frames/s, backend and tensor count; refreshed twice a second for display only. */
export function StatusLine() {
  const session = useSession();
  const { divergedAt } = useSessionFields('divergedAt');
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((t) => t + 1), 500);
    return () => window.clearInterval(id);
  }, []);
  const s = session.getStatus();
  return (
    <div className="status-line" data-testid="status-line" aria-live="off">
      <span>step <b data-status="step">{s.step.toLocaleString('en')}</b></span>
      <span><b data-status="steps-per-second">{Math.round(s.stepsPerSecond)}</b> steps/s</span>
      <span><b data-status="fps">{Math.round(s.fps)}</b> frames/s</span>
      <span title="TensorFlow.js backend">backend <b data-status="backend">{s.backend}</b></span>
      {s.paths && (
        <span title={`Training path: tiled or fused WebGL kernels, the tensor-op fast path, or plain autodiff${s.paths.reason ? ` — ${s.paths.reason}` : ''}`}>
          path <b data-status="path">{s.paths.d === s.paths.g || !s.paths.g ? s.path : `D ${s.paths.d ?? '—'} · G ${s.paths.g}`}</b>
        </span>
      )}
      <span title="Tensors alive on the backend: flat while training means no leak">
        <b data-status="tensors">{s.numTensors}</b> tensors
      </span>
      <FasterBackendHint backend={s.backend} />
      {divergedAt !== null && (
        <span className="status-diverged" title="A loss or weight became NaN or infinite at this step">
          diverged at step <b data-status="diverged-at">{divergedAt.toLocaleString('en')}</b>
        </span>
      )}
    </div>
  );
}
