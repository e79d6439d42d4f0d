import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { UserDataSpec } from '../../engine/types';

/** The form and the parser load on first use: the default page does not pay for them. */
const DataForm = lazy(() => import('./DataForm').then((m) => ({ default: m.DataForm })));

interface Props {
  /** What the experiment takes: numbers per row, their name, how many an import may hold. */
  spec: Pick<UserDataSpec, 'columns' | 'noun' | 'minRows' | 'maxRows'>;
  /** Takes the parsed rows; rejects (with the reason) when the experiment refuses them, and nothing changes. */
  onRows(rows: number[][]): Promise<void>;
}

/** "Use your own data…": a button that opens the paste / upload form (DataForm.tsx) in place. */
export function DataLoader({ spec, onRows }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  // keyboard users land back on the button when the form closes
  useEffect(() => {
    if (!open && closed.current) button.current?.focus();
  }, [open]);
  const close = () => {
    closed.current = true;
    setOpen(false);
  };
  if (!open) {
    return (
      <button ref={button} type="button" className="data-loader-open" onClick={() => setOpen(true)} title={`Paste or upload your own ${spec.noun} (CSV or JSON)`}>
        Use your own data…
      </button>
    );
  }
  return (
    <Suspense fallback={<p className="hint">Opening the data form…</p>}>
      <DataForm spec={spec} onRows={onRows} onClose={close} />
    </Suspense>
  );
}
