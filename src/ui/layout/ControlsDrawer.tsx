import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from '../icons/Icon';
import { useViewOptions, viewOptions } from '../teaching/viewOptions';

export const DRAWER_ID = 'controls-drawer';

const close = () => viewOptions.set({ drawerOpen: false });

/**
 * A side drawer over the plots holding what the compact layouts leave out of their bar. A modal <dialog>: focus
 * moves into it and stays there, Escape or a click beside it closes it, and focus goes back to what opened it.
 */
export function ControlsDrawer({ children }: { children: ReactNode }) {
  const { drawerOpen } = useViewOptions();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (drawerOpen && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!drawerOpen && dialog.open) {
      dialog.close();
    }
  }, [drawerOpen]);
  // Leaving the compact layout (rotation, presenter off) with the drawer open: the next drawer starts closed.
  useEffect(() => close, []);
  return (
    <dialog
      ref={ref} id={DRAWER_ID} className="drawer" aria-labelledby="drawer-title" data-dialog="controls"
      onClose={() => {
        close();
        opener.current?.focus();
        opener.current = null;
      }}
      // The dialog's own box is only reached by clicking its backdrop: everything inside sits in .drawer-body.
      onClick={(e) => e.target === e.currentTarget && close()}
    >
      <div className="drawer-body">
        <header className="drawer-header">
          <h2 id="drawer-title">Controls</h2>
          <button type="button" data-action="close-drawer" onClick={close} aria-label="Close controls" title="Close (Esc)">
            <Icon name="close" />
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}

/** The bar's button that opens the drawer. */
export function DrawerButton() {
  const { drawerOpen } = useViewOptions();
  return (
    <button
      type="button" data-action="controls" aria-haspopup="dialog" aria-expanded={drawerOpen} aria-controls={DRAWER_ID}
      onClick={() => viewOptions.set({ drawerOpen: true })} title="Parameters, experiment, timeline, export and more"
    >
      <Icon name="controls" /> <span className="button-label">Controls</span>
    </button>
  );
}
