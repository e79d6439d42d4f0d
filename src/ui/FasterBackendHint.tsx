import { useSession } from './sessionContext';

/** What makes this page slow here, in a few words, or null when nothing does. */
function slowBecause(backend: string, softwareWebgl: boolean): string | null {
  if (backend === 'webgl' && softwareWebgl) return 'WebGL is running in software here';
  // WebAssembly runs the same kernels many times faster than the plain JavaScript backend (MNIST: 1–2 steps/s there)
  if (backend === 'cpu' && typeof WebAssembly === 'object') return 'The plain JavaScript backend is slow';
  return null;
}

/**
 * Under software WebGL, or on the plain JavaScript backend, says so and offers the WebAssembly backend in one click (a
 * reload with backend=wasm, so the link keeps the choice). WebGL stays the default.
 */
export function FasterBackendHint({ backend }: { backend: string }) {
  const info = useSession().renderer;
  const reason = slowBecause(backend, info?.software === true);
  if (!reason) return null;
  const useWasm = () => {
    const q = new URLSearchParams(window.location.search);
    q.set('backend', 'wasm');
    window.location.search = q.toString();
  };
  return (
    <span className="faster-backend" data-status="faster-backend" title={info && backend === 'webgl' ? `WebGL renderer: ${info.name}` : undefined}>
      {reason}{' '}
      <button type="button" onClick={useWasm} title="Reload on the WebAssembly backend, usually several times faster without a GPU">
        Use WebAssembly (faster here)
      </button>
    </span>
  );
}
