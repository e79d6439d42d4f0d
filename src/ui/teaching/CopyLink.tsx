import { useRef, useState } from 'react';
import { Icon } from '../icons/Icon';

/** Copies the page's current link (every parameter, the seed, presenter and hidden controls). */
export function CopyLink() {
  const [fallback, setFallback] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    const link = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopied(true);
      setFallback(null);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (insecure origin, no permission): show the link selected, ready for Ctrl+C.
      setFallback(link);
      window.setTimeout(() => field.current?.select(), 0);
    }
  };
  return (
    <span className="copy-link">
      <button type="button" data-action="copy-link" onClick={() => void copy()} title="Copy a link that reproduces this run">
        <Icon name={copied ? 'check' : 'link'} /> {copied ? 'Copied' : 'Copy link'}
      </button>
      {fallback !== null && (
        <input ref={field} readOnly value={fallback} aria-label="Link to this run" data-control="link-text" onFocus={(e) => e.target.select()} />
      )}
    </span>
  );
}
