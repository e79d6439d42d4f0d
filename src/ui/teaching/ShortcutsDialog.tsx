import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';
import { useViewOptions, viewOptions } from './viewOptions';

/** The keyboard shortcut list as a modal <dialog> (focus moves in, Esc closes, focus returns). */
export function ShortcutsDialog() {
  const { shortcutsOpen } = useViewOptions();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (shortcutsOpen && !d.open) d.showModal();
    if (!shortcutsOpen && d.open) d.close();
  }, [shortcutsOpen]);
  const close = () => viewOptions.set({ shortcutsOpen: false });
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" data-dialog="shortcuts" onClose={close}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row"><kbd>{s.keys}</kbd></th>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={close} autoFocus>Close</button>
    </dialog>
  );
}
