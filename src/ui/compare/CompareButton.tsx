import { lazy, Suspense, useState } from 'react';

/** The dialog that starts or ends a comparison, loaded on the first click. */
const CompareDialog = lazy(() => import('./CompareDialog'));

/** "Compare…": train run B, this run with one setting changed, beside it (ui/compare/CompareDialog.tsx). */
export function CompareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-action="compare" onClick={() => setOpen(true)} title="Train a second run with one setting changed, in lockstep with this one">
        Compare…
      </button>
      {open && (
        <Suspense fallback={null}>
          <CompareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
