import { useEffect, useRef, useState } from 'react';
import { HIDEABLE_PANELS, PAGE_PART_IDS, PAGE_PARTS, PARAM_GROUPS, type HiddenControls } from '../../params/hide';
import type { ParamGroup } from '../../params/schema';
import { useSessionFields } from '../sessionContext';
import { useViewOptions } from './viewOptions';
import { classroomLink, toggled } from './linkBuilder';

const GROUP_TITLES: Record<ParamGroup, string> = { data: 'Data', networks: 'Networks', training: 'Training', run: 'Run' };

function Check({ label, checked, onChange, name }: { label: string; checked: boolean; onChange: (on: boolean) => void; name: string }) {
  return (
    <label className="link-builder-item">
      <input type="checkbox" data-hide={name} checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

/** "Classroom link…": a dialog of checkboxes for every control group, control, page part and panel, writing `hide=`. */
export function LinkBuilder() {
  const { experiment } = useSessionFields('experiment');
  const { hide: current, presenter } = useViewOptions();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [hide, setHide] = useState<HiddenControls>(current);
  const [autoplay, setAutoplay] = useState(false);
  const [asPresenter, setAsPresenter] = useState(presenter);
  const [panels, setPanels] = useState<string[]>([]);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const start = () => {
    setHide(current);
    setAsPresenter(presenter);
    // the panels this experiment shows now
    setPanels(Object.keys(HIDEABLE_PANELS).filter((p) => document.querySelector(`[data-panel="${p}"]`)));
    setCopied(false);
    setOpen(true);
  };
  const link = open ? classroomLink(window.location.href, { hide, autoplay, presenter: asPresenter }) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // no clipboard here: the link stays selected in its field, ready for Ctrl+C
    }
  };
  return (
    <>
      <button type="button" data-action="link-builder" onClick={start} title="Build a link for a class: choose what it hides">
        Classroom link…
      </button>
      <dialog ref={ref} className="link-builder" aria-labelledby="link-builder-title" data-dialog="link-builder" onClose={() => setOpen(false)}>
        <h2 id="link-builder-title">Classroom link</h2>
        <p>Tick what the students should not see. Everything else — experiment, preset, parameters, lesson — stays as it is now.</p>
        <div className="link-builder-columns">
          <fieldset>
            <legend>Parameters</legend>
            <Check name="controls" label="All parameters" checked={hide.all} onChange={(on) => setHide({ ...hide, all: on })} />
            {PARAM_GROUPS.map((g) => {
              const entries = experiment.schema.entries.filter((e) => e.group === g);
              if (!entries.length) return null;
              return (
                <div key={g} className="link-builder-group">
                  <Check name={g} label={`${GROUP_TITLES[g]}: the whole group`} checked={hide.groups?.includes(g) ?? false} onChange={(on) => setHide({ ...hide, groups: toggled(hide.groups, g, on) })} />
                  <details>
                    <summary>{GROUP_TITLES[g]}: single controls</summary>
                    {entries.map((e) => (
                      <Check key={e.key} name={e.key} label={e.label} checked={hide.keys.includes(e.key)} onChange={(on) => setHide({ ...hide, keys: toggled(hide.keys, e.key, on) })} />
                    ))}
                  </details>
                </div>
              );
            })}
          </fieldset>
          <fieldset>
            <legend>Page</legend>
            {PAGE_PART_IDS.map((p) => (
              <Check key={p} name={p} label={PAGE_PARTS[p].label} checked={hide.parts?.includes(p) ?? false} onChange={(on) => setHide({ ...hide, parts: toggled(hide.parts, p, on) })} />
            ))}
          </fieldset>
          <fieldset>
            <legend>Panels</legend>
            {panels.map((p) => (
              <Check key={p} name={p} label={HIDEABLE_PANELS[p]} checked={hide.panels?.includes(p) ?? false} onChange={(on) => setHide({ ...hide, panels: toggled(hide.panels, p, on) })} />
            ))}
          </fieldset>
          <fieldset>
            <legend>When opened</legend>
            <label className="link-builder-item"><input type="checkbox" data-option="autoplay" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} /> Start training</label>
            <label className="link-builder-item"><input type="checkbox" data-option="presenter" checked={asPresenter} onChange={(e) => setAsPresenter(e.target.checked)} /> Presenter mode</label>
          </fieldset>
        </div>
        <label className="link-builder-link">
          Link <input readOnly value={link} data-control="classroom-link" onFocus={(e) => e.target.select()} />
        </label>
        <div className="link-builder-actions">
          <button type="button" className="primary" onClick={() => void copy()}>{copied ? 'Copied' : 'Copy link'}</button>
          <a href={link} target="_blank" rel="noopener">Open in a new tab</a>
          <button type="button" onClick={() => setOpen(false)}>Close</button>
        </div>
      </dialog>
    </>
  );
}
