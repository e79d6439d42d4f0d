import { useEffect, useMemo, useState } from 'react';

type Katex = typeof import('katex').default;

let katexLoad: Promise<Katex> | null = null;

/**
 * KaTeX (its code and its stylesheet) loads on the first formula, not with the page: the math is not needed for the
 * first training step, and it is a fifth of the site's code.
 */
function loadKatex(): Promise<Katex> {
  katexLoad ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default);
  return katexLoad;
}

let loaded: Katex | null = null;

function useKatex(): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    loadKatex().then(
      (k) => {
        loaded = k;
        if (live) setKatex(k);
      },
      () => undefined, // the TeX source stays on screen
    );
    return () => {
      live = false;
    };
  }, [katex]);
  return katex;
}

/**
 * Typeset math. The TeX comes only from ganMath.ts (fixed text plus formatted numbers), never from the URL or a
 * file; KaTeX runs with trust off and strict on, and its own HTML output is what gets inserted. Until KaTeX has
 * loaded (or if it cannot), the TeX source is shown as code.
 */
export function Tex({ tex, display = true }: { tex: string; display?: boolean }) {
  const katex = useKatex();
  const html = useMemo(() => {
    if (!katex) return null;
    try {
      return katex.renderToString(tex, { displayMode: display, trust: false, strict: 'error', throwOnError: true, output: 'htmlAndMathml' });
    } catch {
      return null;
    }
  }, [katex, tex, display]);
  if (html === null) return <code className="math">{tex}</code>;
  return <div className="math" dangerouslySetInnerHTML={{ __html: html }} />;
}
