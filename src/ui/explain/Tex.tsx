import katex from 'katex';
import { useMemo } from 'react';

/**
 * Typeset math. The TeX comes only from ganMath.ts (fixed text plus formatted numbers), never from the URL or a
 * file; KaTeX runs with trust off and strict on, and its own HTML output is what gets inserted.
 */
export function Tex({ tex, display = true }: { tex: string; display?: boolean }) {
  const html = useMemo(() => {
    try {
      return katex.renderToString(tex, { displayMode: display, trust: false, strict: 'error', throwOnError: true, output: 'htmlAndMathml' });
    } catch {
      return null;
    }
  }, [tex, display]);
  if (html === null) return <code className="math">{tex}</code>;
  return <div className="math" dangerouslySetInnerHTML={{ __html: html }} />;
}
